import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { dateBoundMessages } from "@/lib/rules/record-dates";
import { addDays, addYears } from "@/lib/rules/dates";
import { changeRiskAfterStandardisation } from "./change-risk-after-standardisation";
import { closeStandardisationExercise } from "./close-standardisation-exercise";
import { judgeStandardisationExercise } from "./judge-standardisation-exercise";
import { openStandardisationExercise } from "./open-standardisation-exercise";
import {
  getStandardisationExercise,
  getStandardisationMeeting,
  lastStandardisationMeeting,
  listStandardisationExercises,
  listStandardisationMeetings,
  standardisationDueByQualification,
} from "./queries";
import { recordStandardisationMeeting } from "./record-standardisation-meeting";
import type { OpenStandardisationExerciseInput, RecordStandardisationMeetingInput } from "./schemas";

const db = () => getPrisma();

/** The assessment world plus an IQA, two more assessors of centre A (one takes no part) and an IQA of centre B. */
async function createWorld() {
  const world = await createAssessmentWorld();
  async function member(centreId: string, name: string, role: "ASSESSOR" | "IQA") {
    const user = await createUser(name);
    await db().membership.create({ data: { centreId, userId: user.id, role } });
    return user;
  }
  const iqa = await member(world.centreA.id, "Iris IQA", "IQA");
  const amy = await member(world.centreA.id, "Amy Assessor", "ASSESSOR");
  const nia = await member(world.centreA.id, "Nia Bystander", "ASSESSOR");
  const iqaB = await member(world.centreB.id, "Bob IQA", "IQA");
  return { ...world, iqa, amy, nia, iqaB };
}
type World = Awaited<ReturnType<typeof createWorld>>;

const as = (world: AssessmentWorld, userId: string) => world.actor(userId, world.centreA.id);
const accessOf = async (userId: string, centreId: string) =>
  (await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }))!;

function meeting(world: World, over: Partial<RecordStandardisationMeetingInput> = {}): RecordStandardisationMeetingInput {
  return {
    qualificationId: world.qualification.id,
    heldOn: "2026-03-10",
    attendeeUserIds: [world.assessorA.user.id, world.amy.id],
    otherAttendees: "Jo Bloggs (employer's trainer)",
    unitIds: [world.unitA.id],
    evidenceStandardised: "Two anonymised complaint logs for unit A.",
    decisionsReached: "A log alone does not show 1.3: ask for a witness statement.",
    actions: [
      { ownerUserId: world.assessorA.user.id, description: "Re-read the unit A guidance.", dueOn: "2026-04-10" },
      { ownerUserId: world.amy.id, description: "Bring a witness statement example.", dueOn: "2026-04-20" },
    ],
    ...over,
  };
}

function exercise(world: World, over: Partial<OpenStandardisationExerciseInput> = {}): OpenStandardisationExerciseInput {
  return {
    qualificationId: world.qualification.id,
    unitId: world.unitA.id,
    meetingId: "",
    title: "Complaint log, candidate X",
    evidenceDescription: "A complaint log with names removed (handbook 5.9).",
    evidenceItemId: world.inCentreA.evidence.id,
    criterionIds: world.unitA.criteria.map((criterion) => criterion.id),
    participantUserIds: [world.assessorA.user.id, world.shared.user.id, world.amy.id, world.iqa.id],
    ...over,
  };
}

async function standardisationCounts(centreId: string) {
  const where = { where: { centreId } };
  return {
    meetings: await db().standardisationMeeting.count(where),
    exercises: await db().standardisationExercise.findMany(where),
    judgements: await db().standardisationJudgement.count(where),
    actions: await db().iqaAction.count(where),
    ratings: await db().assessorRiskRating.count(where),
    audits: await db().auditEvent.count(where),
  };
}

describe("standardisation meetings", () => {
  it("records the meeting with its actions for attendees, set by the IQA; lists and reads it", async () => {
    const world = await createWorld();
    const result = await runAction(recordStandardisationMeeting, as(world, world.iqa.id), meeting(world), {
      now: new Date("2026-03-11T10:00:00Z"),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db().standardisationMeeting.findUniqueOrThrow({ where: { id: result.data.meetingId } });
    expect(stored).toMatchObject({
      centreId: world.centreA.id,
      qualificationId: world.qualification.id,
      heldOn: new Date("2026-03-10"),
      ledById: world.iqa.id,
      otherAttendees: "Jo Bloggs (employer's trainer)",
      unitIds: [world.unitA.id],
    });
    expect([...stored.attendeeUserIds].sort()).toEqual([world.iqa.id, world.assessorA.user.id, world.amy.id].sort());
    const actions = await db().iqaAction.findMany({ where: { standardisationMeetingId: stored.id }, orderBy: { dueOn: "asc" } });
    expect(actions).toHaveLength(2);
    expect(actions.map((action) => [action.ownerUserId, action.setById, action.status, action.dueOn.toISOString().slice(0, 10)])).toEqual([
      [world.assessorA.user.id, world.iqa.id, "OPEN", "2026-04-10"],
      [world.amy.id, world.iqa.id, "OPEN", "2026-04-20"],
    ]);
    expect(actions.every((action) => action.centreId === world.centreA.id && action.feedbackId === null)).toBe(true);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "standardisation.recordMeeting" },
    });
    expect(audit.summary).toMatchObject({ heldOn: "2026-03-10", attendees: expect.arrayContaining(["Iris IQA", "Amy Assessor"]) });

    expect((await lastStandardisationMeeting(db(), world.centreA.id, world.qualification.id))?.id).toBe(stored.id);
    expect(await lastStandardisationMeeting(db(), world.centreB.id, world.qualification.id)).toBeNull();
    // An assessor reads the centre's meetings; the actions' status shows.
    const asAssessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    const list = await listStandardisationMeetings(asAssessor);
    expect(list).toMatchObject([{ id: stored.id, actionsOpen: 2, actionsDone: 0, units: [expect.stringContaining("Resolve complaints")] }]);
    const one = await getStandardisationMeeting(asAssessor, stored.id);
    expect(one.actions.map((action) => action.owner)).toEqual(["Alan Assessor", "Amy Assessor"]);
    // Due: the default interval (3 months) after the meeting.
    const due = await standardisationDueByQualification(asAssessor, new Date("2026-07-01T00:00:00Z"));
    expect(due).toMatchObject([{ qualification: { id: world.qualification.id }, due: true, dueOn: "2026-06-10", overdueByDays: 21 }]);
    // Centre B sees none of it.
    const fromB = await accessOf(world.iqaB.id, world.centreB.id);
    await expect(getStandardisationMeeting(fromB, stored.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listStandardisationMeetings(fromB)).toEqual([]);
  });

  it("refuses a future date, only oneself attending, an owner who did not attend, a unit of another qualification; changes nothing", async () => {
    const world = await createWorld();
    const before = await standardisationCounts(world.centreA.id);
    const now = { now: new Date("2026-03-11T10:00:00Z") };
    const asIqa = as(world, world.iqa.id);
    expect(await runAction(recordStandardisationMeeting, asIqa, meeting(world, { heldOn: "2026-03-12" }), now)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { heldOn: ["The meeting cannot be dated in the future."] },
    });
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { attendeeUserIds: [world.iqa.id], actions: [] }), now),
    ).toMatchObject({
      ok: false,
      fieldErrors: { attendeeUserIds: ["Choose at least one attendee besides yourself."] },
    });
    const notAttending = meeting(world, {
      actions: [{ ownerUserId: world.nia.id, description: "Something", dueOn: "2026-03-01" }],
    });
    expect(await runAction(recordStandardisationMeeting, asIqa, notAttending, now)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        "actions.0.ownerUserId": ["Choose one of the attendees."],
        "actions.0.dueOn": ["The action cannot be due before the meeting."],
      },
    });
    const otherQualification = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `X/${world.centreA.id}`,
        title: "Other",
        level: 2,
        ruleOfCombination: {},
      },
    });
    // A qualification of the awarding body the centre has no candidates for: not found, as the strategy does.
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { qualificationId: otherQualification.id }), now),
    ).toMatchObject({ ok: false, code: "NOT_FOUND", fieldErrors: { qualificationId: ["Choose a qualification the centre delivers."] } });
    const unitOfOther = await db().unit.create({
      data: {
        qualificationId: otherQualification.id,
        urn: `X/${world.centreA.id}/1`,
        title: "Other unit",
        credit: 3,
        level: 2,
        glh: 20,
        group: "A",
      },
    });
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { unitIds: [world.unitA.id, unitOfOther.id] }), now),
    ).toMatchObject({ ok: false, fieldErrors: { unitIds: ["Choose units of this qualification."] } });
    // Another centre's assessor, a candidate: not found, in the same words.
    for (const stranger of [world.assessorB.user.id, world.candidateA.user.id]) {
      expect(
        await runAction(recordStandardisationMeeting, asIqa, meeting(world, { attendeeUserIds: [world.assessorA.user.id, stranger] }), now),
      ).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
        fieldErrors: { attendeeUserIds: ["Choose attendees from this centre's active assessors and IQAs."] },
      });
    }
    expect(await runAction(recordStandardisationMeeting, as(world, world.assessorA.user.id), meeting(world), now)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { evidenceStandardised: " ", unitIds: [] }), now),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { evidenceStandardised: ["Say which evidence was standardised."], unitIds: ["Choose the units standardised."] },
    });
    expect(await standardisationCounts(world.centreA.id)).toEqual(before);
  });
});

async function openExercise(world: World, over: Partial<OpenStandardisationExerciseInput> = {}) {
  const opened = await runAction(openStandardisationExercise, as(world, world.iqa.id), exercise(world, over));
  if (!opened.ok) throw new Error(`could not open: ${JSON.stringify(opened)}`);
  return opened.data.exerciseId;
}

/** Three judges: Alan (not yet: 1.1, 1.2), Sam (achieved: all three), Amy (not yet: 1.1). */
async function judgeThree(world: World, exerciseId: string) {
  const [c11, c12, c13] = world.unitA.criteria.map((criterion) => criterion.id) as [string, string, string];
  const judged = [
    await runAction(judgeStandardisationExercise, as(world, world.assessorA.user.id), {
      exerciseId,
      outcome: "NOT_YET_ACHIEVED",
      criteriaMetIds: [c12, c11],
      rationale: "1.3 is not shown: no escalation.",
    }),
    await runAction(judgeStandardisationExercise, as(world, world.shared.user.id), {
      exerciseId,
      outcome: "ACHIEVED",
      criteriaMetIds: [c11, c12, c13],
      rationale: "The log mentions escalation.",
    }),
    await runAction(judgeStandardisationExercise, as(world, world.amy.id), {
      exerciseId,
      outcome: "NOT_YET_ACHIEVED",
      criteriaMetIds: [c11],
      rationale: "Only the cause is identified.",
    }),
  ];
  for (const result of judged) expect(result.ok).toBe(true);
  return { c11, c12, c13 };
}

describe("standardisation exercises", () => {
  it("three judges, compared side by side with each other and then with the agreed judgement", async () => {
    const world = await createWorld();
    const exerciseId = await openExercise(world);
    const stored = await db().standardisationExercise.findUniqueOrThrow({ where: { id: exerciseId } });
    expect(stored).toMatchObject({ status: "OPEN", createdById: world.iqa.id, evidenceItemId: world.inCentreA.evidence.id, version: 1 });
    expect(stored.criterionIds).toEqual(world.unitA.criteria.map((criterion) => criterion.id));

    const alan = await accessOf(world.assessorA.user.id, world.centreA.id);
    const amy = await accessOf(world.amy.id, world.centreA.id);
    const nia = await accessOf(world.nia.id, world.centreA.id);
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    // Before anyone judges, each participant sees it awaiting their judgement, first.
    expect((await listStandardisationExercises(amy))[0]).toMatchObject({ id: exerciseId, awaitingMyJudgement: true, judged: 0 });
    expect(await listStandardisationExercises(nia)).toEqual([]);
    await expect(getStandardisationExercise(nia, exerciseId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const { c11, c12, c13 } = await runJudgementsKeepingAmyLast(world, exerciseId, amy);

    // Alan has judged: he sees the others, compared with the majority (no agreed judgement yet).
    const open = await getStandardisationExercise(alan, exerciseId);
    expect(open.comparison).toMatchObject({
      against: "majority",
      columns: [{ label: "Alan Assessor" }, { label: "Sam Shared" }, { label: "Amy Assessor" }],
      outcomes: ["NOT_YET_ACHIEVED", "ACHIEVED", "NOT_YET_ACHIEVED"],
    });
    expect(open.comparison!.rows.map((row) => [row.criterion.ref, row.judgedMet, row.judgedNotMet])).toEqual([
      ["1.1", 3, 0],
      ["1.2", 2, 1],
      ["1.3", 1, 2],
    ]);
    // The IQA takes part but has not judged: they are not shown the others' judgements; the admin reads everything.
    const iqaView = await getStandardisationExercise(await accessOf(world.iqa.id, world.centreA.id), exerciseId);
    expect(iqaView).toMatchObject({ judgementsVisible: false, comparison: null, judgements: [], may: { judge: true, close: true } });
    expect((await getStandardisationExercise(admin, exerciseId)).judgements).toHaveLength(3);

    const closed = await runAction(closeStandardisationExercise, as(world, world.iqa.id), {
      exerciseId,
      version: 1,
      agreedOutcome: "NOT_YET_ACHIEVED",
      agreedCriterionIds: [c12, c11],
      agreedRationale: "Escalation (1.3) is not evidenced by the log.",
    });
    expect(closed).toMatchObject({ ok: true, data: { version: 2 } });
    const view = await getStandardisationExercise(alan, exerciseId);
    expect(view.exercise).toMatchObject({ status: "CLOSED", agreedOutcome: "NOT_YET_ACHIEVED", agreedCriterionIds: [c11, c12] });
    const comparison = view.comparison!;
    expect(comparison.against).toBe("agreed");
    expect(comparison.columns.map((column) => column.label)).toEqual(["Alan Assessor", "Sam Shared", "Amy Assessor", "Agreed judgement"]);
    expect(comparison.rows.map((row) => [row.criterion.ref, ...row.cells.map((cell) => (cell.met ? "met" : "not met"))])).toEqual([
      ["1.1", "met", "met", "met", "met"],
      ["1.2", "met", "met", "not met", "met"],
      ["1.3", "not met", "met", "not met", "not met"],
    ]);
    expect(comparison.outcomes).toEqual(["NOT_YET_ACHIEVED", "ACHIEVED", "NOT_YET_ACHIEVED", "NOT_YET_ACHIEVED"]);
    expect(comparison.agreement).toEqual([
      { assessorUserId: world.assessorA.user.id, name: "Alan Assessor", outcomeMatches: true, criteriaMatching: 3, criteriaDiffering: [] },
      { assessorUserId: world.shared.user.id, name: "Sam Shared", outcomeMatches: false, criteriaMatching: 2, criteriaDiffering: ["1.3"] },
      { assessorUserId: world.amy.id, name: "Amy Assessor", outcomeMatches: true, criteriaMatching: 2, criteriaDiffering: ["1.2"] },
    ]);
    expect(comparison.consistent).toBe(false);
    expect(comparison.rows.map((row) => row.differs)).toEqual([false, true, true]);
    // Closed: the participant who never judged now sees it too, and can no longer judge.
    const late = await getStandardisationExercise(await accessOf(world.iqa.id, world.centreA.id), exerciseId);
    expect(late).toMatchObject({ judgementsVisible: true, may: { judge: false, close: false, changeRisk: true } });
    expect(
      await runAction(judgeStandardisationExercise, as(world, world.iqa.id), {
        exerciseId,
        outcome: "NOT_YET_ACHIEVED",
        criteriaMetIds: [c13],
        rationale: "Late",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT", message: "This exercise has been closed: judgements can no longer be recorded." });
    expect(await db().standardisationJudgement.count({ where: { exerciseId } })).toBe(3);
    const audits = await db().auditEvent.findMany({ where: { centreId: world.centreA.id }, orderBy: { sequence: "asc" } });
    expect(audits.map((audit) => audit.action)).toEqual([
      "standardisation.openExercise",
      "standardisation.judge",
      "standardisation.judge",
      "standardisation.judge",
      "standardisation.closeExercise",
    ]);
  });

  it("a second judgement is refused, also when both are sent at once; a non-participant is not found", async () => {
    const world = await createWorld();
    const exerciseId = await openExercise(world);
    const [c11] = world.unitA.criteria.map((criterion) => criterion.id) as [string];
    const judgement = (rationale: string) => ({ exerciseId, outcome: "NOT_YET_ACHIEVED", criteriaMetIds: [c11], rationale });
    const both = await Promise.all(
      ["From the phone", "From the laptop"].map((rationale) =>
        runAction(judgeStandardisationExercise, as(world, world.amy.id), judgement(rationale)),
      ),
    );
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "You have already recorded your judgement for this exercise. It cannot be changed.",
    });
    expect(await runAction(judgeStandardisationExercise, as(world, world.amy.id), judgement("Again"))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "You have already recorded your judgement for this exercise. It cannot be changed.",
    });
    expect(await db().standardisationJudgement.count({ where: { exerciseId } })).toBe(1);
    const before = await standardisationCounts(world.centreA.id);
    const bystander = await runAction(judgeStandardisationExercise, as(world, world.nia.id), judgement("Not mine"));
    const missing = await runAction(judgeStandardisationExercise, as(world, world.nia.id), {
      ...judgement("Not mine"),
      exerciseId: "00000000-0000-4000-8000-000000000000",
    });
    expect(bystander).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(bystander).toEqual(missing);
    // Bad judgements: a criterion outside the exercise, achieved with a criterion unmet, no rationale.
    expect(
      await runAction(judgeStandardisationExercise, as(world, world.assessorA.user.id), {
        ...judgement("x"),
        criteriaMetIds: [world.unitB.criteria[0]!.id],
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { criteriaMetIds: ["Choose criteria of this exercise."] } });
    expect(
      await runAction(judgeStandardisationExercise, as(world, world.assessorA.user.id), { ...judgement("x"), outcome: "ACHIEVED" }),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { outcome: [expect.stringMatching(/^Achieved means every criterion/)] },
    });
    expect(await runAction(judgeStandardisationExercise, as(world, world.assessorA.user.id), judgement(""))).toMatchObject({
      ok: false,
      fieldErrors: { rationale: ["Say why: the rationale for your judgement."] },
    });
    expect(await standardisationCounts(world.centreA.id)).toEqual(before);
  });

  it("closing: a stale version and a second close are refused; two closes at once keep one", async () => {
    const world = await createWorld();
    const exerciseId = await openExercise(world);
    const close = { exerciseId, version: 1, agreedOutcome: "NOT_YET_ACHIEVED", agreedCriterionIds: [], agreedRationale: "Nothing shown." };
    expect(await runAction(closeStandardisationExercise, as(world, world.iqa.id), close)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/^No one has judged/),
    });
    await judgeThree(world, exerciseId);
    expect(await runAction(closeStandardisationExercise, as(world, world.iqa.id), { ...close, version: 2 })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    const secondIqa = await createUser("Ivy IQA");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: secondIqa.id, role: "IQA" } });
    const both = await Promise.all([
      runAction(closeStandardisationExercise, as(world, world.iqa.id), close),
      runAction(closeStandardisationExercise, as(world, secondIqa.id), { ...close, agreedRationale: "Another view." }),
    ]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({ ok: false, code: "STALE" });
    const stored = await db().standardisationExercise.findUniqueOrThrow({ where: { id: exerciseId } });
    expect(stored).toMatchObject({ status: "CLOSED", version: 2 });
    expect(["Nothing shown.", "Another view."]).toContain(stored.agreedRationale);
    expect(await runAction(closeStandardisationExercise, as(world, world.iqa.id), { ...close, version: 2 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This exercise is already closed.",
    });
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "standardisation.closeExercise" } })).toBe(1);
    // An assessor may not close one.
    expect(await runAction(closeStandardisationExercise, as(world, world.assessorA.user.id), close)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("after closing, the IQA changes a participating assessor's risk rating, linked to the exercise; never their own", async () => {
    const world = await createWorld();
    const exerciseId = await openExercise(world);
    const change = {
      exerciseId,
      assessorUserId: world.shared.user.id,
      risk: "HIGH",
      reason: "Judged 1.3 met without escalation evidence.",
    };
    expect(await runAction(changeRiskAfterStandardisation, as(world, world.iqa.id), change)).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const { c11, c12 } = await judgeThree(world, exerciseId);
    await runAction(closeStandardisationExercise, as(world, world.iqa.id), {
      exerciseId,
      version: 1,
      agreedOutcome: "NOT_YET_ACHIEVED",
      agreedCriterionIds: [c11, c12],
      agreedRationale: "Escalation not evidenced.",
    });
    await db().assessorRiskRating.create({
      data: {
        centreId: world.centreA.id,
        assessorUserId: world.shared.user.id,
        risk: "LOW",
        reason: "Experienced",
        ratedOn: new Date("2026-01-01"),
        ratedById: world.iqa.id,
        createdAt: new Date("2026-01-01T09:00:00Z"),
      },
    });
    const before = await standardisationCounts(world.centreA.id);
    expect(
      await runAction(changeRiskAfterStandardisation, as(world, world.iqa.id), { ...change, assessorUserId: world.iqa.id }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: { assessorUserId: ["You cannot change your own risk rating: another IQA must."] },
    });
    expect(
      await runAction(changeRiskAfterStandardisation, as(world, world.iqa.id), { ...change, assessorUserId: world.nia.id }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { assessorUserId: ["Choose an assessor who took part in this exercise."] },
    });
    expect(await runAction(changeRiskAfterStandardisation, as(world, world.iqa.id), { ...change, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Say why the rating changes."] },
    });
    expect(await runAction(changeRiskAfterStandardisation, as(world, world.adminA.user.id), change)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await standardisationCounts(world.centreA.id)).toEqual(before);

    const changed = await runAction(changeRiskAfterStandardisation, as(world, world.iqa.id), change, {
      now: new Date("2026-03-20T15:00:00Z"),
    });
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(await db().assessorRiskRating.findUniqueOrThrow({ where: { id: changed.data.ratingId } })).toMatchObject({
      centreId: world.centreA.id,
      assessorUserId: world.shared.user.id,
      risk: "HIGH",
      ratedOn: new Date("2026-03-20"),
      ratedById: world.iqa.id,
      standardisationExerciseId: exerciseId,
    });
    expect(await db().assessorRiskRating.count({ where: { assessorUserId: world.shared.user.id } })).toBe(2);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "standardisation.changeRisk" } });
    expect(audit.summary).toMatchObject({ assessor: "Sam Shared", before: "LOW", after: "HIGH" });
    const view = await getStandardisationExercise(await accessOf(world.iqa.id, world.centreA.id), exerciseId);
    expect(view.ratingsFromHere).toMatchObject([{ assessor: "Sam Shared", risk: "HIGH", ratedBy: "Iris IQA" }]);
    expect(view.participants.find((person) => person.userId === world.shared.user.id)).toMatchObject({
      currentRisk: "HIGH",
      isAssessor: true,
    });
  });

  it("refuses bad exercises (one participant, another unit's criteria, another centre's evidence, a stranger) and changes nothing", async () => {
    const world = await createWorld();
    const evidenceInB = await db().evidenceItem.create({
      data: {
        centreId: world.centreB.id,
        candidateId: world.candidateInB.id,
        reference: "E1",
        title: "B's log",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        submittedById: world.candidateUserB.id,
      },
    });
    const before = await standardisationCounts(world.centreA.id);
    const asIqa = as(world, world.iqa.id);
    expect(
      await runAction(openStandardisationExercise, asIqa, exercise(world, { participantUserIds: [world.amy.id, world.amy.id] })),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { participantUserIds: ["Choose each one once."] } });
    expect(await runAction(openStandardisationExercise, asIqa, exercise(world, { participantUserIds: [world.amy.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { participantUserIds: ["Choose at least two people to judge the evidence."] },
    });
    expect(
      await runAction(openStandardisationExercise, asIqa, exercise(world, { criterionIds: [world.unitB.criteria[0]!.id] })),
    ).toMatchObject({ ok: false, fieldErrors: { criterionIds: ["Choose criteria of this unit."] } });
    expect(await runAction(openStandardisationExercise, asIqa, exercise(world, { evidenceItemId: evidenceInB.id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { evidenceItemId: ["Choose an evidence item of this centre."] },
    });
    expect(
      await runAction(openStandardisationExercise, asIqa, exercise(world, { participantUserIds: [world.amy.id, world.assessorB.user.id] })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(openStandardisationExercise, asIqa, exercise(world, { title: "", criterionIds: [] }))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { title: ["Give the exercise a title."], criterionIds: ["Choose at least one criterion to judge."] },
    });
    expect(await runAction(openStandardisationExercise, as(world, world.amy.id), exercise(world))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await standardisationCounts(world.centreA.id)).toEqual(before);
  });
});

/** Alan and Sam judge; Amy is shown nothing of theirs until she has judged herself. */
async function runJudgementsKeepingAmyLast(world: World, exerciseId: string, amy: Awaited<ReturnType<typeof accessOf>>) {
  const [c11, c12, c13] = world.unitA.criteria.map((criterion) => criterion.id) as [string, string, string];
  for (const [userId, outcome, met] of [
    [world.assessorA.user.id, "NOT_YET_ACHIEVED", [c12, c11]],
    [world.shared.user.id, "ACHIEVED", [c11, c12, c13]],
  ] as const) {
    const result = await runAction(judgeStandardisationExercise, as(world, userId), {
      exerciseId,
      outcome,
      criteriaMetIds: met,
      rationale: "My reasons.",
    });
    expect(result.ok).toBe(true);
  }
  const notYet = await getStandardisationExercise(amy, exerciseId);
  expect(notYet).toMatchObject({ judgementsVisible: false, comparison: null, judgements: [], myJudgement: null, may: { judge: true } });
  expect(notYet.participants.filter((person) => person.judged).map((person) => person.name)).toEqual(["Alan Assessor", "Sam Shared"]);
  const result = await runAction(judgeStandardisationExercise, as(world, world.amy.id), {
    exerciseId,
    outcome: "NOT_YET_ACHIEVED",
    criteriaMetIds: [c11],
    rationale: "Only the cause is identified.",
  });
  expect(result.ok).toBe(true);
  const judged = await getStandardisationExercise(amy, exerciseId);
  expect(judged).toMatchObject({ judgementsVisible: true, may: { judge: false } });
  expect(judged.judgements).toHaveLength(3);
  return { c11, c12, c13 };
}

describe("bounds on standardisation input (review F7, F4 and finding 10)", () => {
  const now = { now: new Date("2026-03-11T10:00:00Z") };

  it("a meeting: dated from 2000 to today, actions due from today to two years ahead, at most 10 actions, each once; nothing changes", async () => {
    const world = await createWorld();
    const before = await standardisationCounts(world.centreA.id);
    const asIqa = as(world, world.iqa.id);
    const action = (dueOn: string, description = "Re-read the guidance.") => ({ ownerUserId: world.amy.id, description, dueOn });
    // Held in 1900 with actions due in 1900: refused by the schema, beside the field.
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { heldOn: "1900-01-01", actions: [action("1900-02-01")] }), now),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { heldOn: [dateBoundMessages.tooEarly], "actions.0.dueOn": [dateBoundMessages.tooEarly] },
    });
    // Held last month, but the action was due last week (already overdue), or in 9999.
    expect(
      await runAction(
        recordStandardisationMeeting,
        asIqa,
        meeting(world, {
          heldOn: "2026-02-10",
          actions: [action("2026-03-04"), action("9999-12-31", "Another"), action("2028-03-12", "Third")],
        }),
        now,
      ),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        "actions.0.dueOn": [dateBoundMessages.dueInPast],
        "actions.1.dueOn": [dateBoundMessages.dueTooFar],
        "actions.2.dueOn": [dateBoundMessages.dueTooFar],
      },
    });
    const eleven = Array.from({ length: 11 }, (_, i) => action("2026-04-10", `Action ${i}`));
    expect(await runAction(recordStandardisationMeeting, asIqa, meeting(world, { actions: eleven }), now)).toMatchObject({
      ok: false,
      fieldErrors: { actions: ["Record at most 10 actions at once."] },
    });
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { actions: [action("2026-04-10"), action("2026-04-10")] }), now),
    ).toMatchObject({ ok: false, fieldErrors: { "actions.1.description": ["This action is listed twice: remove one."] } });
    // Id lists: each once, and at most 100.
    expect(
      await runAction(recordStandardisationMeeting, asIqa, meeting(world, { attendeeUserIds: [world.amy.id, world.amy.id] }), now),
    ).toMatchObject({ ok: false, fieldErrors: { attendeeUserIds: ["Choose each one once."] } });
    expect(
      await runAction(
        recordStandardisationMeeting,
        asIqa,
        meeting(world, { unitIds: Array.from({ length: 101 }, () => crypto.randomUUID()) }),
        now,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { unitIds: ["Choose at most 100."] } });
    expect(await runAction(recordStandardisationMeeting, asIqa, meeting(world, { otherAttendees: "x".repeat(1001) }), now)).toMatchObject({
      ok: false,
      fieldErrors: { otherAttendees: ["Use at most 1000 characters."] },
    });
    expect(await standardisationCounts(world.centreA.id)).toEqual(before);
    // The edges are allowed: due today and exactly two years ahead.
    const edges = meeting(world, { heldOn: "2026-03-11", actions: [action("2026-03-11"), action(addYears("2026-03-11", 2), "Later")] });
    expect(await runAction(recordStandardisationMeeting, asIqa, edges, now)).toMatchObject({ ok: true });
  });

  it("an exercise: the evidence item must be of a candidate on the qualification with criteria of the unit; criteria at most 100; nothing changes", async () => {
    const world = await createWorld();
    const before = await standardisationCounts(world.centreA.id);
    const asIqa = as(world, world.iqa.id);
    const refusal = "Choose an evidence item of a candidate on this qualification, cross-referenced to criteria of this unit.";
    // The centre's witness evidence is cross-referenced to no criterion of unit A.
    expect(
      await runAction(openStandardisationExercise, asIqa, exercise(world, { evidenceItemId: world.inCentreA.witnessEvidence.id })),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { evidenceItemId: [refusal] } });
    // An evidence item of this centre's candidate on another qualification.
    const other = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `Y/${world.centreA.id}`,
        title: "Other",
        level: 2,
        ruleOfCombination: {},
      },
    });
    const onOther = await db().candidate.create({
      data: {
        centreId: world.centreA.id,
        name: "Olive Other",
        email: "olive@example.org",
        dateOfBirth: new Date("2000-05-01"),
        qualificationId: other.id,
        entryType: "FULL_AWARD",
        startDate: new Date("2026-01-05"),
      },
    });
    const evidenceOnOther = await db().evidenceItem.create({
      data: {
        centreId: world.centreA.id,
        candidateId: onOther.id,
        reference: "E9",
        title: "Another qualification's log",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        submittedById: world.iqa.id,
        criteria: { create: [{ centreId: world.centreA.id, criterionId: world.unitA.criteria[0]!.id }] },
      },
    });
    expect(await runAction(openStandardisationExercise, asIqa, exercise(world, { evidenceItemId: evidenceOnOther.id }))).toMatchObject({
      ok: false,
      fieldErrors: { evidenceItemId: [refusal] },
    });
    expect(
      await runAction(
        openStandardisationExercise,
        asIqa,
        exercise(world, { criterionIds: Array.from({ length: 101 }, () => crypto.randomUUID()) }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { criterionIds: ["Choose at most 100."] } });
    const snapshot = await standardisationCounts(world.centreA.id);
    expect({ ...snapshot, exercises: snapshot.exercises.length }).toEqual({ ...before, exercises: before.exercises.length });
  });

  it("a participant with a conflict in force with the evidence's candidate is not given the item or the candidate; once it ends, they are", async () => {
    const world = await createWorld();
    const exerciseId = await openExercise(world);
    // Sam Shared declared a conflict with the candidate (still in force); Amy did not.
    const sam = await accessOf(world.shared.user.id, world.centreA.id);
    const amy = await accessOf(world.amy.id, world.centreA.id);
    const samView = await getStandardisationExercise(sam, exerciseId);
    expect(samView.evidenceItem).toEqual({ conflicted: true });
    expect(JSON.stringify(samView)).not.toContain(world.inCentreA.evidence.candidateId);
    expect((await getStandardisationExercise(amy, exerciseId)).evidenceItem).toMatchObject({
      conflicted: false,
      id: world.inCentreA.evidence.id,
      candidateId: world.inCentreA.evidence.candidateId,
    });
    await db().conflictOfInterestDeclaration.update({
      where: { id: world.inCentreA.conflict.id },
      data: { endedOn: new Date(`${addDays(new Date().toISOString().slice(0, 10), -1)}T00:00:00Z`) },
    });
    expect((await getStandardisationExercise(sam, exerciseId)).evidenceItem).toMatchObject({
      conflicted: false,
      id: world.inCentreA.evidence.id,
    });
  });
});
