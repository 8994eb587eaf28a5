import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { giveFeedback } from "./give-feedback";
import { getCandidateFeedback, listCandidateFeedback } from "./queries";
import { replyToFeedback } from "./reply-to-feedback";
import type { GiveFeedbackInput } from "./schemas";

const db = () => getPrisma();
const asAssessor = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);
const asCandidate = (world: AssessmentWorld) => world.actor(world.candidateA.user.id, world.centreA.id);

function feedbackOn(world: AssessmentWorld, about: Partial<GiveFeedbackInput> = {}): GiveFeedbackInput {
  return {
    candidateId: world.candidateInA.id,
    evidenceItemId: "",
    activityId: "",
    achieved: "You identified the cause of the complaint.",
    nextSteps: "Show how you escalate a complaint you cannot resolve.",
    plannedActions: "Observe an escalation next visit.",
    ...about,
  };
}

describe("giving feedback", () => {
  it("on an evidence item, an activity, or as a progress review", async () => {
    const world = await createAssessmentWorld();
    const onEvidence = await runAction(giveFeedback, asAssessor(world), feedbackOn(world, { evidenceItemId: world.inCentreA.evidence.id }));
    const onActivity = await runAction(giveFeedback, asAssessor(world), feedbackOn(world, { activityId: world.inCentreA.activity.id }));
    const review = await runAction(giveFeedback, asAssessor(world), feedbackOn(world, { plannedActions: "" }));
    for (const result of [onEvidence, onActivity, review]) expect(result.ok).toBe(true);
    if (!onEvidence.ok || !onActivity.ok || !review.ok) return;
    expect(await db().feedback.findUniqueOrThrow({ where: { id: onEvidence.data.feedbackId } })).toMatchObject({
      centreId: world.centreA.id,
      evidenceItemId: world.inCentreA.evidence.id,
      activityId: null,
      givenById: world.assessorA.user.id,
      candidateResponse: null,
      version: 1,
    });
    expect(await db().feedback.findUniqueOrThrow({ where: { id: onActivity.data.feedbackId } })).toMatchObject({
      activityId: world.inCentreA.activity.id,
      evidenceItemId: null,
    });
    expect(await db().feedback.findUniqueOrThrow({ where: { id: review.data.feedbackId } })).toMatchObject({
      activityId: null,
      evidenceItemId: null,
      plannedActions: null,
    });
    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: "feedback.give" },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((a) => (a.summary as { about: string }).about)).toEqual(["evidence E1", "activity on 2026-03-02", "progress review"]);
  });

  it("keeps each submission's feedback when the work is resubmitted (handbook 5.7)", async () => {
    const world = await createAssessmentWorld();
    await runAction(giveFeedback, asAssessor(world), feedbackOn(world, { evidenceItemId: world.inCentreA.evidence.id }));
    const resubmission = await db().evidenceItem.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        reference: "E3",
        title: "Complaint log, second go",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        previousSubmissionId: world.inCentreA.evidence.id,
        submittedById: world.candidateA.user.id,
      },
    });
    const second = await runAction(
      giveFeedback,
      asAssessor(world),
      feedbackOn(world, { evidenceItemId: resubmission.id, achieved: "Escalation now shown." }),
    );
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const access = await resolveAccessContext(db(), {
      userId: world.candidateA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    const view = await getCandidateFeedback(access!, world.candidateInA.id, second.data.feedbackId);
    expect(view.feedback.evidenceItem?.previousSubmission?.reference).toBe("E1");
    // The factory's feedback and the first round, both on E1, are kept with E1.
    expect(view.earlier).toHaveLength(2);
    const fromB = await resolveAccessContext(db(), {
      userId: world.assessorB.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreB.id),
    });
    await expect(getCandidateFeedback(fromB!, world.candidateInA.id, second.data.feedbackId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateFeedback(fromB!, world.candidateInB.id, second.data.feedbackId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCandidateFeedback(fromB!, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const all = await listCandidateFeedback(access!, world.candidateInA.id);
    expect(all.feedback.map((f) => f.evidenceItem?.reference ?? null)).toEqual(["E3", "E1", "E1"]);
  });

  it("refuses bad input, an evidence item of another candidate, a conflicted assessor; another centre's candidate is not found", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const bad = await runAction(giveFeedback, asAssessor(world), feedbackOn(world, { achieved: "", nextSteps: "\u202Eevil" }));
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { achieved: ["Say what the candidate achieved."], nextSteps: [expect.stringMatching(/text-direction/)] },
    });
    const both = await runAction(
      giveFeedback,
      asAssessor(world),
      feedbackOn(world, { evidenceItemId: world.inCentreA.evidence.id, activityId: world.inCentreA.activity.id }),
    );
    expect(both).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { evidenceItemId: [expect.any(String)] } });
    const conflicted = await runAction(giveFeedback, world.actor(world.shared.user.id, world.centreA.id), feedbackOn(world));
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT" });
    const fromB = await runAction(giveFeedback, world.actor(world.assessorB.user.id, world.centreB.id), feedbackOn(world));
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Centre A's evidence named for centre B's own candidate.
    const crossed = await runAction(
      giveFeedback,
      world.actor(world.assessorB.user.id, world.centreB.id),
      feedbackOn(world, { candidateId: world.candidateInB.id, evidenceItemId: world.inCentreA.evidence.id }),
    );
    expect(crossed).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(giveFeedback, asCandidate(world), feedbackOn(world))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("the candidate's reply", () => {
  it("is stored once with the time; a second reply and a stale version are refused", async () => {
    const world = await createAssessmentWorld();
    const feedbackId = world.inCentreA.feedback.id;
    const at = new Date("2026-03-05T09:15:00Z");
    const reply = await runAction(
      replyToFeedback,
      asCandidate(world),
      { feedbackId, version: 1, response: "Thanks, I will." },
      { now: at },
    );
    expect(reply).toMatchObject({ ok: true, data: { feedbackId } });
    expect(await db().feedback.findUniqueOrThrow({ where: { id: feedbackId } })).toMatchObject({
      candidateResponse: "Thanks, I will.",
      candidateRespondedAt: at,
      version: 2,
    });
    const stale = await runAction(replyToFeedback, asCandidate(world), { feedbackId, version: 1, response: "Changed my mind" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const twice = await runAction(replyToFeedback, asCandidate(world), { feedbackId, version: 2, response: "Again" });
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { response: ["You have already replied to this feedback."] } });
    expect((await db().feedback.findUniqueOrThrow({ where: { id: feedbackId } })).candidateResponse).toBe("Thanks, I will.");
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "feedback.reply" } })).toBe(1);
  });

  it("two replies sent at once: one is kept, the other refused", async () => {
    const world = await createAssessmentWorld();
    const feedbackId = world.inCentreA.feedback.id;
    const results = await Promise.all(
      ["From the phone", "From the laptop"].map((response) =>
        runAction(replyToFeedback, asCandidate(world), { feedbackId, version: 1, response }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, code: expect.stringMatching(/STALE|CONFLICT/) });
    const stored = await db().feedback.findUniqueOrThrow({ where: { id: feedbackId } });
    expect(["From the phone", "From the laptop"]).toContain(stored.candidateResponse);
    expect(stored.version).toBe(2);
  });

  it("refuses bad input, staff replying, another candidate and another centre, and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const feedbackId = world.inCentreA.feedback.id;
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const empty = await runAction(replyToFeedback, asCandidate(world), { feedbackId, version: 1, response: "  " });
    expect(empty).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { response: ["Write your reply."] } });
    expect(await runAction(replyToFeedback, asAssessor(world), { feedbackId, version: 1, response: "Hi" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const other = await db().user.create({ data: { name: "Olly Other", email: `olly.fb.${world.centreA.id}@test.example` } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: other.id, role: "CANDIDATE" } });
    const byOther = await runAction(replyToFeedback, world.actor(other.id, world.centreA.id), { feedbackId, version: 1, response: "Hi" });
    expect(byOther).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const fromB = await runAction(replyToFeedback, world.actor(world.candidateUserB.id, world.centreB.id), {
      feedbackId,
      version: 1,
      response: "Hi",
    });
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});
