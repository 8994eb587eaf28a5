import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createUser } from "@/tests/factories/centre-world";
import { closeSupportingReview } from "./close-supporting-review";
import { getSupportingReview } from "./queries";
import { recordBreach } from "./record-breach";
import { recordCorrespondence } from "./record-correspondence";
import { recordNoResponse } from "./record-no-response";
import { withdrawApproval } from "./withdraw-approval";

const db = () => getPrisma();
const today = isoDay(new Date());

const asStaff = (world: AwardingBodyWorld) => world.actor(world.icsStaff.id, world.ics.id);

async function breach(
  world: AwardingBodyWorld,
  description = "Assessed a candidate they line-manage without declaring it (A2).",
  on = addDays(today, -20),
) {
  const result = await runAction(recordBreach, asStaff(world), { userId: world.icsAssessor.id, occurredOn: on, description });
  if (!result.ok) throw new Error(`recordBreach failed: ${result.message}`);
  return result.data;
}

async function reviewVersion(reviewId: string) {
  return (await db().supportingReview.findUniqueOrThrow({ where: { id: reviewId } })).version;
}

async function approvalState(world: AwardingBodyWorld) {
  return (await db().assessorApproval.findUniqueOrThrow({ where: { id: world.icsApproval.id } })).state;
}

describe("breach → supporting review → withdrawal (ICS Breach)", () => {
  it("a breach records the lifecycle event, opens a review and audits on the body's chain; a second joins the same review", async () => {
    const world = await createAwardingBodyWorld();
    const first = await breach(world);
    expect(await approvalState(world)).toBe("supportingReview");
    const review = await db().supportingReview.findUniqueOrThrow({ where: { id: first.reviewId } });
    expect(review).toMatchObject({ status: "OPEN", awardingBodyId: world.ics.id, approvalId: world.icsApproval.id });
    const events = await db().assessorApprovalEvent.findMany({ where: { approvalId: world.icsApproval.id }, orderBy: { sequence: "asc" } });
    expect(events.at(-1)).toMatchObject({ sequence: 4, type: "recordBreach" });
    const audit = await db().auditEvent.findFirst({
      where: { chain: `awarding-body:${world.ics.id}`, action: "supportingReview.recordBreach" },
    });
    expect(audit?.summary).toMatchObject({ openedReview: true, stateAfter: "supportingReview" });

    const second = await breach(world, "Did not keep records of an assessment (A8).", addDays(today, -5));
    expect(second.reviewId).toBe(first.reviewId);
    expect(await db().breach.count({ where: { supportingReviewId: first.reviewId } })).toBe(2);
    expect(await db().supportingReview.count({ where: { approvalId: world.icsApproval.id, status: "OPEN" } })).toBe(1);
  });

  it("refuses a breach with no description, and a breach for an assessor not yet approved, changing nothing", async () => {
    const world = await createAwardingBodyWorld();
    const blank = await runAction(recordBreach, asStaff(world), { userId: world.icsAssessor.id, occurredOn: today, description: "  " });
    expect(blank).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { description: ["Describe the breach of the Code."] } });
    const newcomer = await createUser("Tom Trainee");
    const trainee = await db().assessorApproval.create({
      data: {
        awardingBodyId: world.ics.id,
        userId: newcomer.id,
        scheme: "ICS",
        state: "inTraining",
        events: {
          create: [
            {
              awardingBodyId: world.ics.id,
              sequence: 1,
              type: "attendWorkshopDayTwo",
              event: { type: "attendWorkshopDayTwo", on: "2026-01-10" },
              occurredOn: new Date("2026-01-10"),
              reason: "Attended",
            },
          ],
        },
      },
    });
    const refused = await runAction(recordBreach, asStaff(world), {
      userId: newcomer.id,
      occurredOn: today,
      description: "Assessed before sign-off.",
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db().supportingReview.count({ where: { approvalId: trainee.id } })).toBe(0);
    expect(await db().breach.count({ where: { approvalId: trainee.id } })).toBe(0);
  });

  it("repeated breaches: withdrawal is refused with one breach, allowed with two", async () => {
    const world = await createAwardingBodyWorld();
    const { reviewId } = await breach(world);
    const withdraw = async () =>
      runAction(withdrawApproval, asStaff(world), {
        reviewId,
        version: await reviewVersion(reviewId),
        reason: "repeatedBreaches",
        withdrawnOn: today,
        outcome: "Approval withdrawn after repeated breaches of the Code.",
      });
    const refused = await withdraw();
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!refused.ok && refused.fieldErrors?._form?.[0]).toMatch(/at least 2 recorded breaches; there is 1/);
    expect(await approvalState(world)).toBe("supportingReview");

    await breach(world, "Again assessed without a declaration.", addDays(today, -2));
    const withdrawn = await withdraw();
    expect(withdrawn).toMatchObject({ ok: true });
    expect(await approvalState(world)).toBe("withdrawn");
    expect(await db().supportingReview.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({
      status: "APPROVAL_WITHDRAWN",
      outcome: "Approval withdrawn after repeated breaches of the Code.",
    });
    // A closed review takes no more letters or decisions.
    const late = await runAction(recordCorrespondence, asStaff(world), {
      reviewId,
      direction: "TO_ASSESSOR",
      sentOn: today,
      summary: "Letter confirming withdrawal.",
      responseDueOn: "",
    });
    expect(late).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("no response: refused until a letter's response date has passed unanswered, then withdrawal for no response", async () => {
    const world = await createAwardingBodyWorld();
    const { reviewId } = await breach(world);
    const noResponse = async () => runAction(recordNoResponse, asStaff(world), { reviewId, version: await reviewVersion(reviewId) });
    const withdrawNoResponse = async () =>
      runAction(withdrawApproval, asStaff(world), {
        reviewId,
        version: await reviewVersion(reviewId),
        reason: "noResponseToBreachCorrespondence",
        withdrawnOn: today,
        outcome: "No reply to two letters.",
      });

    // No letter yet.
    const noLetter = await noResponse();
    expect(!noLetter.ok && noLetter.fieldErrors?._form?.[0]).toMatch(/until a letter to the assessor/);
    // Withdrawal for no response before it is recorded: the rule refuses.
    const early = await withdrawNoResponse();
    expect(!early.ok && early.fieldErrors?._form?.[0]).toMatch(/unanswered breach correspondence to be recorded first/);

    // A letter whose response is not yet due.
    const letter = await runAction(recordCorrespondence, asStaff(world), {
      reviewId,
      direction: "TO_ASSESSOR",
      sentOn: addDays(today, -3),
      summary: "Letter asking for an account of the assessment.",
      responseDueOn: addDays(today, 10),
    });
    expect(letter).toMatchObject({ ok: true });
    const notDue = await noResponse();
    expect(!notDue.ok && notDue.fieldErrors?._form?.[0]).toMatch(/not yet overdue/);

    // A letter from the assessor cannot carry a response date.
    const badReply = await runAction(recordCorrespondence, asStaff(world), {
      reviewId,
      direction: "FROM_ASSESSOR",
      sentOn: today,
      summary: "Reply",
      responseDueOn: today,
    });
    expect(badReply).toMatchObject({
      ok: false,
      fieldErrors: { responseDueOn: ["Only a letter to the assessor has a response due date."] },
    });

    // An earlier letter that went unanswered past its due date.
    await runAction(recordCorrespondence, asStaff(world), {
      reviewId,
      direction: "TO_ASSESSOR",
      sentOn: addDays(today, -15),
      summary: "First letter about the breach.",
      responseDueOn: addDays(today, -1),
    });
    const access = await resolveAccessContext(db(), { userId: world.icsStaff.id, requestedWorkspaceKey: `awarding-body:${world.ics.id}` });
    const detail = await getSupportingReview(access!, world.icsAssessor.id, reviewId);
    expect(detail.noResponseRefusal).toBeNull();
    expect(detail.unanswered).toEqual({ sentOn: addDays(today, -15), responseDueOn: addDays(today, -1) });

    expect(await noResponse()).toMatchObject({ ok: true });
    const events = await db().assessorApprovalEvent.findMany({ where: { approvalId: world.icsApproval.id }, orderBy: { sequence: "asc" } });
    expect(events.at(-1)).toMatchObject({ type: "recordCorrespondenceUnanswered", event: { on: addDays(today, -1) } });
    const twice = await noResponse();
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await withdrawNoResponse()).toMatchObject({ ok: true });
    expect(await approvalState(world)).toBe("withdrawn");
  });

  it("a reply after the letter answers it: no response is then refused", async () => {
    const world = await createAwardingBodyWorld();
    const { reviewId } = await breach(world);
    for (const input of [
      { direction: "TO_ASSESSOR", sentOn: addDays(today, -15), summary: "Letter", responseDueOn: addDays(today, -1) },
      { direction: "FROM_ASSESSOR", sentOn: addDays(today, -1), summary: "The assessor's account", responseDueOn: "" },
    ]) {
      expect(await runAction(recordCorrespondence, asStaff(world), { reviewId, ...input })).toMatchObject({ ok: true });
    }
    const refused = await runAction(recordNoResponse, asStaff(world), { reviewId, version: await reviewVersion(reviewId) });
    expect(!refused.ok && refused.fieldErrors?._form?.[0]).toMatch(/replied to every letter/);
  });

  it("closing the review returns the assessor to their level; a stale version is refused", async () => {
    const world = await createAwardingBodyWorld();
    const { reviewId } = await breach(world);
    const stale = await runAction(closeSupportingReview, asStaff(world), {
      reviewId,
      version: (await reviewVersion(reviewId)) + 5,
      closedOn: today,
      outcome: "Resolved",
    });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const closed = await runAction(closeSupportingReview, asStaff(world), {
      reviewId,
      version: await reviewVersion(reviewId),
      closedOn: today,
      outcome: "The assessor declared the relationship and re-did the assessment with another assessor.",
    });
    expect(closed).toMatchObject({ ok: true, data: { state: "singleSignOff" } });
    expect(await approvalState(world)).toBe("singleSignOff");
    expect(await db().supportingReview.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ status: "CLOSED" });
    // A new breach opens a new review.
    const again = await breach(world, "Another breach.", today);
    expect(again.reviewId).not.toBe(reviewId);
  });

  it("Naace's assessor has no supporting reviews: the action says what applies", async () => {
    const world = await createAwardingBodyWorld();
    const result = await runAction(recordBreach, world.actor(world.naaceStaff.id, world.naace.id), {
      userId: world.naaceAssessor.id,
      occurredOn: today,
      description: "A breach",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.message).toMatch(/Supporting reviews are part of the Institute/);
  });

  it("another body's staff get not found for the review, as for a missing one", async () => {
    const world = await createAwardingBodyWorld();
    const { reviewId } = await breach(world);
    const access = await resolveAccessContext(db(), {
      userId: world.naaceStaff.id,
      requestedWorkspaceKey: `awarding-body:${world.naace.id}`,
    });
    await expect(getSupportingReview(access!, world.icsAssessor.id, reviewId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const assessorAccess = await resolveAccessContext(db(), {
      userId: world.icsAssessor.id,
      requestedWorkspaceKey: `awarding-body:${world.ics.id}`,
    });
    await expect(getSupportingReview(assessorAccess!, world.icsAssessor.id, reviewId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("separation of duties: a member of staff who is also the body's assessor", () => {
  it("cannot record a breach, a letter or no response in their own supporting review, nor close it or withdraw their approval; another member of staff can", async () => {
    const world = await createAwardingBodyWorld();
    // Ivan, the Institute's assessor, also works for the Institute.
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.ics.id, userId: world.icsAssessor.id } });
    const self = world.actor(world.icsAssessor.id, world.ics.id);
    const forbidden = {
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: {
        _form: [
          `Another member of ${world.ics.name}'s staff must record breaches, correspondence and outcomes in your own supporting review.`,
        ],
      },
    };

    const ownBreach = await runAction(recordBreach, self, {
      userId: world.icsAssessor.id,
      occurredOn: addDays(today, -3),
      description: "A breach I record about myself.",
    });
    expect(ownBreach).toMatchObject(forbidden);
    expect(await db().breach.count({ where: { approvalId: world.icsApproval.id } })).toBe(0);

    // Another member of staff opens the review; Ivan still cannot act in it.
    const { reviewId } = await breach(world);
    const version = await reviewVersion(reviewId);
    const eventsBefore = await db().assessorApprovalEvent.count({ where: { approvalId: world.icsApproval.id } });
    const attempts = [
      await runAction(recordCorrespondence, self, {
        reviewId,
        direction: "FROM_ASSESSOR",
        sentOn: today,
        summary: "My own reply, filed by me.",
        responseDueOn: "",
      }),
      await runAction(recordNoResponse, self, { reviewId, version }),
      await runAction(closeSupportingReview, self, { reviewId, version, closedOn: today, outcome: "I close my own review." }),
      await runAction(withdrawApproval, self, {
        reviewId,
        version,
        reason: "repeatedBreaches",
        withdrawnOn: today,
        outcome: "Withdrawn by myself.",
      }),
    ];
    for (const attempt of attempts) expect(attempt).toMatchObject(forbidden);
    expect(await db().supportingReview.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ status: "OPEN", version });
    expect(await db().supportingReviewCorrespondence.count({ where: { supportingReviewId: reviewId } })).toBe(0);
    expect(await db().assessorApprovalEvent.count({ where: { approvalId: world.icsApproval.id } })).toBe(eventsBefore);
    expect(await approvalState(world)).toBe("supportingReview");

    // The other member of staff closes it.
    const closed = await runAction(closeSupportingReview, asStaff(world), {
      reviewId,
      version,
      closedOn: today,
      outcome: "Discussed with Ivan; no further action.",
    });
    expect(closed).toMatchObject({ ok: true });
  });
});
