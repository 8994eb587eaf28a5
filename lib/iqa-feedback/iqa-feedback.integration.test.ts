import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { addDays, addYears } from "@/lib/rules/dates";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { acknowledgeIqaFeedback } from "./acknowledge-iqa-feedback";
import { completeIqaAction } from "./complete-iqa-action";
import { dateBoundMessages } from "@/lib/rules/record-dates";
import { giveIqaFeedback } from "./give-iqa-feedback";
import {
  getIqaFeedback,
  iqaFeedbackOverview,
  listActionsOwned,
  listCentreFeedbackRegister,
  listFeedbackGiven,
  listFeedbackReceived,
  overdueIqaActions,
} from "./queries";
import type { GiveIqaFeedbackInput } from "./schemas";

const db = () => getPrisma();
const today = isoDay(new Date());

/** The assessment world plus an IQA in centre A who also assesses there, and one in centre B. */
async function createIqaWorld() {
  const world = await createAssessmentWorld();
  const iqa = await createUser("Ivy Iqa");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "ASSESSOR" } });
  const iqaB = await createUser("Ian Iqa");
  await db().membership.create({ data: { centreId: world.centreB.id, userId: iqaB.id, role: "IQA" } });
  return { ...world, iqa, iqaB };
}
type IqaWorld = Awaited<ReturnType<typeof createIqaWorld>>;

const asIqa = (world: IqaWorld) => world.actor(world.iqa.id, world.centreA.id);
const asAssessor = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

function feedbackFor(world: IqaWorld, change: Partial<GiveIqaFeedbackInput> = {}): GiveIqaFeedbackInput {
  return {
    assessorUserId: world.assessorA.user.id,
    feedbackOnPractice: "Your judgements were sound; record how each criterion was met, not only that it was.",
    givenOn: today,
    actions: [
      { description: "Rewrite the rationale of two recent decisions with the criteria named.", dueOn: addDays(today, 5) },
      { description: "Observe a colleague's professional discussion.", dueOn: addDays(today, 10) },
    ],
    ...change,
  };
}

async function iqaSnapshot(centreId: string) {
  return {
    feedback: await db().iqaFeedback.findMany({ where: { centreId }, orderBy: { id: "asc" } }),
    actions: await db().iqaAction.findMany({ where: { centreId }, orderBy: { id: "asc" } }),
    audits: await db().auditEvent.count({ where: { centreId } }),
  };
}

async function givenFeedback(world: IqaWorld, change: Partial<GiveIqaFeedbackInput> = {}) {
  const result = await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world, change));
  if (!result.ok) throw new Error(`give failed: ${result.code} ${JSON.stringify(result.fieldErrors)}`);
  const actions = await db().iqaAction.findMany({ where: { feedbackId: result.data.feedbackId }, orderBy: { dueOn: "asc" } });
  return { feedbackId: result.data.feedbackId, actions };
}

describe("giving RD07 feedback on its own", () => {
  it("stores the feedback for the assessor with its actions owned by them and set by the IQA, and audits it", async () => {
    const world = await createIqaWorld();
    const result = await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const feedback = await db().iqaFeedback.findUniqueOrThrow({ where: { id: result.data.feedbackId }, include: { actions: true } });
    expect(feedback).toMatchObject({
      centreId: world.centreA.id,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: world.iqa.id,
      samplingRecordId: null,
      givenOn: new Date(`${today}T00:00:00.000Z`),
      acknowledgedAt: null,
      assessorResponse: null,
      version: 1,
    });
    expect(feedback.actions.map((a) => [a.ownerUserId, a.setById, a.status, isoDay(a.dueOn)]).sort()).toEqual(
      [
        [world.assessorA.user.id, world.iqa.id, "OPEN", addDays(today, 10)],
        [world.assessorA.user.id, world.iqa.id, "OPEN", addDays(today, 5)],
      ].sort(),
    );
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "iqaFeedback.give" } });
    expect(audit).toMatchObject({ actorUserId: world.iqa.id, targetType: "IqaFeedback", targetId: feedback.id });
    expect(audit.summary).toMatchObject({ assessor: "Alan Assessor", givenOn: today, actions: [{ dueOn: addDays(today, 5) }, {}] });
    // Without actions is fine too.
    expect(await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world, { actions: [] }))).toMatchObject({ ok: true });
  });

  it("refuses bad input, a non-assessor, themselves, an inactive or another centre's assessor, and changes nothing", async () => {
    const world = await createIqaWorld();
    const before = await iqaSnapshot(world.centreA.id);
    const bad = await runAction(
      giveIqaFeedback,
      asIqa(world),
      feedbackFor(world, {
        feedbackOnPractice: "  ",
        givenOn: addDays(today, 3),
        actions: [
          { description: "", dueOn: addDays(today, 2) },
          { description: "Late already", dueOn: addDays(today, -5) },
        ],
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        feedbackOnPractice: ["Write your feedback on the assessor's practice."],
        givenOn: ["The date cannot be in the future."],
        "actions.0.description": ["Say what the assessor should do."],
        "actions.1.dueOn": ["The due date cannot be in the past."],
      },
    });
    // Review F7: given in 1900, due in 9999, the same action twice.
    expect(
      await runAction(
        giveIqaFeedback,
        asIqa(world),
        feedbackFor(world, {
          givenOn: "1900-01-01",
          actions: [
            { description: "Far off", dueOn: "9999-12-31" },
            { description: "Just too far", dueOn: addDays(addYears(today, 2), 1) },
            { description: "Twice", dueOn: addDays(today, 3) },
            { description: "Twice", dueOn: addDays(today, 3) },
          ],
        }),
      ),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        givenOn: [dateBoundMessages.tooEarly],
        "actions.0.dueOn": [dateBoundMessages.dueTooFar],
        "actions.1.dueOn": [dateBoundMessages.dueTooFar],
        "actions.3.description": ["This action is listed twice: remove one."],
      },
    });
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ description: `Action ${i}`, dueOn: addDays(today, 1) }));
    expect(await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world, { actions: tooMany }))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { actions: ["Set at most 10 actions."] },
    });
    // The IQA also assesses at the centre, but cannot give themselves RD07 feedback.
    expect(await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world, { assessorUserId: world.iqa.id }))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { assessorUserId: [expect.stringMatching(/yourself/)] },
    });
    const notFound = { ok: false, code: "NOT_FOUND", fieldErrors: { assessorUserId: ["Choose one of the centre's active assessors."] } };
    for (const userId of [
      world.adminA.user.id,
      world.candidateA.user.id,
      world.assessorB.user.id,
      "00000000-0000-4000-8000-000000000000",
    ]) {
      expect(await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world, { assessorUserId: userId }))).toMatchObject(notFound);
    }
    await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await runAction(giveIqaFeedback, asIqa(world), feedbackFor(world))).toMatchObject(notFound);
    await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { status: "ACTIVE" } });
    // An assessor does not give RD07 feedback; an IQA of centre B cannot reach centre A's assessor.
    expect(await runAction(giveIqaFeedback, asAssessor(world), feedbackFor(world))).toMatchObject({ code: "FORBIDDEN" });
    expect(await runAction(giveIqaFeedback, world.actor(world.iqaB.id, world.centreB.id), feedbackFor(world))).toMatchObject(notFound);
    expect(await iqaSnapshot(world.centreA.id)).toEqual(before);
    expect((await iqaSnapshot(world.centreB.id)).feedback).toEqual([]);
  });
});

describe("the assessor's acknowledgement and response", () => {
  it("only the assessor the feedback is for responds, once; a stale version is refused", async () => {
    const world = await createIqaWorld();
    const { feedbackId } = await givenFeedback(world);
    const before = await iqaSnapshot(world.centreA.id);
    const input = { feedbackId, version: 1, assessorResponse: "Agreed. I will name the criteria in every rationale." };
    // Another assessor of the centre, the IQA who gave it, another centre's assessor: none of them reach it.
    expect(await runAction(acknowledgeIqaFeedback, world.actor(world.shared.user.id, world.centreA.id), input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runAction(acknowledgeIqaFeedback, asIqa(world), input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(acknowledgeIqaFeedback, world.actor(world.assessorB.user.id, world.centreB.id), input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runAction(acknowledgeIqaFeedback, world.actor(world.adminA.user.id, world.centreA.id), input)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await runAction(acknowledgeIqaFeedback, asAssessor(world), { ...input, assessorResponse: " " })).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { assessorResponse: ["Write your response to the feedback."] },
    });
    expect(await iqaSnapshot(world.centreA.id)).toEqual(before);

    const at = new Date();
    const done = await runAction(acknowledgeIqaFeedback, asAssessor(world), input, { now: at });
    expect(done).toMatchObject({ ok: true, data: { feedbackId } });
    expect(await db().iqaFeedback.findUniqueOrThrow({ where: { id: feedbackId } })).toMatchObject({
      acknowledgedAt: at,
      respondedAt: at,
      assessorResponse: input.assessorResponse,
      version: 2,
    });
    expect(await runAction(acknowledgeIqaFeedback, asAssessor(world), { ...input, assessorResponse: "Changed" })).toMatchObject({
      code: "STALE",
    });
    expect(await runAction(acknowledgeIqaFeedback, asAssessor(world), { ...input, version: 2, assessorResponse: "Again" })).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { assessorResponse: ["You have already responded to this feedback."] },
    });
    expect((await db().iqaFeedback.findUniqueOrThrow({ where: { id: feedbackId } })).assessorResponse).toBe(input.assessorResponse);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "iqaFeedback.acknowledge" } })).toBe(1);
  });
});

describe("completing an action", () => {
  it("only its owner completes it, with a note; a stale version and a done action are refused", async () => {
    const world = await createIqaWorld();
    const { actions } = await givenFeedback(world);
    const action = actions[0]!;
    const input = { actionId: action.id, version: 1, completionNote: "Rewrote both rationales; the IQA checked one." };
    const before = await iqaSnapshot(world.centreA.id);
    for (const actor of [
      asIqa(world),
      world.actor(world.shared.user.id, world.centreA.id),
      world.actor(world.adminA.user.id, world.centreA.id),
      world.actor(world.assessorB.user.id, world.centreB.id),
    ]) {
      expect(await runAction(completeIqaAction, actor, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await runAction(completeIqaAction, asAssessor(world), { ...input, completionNote: "" })).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { completionNote: ["Say what you did to complete the action."] },
    });
    expect(await runAction(completeIqaAction, asAssessor(world), { ...input, version: 2 })).toMatchObject({ code: "STALE" });
    expect(await iqaSnapshot(world.centreA.id)).toEqual(before);

    expect(await runAction(completeIqaAction, asAssessor(world), input)).toMatchObject({ ok: true, data: { actionId: action.id } });
    expect(await db().iqaAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: "DONE",
      completionNote: input.completionNote,
      completedAt: expect.any(Date),
      version: 2,
    });
    expect(await runAction(completeIqaAction, asAssessor(world), { ...input, version: 2 })).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { completionNote: ["This action is already done."] },
    });
    expect(await runAction(completeIqaAction, asAssessor(world), input)).toMatchObject({ code: "STALE" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "iqaAction.complete" } });
    expect(audit.summary).toMatchObject({ setBy: "Ivy Iqa", completionNote: input.completionNote, late: false });
  });

  it("a standardisation meeting's action owned by an IQA is completed by that IQA", async () => {
    const world = await createIqaWorld();
    const meeting = await db().standardisationMeeting.create({
      data: {
        centreId: world.centreA.id,
        qualificationId: world.qualification.id,
        heldOn: new Date(`${today}T00:00:00.000Z`),
        ledById: world.assessorA.user.id,
        attendeeUserIds: [world.assessorA.user.id, world.iqa.id],
        unitIds: [world.unitA.id],
        evidenceStandardised: "Complaint logs",
        decisionsReached: "Logs need the customer's words",
      },
    });
    const action = await db().iqaAction.create({
      data: {
        centreId: world.centreA.id,
        standardisationMeetingId: meeting.id,
        ownerUserId: world.iqa.id,
        setById: world.assessorA.user.id,
        description: "Circulate the agreed reading of criterion 1.2",
        dueOn: new Date(`${addDays(today, 3)}T00:00:00.000Z`),
      },
    });
    const input = { actionId: action.id, version: 1, completionNote: "Sent to all assessors." };
    expect(await runAction(completeIqaAction, asAssessor(world), input)).toMatchObject({ code: "NOT_FOUND" });
    expect(await runAction(completeIqaAction, asIqa(world), input)).toMatchObject({ ok: true });
    const owned = await listActionsOwned(await accessOf(world.iqa.id, world.centreA.id));
    expect(owned.map((a) => [a.description, a.status, a.href])).toEqual([
      [action.description, "DONE", `/standardisation/meetings/${meeting.id}`],
    ]);
  });
});

describe("reading RD07s and actions", () => {
  it("overdue actions show for both the owner and the setter, open and past due only", async () => {
    const world = await createIqaWorld();
    const { feedbackId, actions } = await givenFeedback(world);
    // A week on, the first action (due in 5 days) is overdue by 2 days; the second (due in 10) is not.
    const later = addDays(today, 7);
    const assessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    const iqa = await accessOf(world.iqa.id, world.centreA.id);
    const ofOwner = await overdueIqaActions(assessor, later);
    expect(ofOwner).toMatchObject([
      {
        id: actions[0]!.id,
        mine: "owner",
        overdueByDays: 2,
        owner: { name: "Alan Assessor" },
        setBy: { name: "Ivy Iqa" },
        href: `/iqa-feedback/${feedbackId}`,
      },
    ]);
    expect(await overdueIqaActions(iqa, later)).toMatchObject([{ id: actions[0]!.id, mine: "setter" }]);
    // On the due date itself it is not yet overdue; another assessor and another centre see none.
    expect(await overdueIqaActions(assessor, addDays(today, 5))).toEqual([]);
    expect(await overdueIqaActions(await accessOf(world.shared.user.id, world.centreA.id), later)).toEqual([]);
    expect(await overdueIqaActions(await accessOf(world.assessorB.user.id, world.centreB.id), later)).toEqual([]);
    // Done, it is no longer overdue.
    await runAction(completeIqaAction, asAssessor(world), { actionId: actions[0]!.id, version: 1, completionNote: "Done" });
    expect(await overdueIqaActions(assessor, later)).toEqual([]);
    expect(await overdueIqaActions(iqa, later)).toEqual([]);
    expect((await overdueIqaActions(iqa, addDays(today, 30))).map((a) => a.id)).toEqual([actions[1]!.id]);
  });

  it("each person reads what is theirs; the admin reads the centre's register; anyone else and another centre get not found", async () => {
    const world = await createIqaWorld();
    const first = await givenFeedback(world, { givenOn: addDays(today, -3) });
    const second = await givenFeedback(world, { actions: [] });
    const toShared = await givenFeedback(world, { assessorUserId: world.shared.user.id });
    await runAction(acknowledgeIqaFeedback, asAssessor(world), { feedbackId: first.feedbackId, version: 1, assessorResponse: "Noted" });
    const assessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    const received = await listFeedbackReceived(assessor, today);
    expect(received.map((f) => [f.id, f.respondedAt !== null, f.actionCounts.open])).toEqual([
      [second.feedbackId, false, 0],
      [first.feedbackId, true, 2],
    ]);
    expect(received[0]!.samplingRecord).toBeNull();
    const iqa = await accessOf(world.iqa.id, world.centreA.id);
    expect((await listFeedbackGiven(iqa)).map((f) => f.id).sort()).toEqual(
      [first.feedbackId, second.feedbackId, toShared.feedbackId].sort(),
    );
    const overview = await iqaFeedbackOverview(iqa);
    // The IQA also assesses: they see their own (empty) received list, what they gave and the actions they set; not the register.
    expect(overview).toMatchObject({ receives: true, gives: true, received: [], register: null });
    expect(overview.set).toHaveLength(4);
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    expect((await listCentreFeedbackRegister(admin)).total).toBe(3);
    expect((await iqaFeedbackOverview(admin)).register?.feedback).toHaveLength(3);

    const view = await getIqaFeedback(assessor, first.feedbackId);
    expect(view).toMatchObject({
      isTheAssessor: true,
      isTheIqa: false,
      feedback: { assessorResponse: "Noted", iqa: { name: "Ivy Iqa" } },
    });
    expect(view.actions.map((a) => a.status)).toEqual(["OPEN", "OPEN"]);
    expect((await getIqaFeedback(admin, first.feedbackId)).isTheAssessor).toBe(false);
    // Another assessor of the centre, a candidate and another centre cannot read it.
    const other = await accessOf(world.shared.user.id, world.centreA.id);
    await expect(getIqaFeedback(other, first.feedbackId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getIqaFeedback(other, toShared.feedbackId)).isTheAssessor).toBe(true);
    await expect(getIqaFeedback(await accessOf(world.candidateA.user.id, world.centreA.id), first.feedbackId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(iqaFeedbackOverview(await accessOf(world.candidateA.user.id, world.centreA.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const fromB = await accessOf(world.iqaB.id, world.centreB.id);
    await expect(getIqaFeedback(fromB, first.feedbackId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getIqaFeedback(fromB, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listFeedbackGiven(fromB)).toEqual([]);
    expect((await listCentreFeedbackRegister(fromB)).total).toBe(0);
    expect(await listFeedbackReceived(await accessOf(world.assessorB.user.id, world.centreB.id))).toEqual([]);
  });
});
