import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { commentOnActivity } from "./comment-on-activity";
import { discardActivityDraft } from "./discard-activity-draft";
import { getActivity, recordActivityPageData } from "./queries";
import { recordActivity } from "./record-activity";
import { saveActivityDraft } from "./save-activity-draft";
import type { RecordActivityInput } from "./schemas";

const db = () => getPrisma();
const today = isoDay(new Date());

function observation(world: AssessmentWorld, change: Partial<RecordActivityInput> = {}): RecordActivityInput {
  return {
    clientDraftId: "",
    candidateId: world.candidateInA.id,
    method: "OBSERVATION",
    occurredOn: today,
    place: "Contact centre, Leeds",
    description: "Handled a refund complaint from first call to resolution.",
    criteria: [
      { criterionId: world.unitA.criteria[0]!.id, judgement: "MET", howMet: "" },
      { criterionId: world.unitA.criteria[1]!.id, judgement: "PARTLY_MET", howMet: "Explained the policy but not the exceptions." },
      { criterionId: world.unitB.criteria[0]!.id, judgement: "MET", howMet: "" },
    ],
    decision: "PARTLY_MET",
    simulated: false,
    fileIds: [],
    feedbackAchieved: "",
    feedbackNextSteps: "",
    candidateComment: "",
    busyDayJustification: "",
    ...change,
  };
}

async function storedFile(world: AssessmentWorld, candidateId: string, centreId = world.centreA.id, change: object = {}) {
  const id = randomUUID();
  return db().storedFile.create({
    data: {
      id,
      centreId,
      candidateId,
      storageKey: `test/${id}`,
      fileName: "photo.jpg",
      contentType: "image/jpeg",
      byteSize: 1234,
      sha256: "0".repeat(64),
      uploadedById: world.assessorA.user.id,
      ...change,
    },
  });
}

const asAssessorA = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);
const asCandidateA = (world: AssessmentWorld) => world.actor(world.candidateA.user.id, world.centreA.id);

/** Makes the world's awarding body the Institute of Customer Service (4 assessments a day, ICS A4). */
async function underIcsPolicy(world: AssessmentWorld) {
  await db().awardingBody.update({ where: { id: world.body.id }, data: { legalName: "Institute of Customer Service" } });
}

describe("recording an activity (RD09)", () => {
  it("records the activity with its criteria across units, photos and feedback, and removes the draft", async () => {
    const world = await createAssessmentWorld();
    const photo = await storedFile(world, world.candidateInA.id);
    const draft = await runAction(saveActivityDraft, asAssessorA(world), {
      clientDraftId: "draft-0001",
      content: { candidateId: world.candidateInA.id, description: "Handled a refund" },
    });
    expect(draft.ok).toBe(true);

    const result = await runAction(
      recordActivity,
      asAssessorA(world),
      observation(world, {
        clientDraftId: "draft-0001",
        fileIds: [photo.id],
        feedbackAchieved: "Calm, clear apology and a fair refund.",
        feedbackNextSteps: "Show how you would escalate.",
        candidateComment: "I felt confident.",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const activity = await db().assessmentActivity.findUniqueOrThrow({
      where: { id: result.data.activityId },
      include: { criteria: true, files: true, feedback: true },
    });
    expect(activity).toMatchObject({
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      assessorUserId: world.assessorA.user.id,
      method: "OBSERVATION",
      place: "Contact centre, Leeds",
      decision: "PARTLY_MET",
      candidateComment: "I felt confident.",
      busyDayJustification: null,
      version: 1,
    });
    expect(isoDay(activity.occurredOn)).toBe(today);
    const howMet = Object.fromEntries(activity.criteria.map((row) => [row.criterionId, [row.judgement, row.howMet]]));
    expect(howMet).toEqual({
      // An empty note records the description as how the criterion was met.
      [world.unitA.criteria[0]!.id]: ["MET", "Handled a refund complaint from first call to resolution."],
      [world.unitA.criteria[1]!.id]: ["PARTLY_MET", "Explained the policy but not the exceptions."],
      [world.unitB.criteria[0]!.id]: ["MET", "Handled a refund complaint from first call to resolution."],
    });
    expect(activity.files.map((file) => file.id)).toEqual([photo.id]);
    expect(activity.feedback).toHaveLength(1);
    expect(activity.feedback[0]).toMatchObject({
      candidateId: world.candidateInA.id,
      achieved: "Calm, clear apology and a fair refund.",
      nextSteps: "Show how you would escalate.",
      givenById: world.assessorA.user.id,
    });
    expect(await db().activityDraft.count({ where: { centreId: world.centreA.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "activities.record" } });
    expect(audit).toMatchObject({ actorUserId: world.assessorA.user.id, targetType: "AssessmentActivity", targetId: activity.id });
  });

  it("refuses bad input with a message next to the field and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(
      recordActivity,
      asAssessorA(world),
      observation(world, { criteria: [], description: "  ", feedbackAchieved: "Good", occurredOn: "2026-02-30x" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["criteria", "description", "feedbackNextSteps", "occurredOn"]);
    expect(result.fieldErrors?.criteria).toEqual(["Tick at least one assessment criterion the activity covers."]);
    const future = await runAction(recordActivity, asAssessorA(world), observation(world, { occurredOn: "2999-01-01" }));
    expect(future).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { occurredOn: ["The activity cannot be dated in the future."] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses criteria of another centre's typed-in units or of another qualification", async () => {
    const world = await createAssessmentWorld();
    // Centre B typed in criteria for a unit with no published content.
    const unitC = await db().unit.create({
      data: {
        qualificationId: world.qualification.id,
        urn: `C/${world.centreA.id.slice(0, 8)}/3`,
        title: "Typed in",
        credit: 2,
        level: 3,
        glh: 10,
        group: "B",
      },
    });
    const outcomeB = await db().learningOutcome.create({ data: { centreId: world.centreB.id, unitId: unitC.id, ref: "1", position: 1 } });
    const criterionB = await db().assessmentCriterion.create({
      data: { centreId: world.centreB.id, unitId: unitC.id, learningOutcomeId: outcomeB.id, ref: "1.1", text: "B's own", position: 1 },
    });
    const otherQualification = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `X/${world.centreA.id.slice(0, 8)}`,
        title: "Other",
        level: 2,
        ruleOfCombination: { groups: [], rules: [] },
      },
    });
    const otherUnit = await db().unit.create({
      data: { qualificationId: otherQualification.id, urn: "X/1", title: "Other unit", credit: 1, level: 2, glh: 5, group: "A" },
    });
    const otherOutcome = await db().learningOutcome.create({ data: { unitId: otherUnit.id, ref: "1", position: 1 } });
    const otherCriterion = await db().assessmentCriterion.create({
      data: { unitId: otherUnit.id, learningOutcomeId: otherOutcome.id, ref: "1.1", text: "Other", position: 1 },
    });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    for (const criterionId of [criterionB.id, otherCriterion.id]) {
      const result = await runAction(
        recordActivity,
        asAssessorA(world),
        observation(world, { criteria: [{ criterionId, judgement: "MET", howMet: "" }] }),
      );
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { criteria: [expect.stringContaining("not a criterion")] },
      });
    }
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses another candidate's files, or files already attached, and attaches nothing", async () => {
    const world = await createAssessmentWorld();
    const otherCandidate = await db().candidate.create({
      data: {
        ...world.candidateInA,
        id: undefined,
        userId: null,
        name: "Other Candidate",
        email: "other@test.example",
        createdAt: undefined,
        updatedAt: undefined,
      },
    });
    const theirs = await storedFile(world, otherCandidate.id);
    const attached = await storedFile(world, world.candidateInA.id, world.centreA.id, { activityId: world.inCentreA.activity.id });
    const mine = await storedFile(world, world.candidateInA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    for (const fileIds of [[mine.id, theirs.id], [attached.id]]) {
      const result = await runAction(recordActivity, asAssessorA(world), observation(world, { fileIds }));
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { fileIds: [expect.stringContaining("could not be attached")] },
      });
    }
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses an assessor with a declared conflict, saying why", async () => {
    const world = await createAssessmentWorld();
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.assessorA.user.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(recordActivity, asAssessorA(world), observation(world));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("asks for a justification on a day already at the policy's maximum, and stores it when given", async () => {
    const world = await createAssessmentWorld();
    await underIcsPolicy(world);
    for (let i = 0; i < 4; i++) {
      expect((await runAction(recordActivity, asAssessorA(world), observation(world))).ok).toBe(true);
    }
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const refused = await runAction(recordActivity, asAssessorA(world), observation(world));
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { busyDayJustification: [expect.stringContaining("You already have 4 assessments on this day")] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);

    const reason = "The candidate's only shift this month; agreed with the IQA.";
    const accepted = await runAction(recordActivity, asAssessorA(world), observation(world, { busyDayJustification: reason }));
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const stored = await db().assessmentActivity.findUniqueOrThrow({ where: { id: accepted.data.activityId } });
    expect(stored.busyDayJustification).toBe(reason);
    // Another day needs none.
    const otherDay = await runAction(recordActivity, asAssessorA(world), observation(world, { occurredOn: "2026-01-15" }));
    expect(otherDay.ok).toBe(true);
  });

  it("counts concurrent saves of one assessor's day against each other", async () => {
    const world = await createAssessmentWorld();
    await underIcsPolicy(world);
    for (let i = 0; i < 3; i++) expect((await runAction(recordActivity, asAssessorA(world), observation(world))).ok).toBe(true);
    const results = await Promise.all([0, 1].map(() => runAction(recordActivity, asAssessorA(world), observation(world))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.fieldErrors?.busyDayJustification)).toHaveLength(1);
  });

  it("another centre's candidate is not found, like a missing one", async () => {
    const world = await createAssessmentWorld();
    const asB = world.actor(world.assessorB.user.id, world.centreB.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const foreign = await runAction(recordActivity, asB, observation(world));
    const missing = await runAction(recordActivity, asB, observation(world, { candidateId: randomUUID() }));
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(missing);
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("a candidate cannot record an activity", async () => {
    const world = await createAssessmentWorld();
    expect(await runAction(recordActivity, asCandidateA(world), observation(world))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("activity drafts", () => {
  it("saves one row per browser draft, replaces it on each save, and discards only the person's own", async () => {
    const world = await createAssessmentWorld();
    const first = await runAction(saveActivityDraft, asAssessorA(world), {
      clientDraftId: "draft-abcdef",
      content: { description: "Started" },
    });
    expect(first.ok).toBe(true);
    const second = await runAction(saveActivityDraft, asAssessorA(world), {
      clientDraftId: "draft-abcdef",
      content: { description: "Started typing more", candidateId: world.candidateInA.id },
    });
    expect(second.ok).toBe(true);
    const rows = await db().activityDraft.findMany({ where: { centreId: world.centreA.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: world.assessorA.user.id,
      candidateId: world.candidateInA.id,
      content: { description: "Started typing more" },
    });

    // Read back for the page: the draft is offered to its own author only.
    const access = await resolveAccessContext(db(), {
      userId: world.assessorA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    expect((await recordActivityPageData(access!)).draft).toMatchObject({
      clientDraftId: "draft-abcdef",
      content: { description: "Started typing more" },
    });
    const other = await resolveAccessContext(db(), {
      userId: world.shared.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    expect((await recordActivityPageData(other!)).draft).toBeNull();

    // Someone else's discard of the same browser id leaves it alone.
    await runAction(discardActivityDraft, world.actor(world.shared.user.id, world.centreA.id), { clientDraftId: "draft-abcdef" });
    expect(await db().activityDraft.count({ where: { centreId: world.centreA.id } })).toBe(1);
    const discarded = await runAction(discardActivityDraft, asAssessorA(world), { clientDraftId: "draft-abcdef" });
    expect(discarded).toEqual({ ok: true, data: { discarded: 1 } });
    expect(await db().activityDraft.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });

  it("refuses control characters and another centre's candidate, saving nothing", async () => {
    const world = await createAssessmentWorld();
    const bad = await runAction(saveActivityDraft, asAssessorA(world), {
      clientDraftId: "draft-abcdef",
      content: { description: "a\u0000b" },
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const foreign = await runAction(saveActivityDraft, world.actor(world.assessorB.user.id, world.centreB.id), {
      clientDraftId: "draft-abcdef",
      content: { candidateId: world.candidateInA.id },
    });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().activityDraft.count()).toBe(0);
  });
});

describe("the candidate's comment on an activity", () => {
  it("is added by the candidate on their own activity, naming the version they read", async () => {
    const world = await createAssessmentWorld();
    const activity = world.inCentreA.activity;
    const result = await runAction(commentOnActivity, asCandidateA(world), {
      activityId: activity.id,
      version: 1,
      candidateComment: "I agree with the decision.",
    });
    expect(result).toEqual({ ok: true, data: { activityId: activity.id } });
    expect(await db().assessmentActivity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      candidateComment: "I agree with the decision.",
      version: 2,
    });
  });

  it("of two concurrent edits, the second (naming the old version) is refused, not applied", async () => {
    const world = await createAssessmentWorld();
    const activity = world.inCentreA.activity;
    const results = await Promise.all(
      ["First comment", "Second comment"].map((candidateComment) =>
        runAction(commentOnActivity, asCandidateA(world), { activityId: activity.id, version: 1, candidateComment }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("Someone else changed this activity") });
    const stored = await db().assessmentActivity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(stored.version).toBe(2);
    expect(stored.candidateComment).toBe(results[0]!.ok ? "First comment" : "Second comment");
  });

  it("refuses an empty comment, another candidate's activity and another centre's, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const empty = await runAction(commentOnActivity, asCandidateA(world), {
      activityId: world.inCentreA.activity.id,
      version: 1,
      candidateComment: " ",
    });
    expect(empty).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { candidateComment: ["Write your comment."] } });
    const foreign = await runAction(commentOnActivity, world.actor(world.candidateUserB.id, world.centreB.id), {
      activityId: world.inCentreA.activity.id,
      version: 1,
      candidateComment: "Not mine",
    });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // An assessor is not the candidate: they have no portfolio.own.
    const assessor = await runAction(commentOnActivity, asAssessorA(world), {
      activityId: world.inCentreA.activity.id,
      version: 1,
      candidateComment: "x",
    });
    expect(assessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("reading an activity", () => {
  it("shows the centre's staff and the candidate their activity; another centre and another candidate find nothing", async () => {
    const world = await createAssessmentWorld();
    const access = (userId: string, centreId: string) =>
      resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((value) => value!);
    const { activity } = world.inCentreA;
    const seen = await getActivity(await access(world.assessorA.user.id, world.centreA.id), world.candidateInA.id, activity.id);
    expect(seen.activity.criteria.map((row) => row.criterion.ref)).toEqual(["1.1"]);
    expect(
      (await getActivity(await access(world.candidateA.user.id, world.centreA.id), world.candidateInA.id, activity.id)).activity.id,
    ).toBe(activity.id);
    await expect(
      getActivity(await access(world.assessorB.user.id, world.centreB.id), world.candidateInA.id, activity.id),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      getActivity(await access(world.candidateUserB.id, world.centreB.id), world.candidateInB.id, activity.id),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
