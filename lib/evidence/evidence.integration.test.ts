import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { addEvidence } from "./add-evidence";
import { judgeEvidence } from "./judge-evidence";
import { getEvidence, listEvidence } from "./queries";
import type { AddEvidenceInput, JudgeEvidenceInput } from "./schemas";
import { updateEvidenceCriteria } from "./update-evidence-criteria";

const db = () => getPrisma();
const asAssessorA = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);
const asCandidateA = (world: AssessmentWorld) => world.actor(world.candidateA.user.id, world.centreA.id);

function evidence(world: AssessmentWorld, change: Partial<AddEvidenceInput> = {}): AddEvidenceInput {
  return {
    candidateId: world.candidateInA.id,
    title: "Email to a customer about a late delivery",
    method: "WORK_PRODUCT",
    location: "Uploaded",
    description: "The reply I sent, with the customer's name removed.",
    fileIds: [],
    criterionIds: [world.unitA.criteria[0]!.id, world.unitB.criteria[1]!.id],
    anonymisationConfirmed: true,
    simulated: false,
    authenticatedBy: "",
    previousSubmissionId: "",
    ...change,
  };
}

function judgement(itemId: string, change: Partial<JudgeEvidenceInput> = {}): JudgeEvidenceInput {
  return { evidenceItemId: itemId, version: 1, outcome: "REJECT", criteria: [], rejectionReason: "", authenticatedBy: "", ...change };
}

async function storedFile(world: AssessmentWorld, candidateId: string) {
  const id = randomUUID();
  return db().storedFile.create({
    data: {
      id,
      centreId: world.centreA.id,
      candidateId,
      storageKey: `test/${id}`,
      fileName: "email.pdf",
      contentType: "application/pdf",
      byteSize: 999,
      sha256: "0".repeat(64),
      uploadedById: world.candidateA.user.id,
    },
  });
}

async function added(world: AssessmentWorld, change: Partial<AddEvidenceInput> = {}, actor = asCandidateA(world)) {
  const result = await runAction(addEvidence, actor, evidence(world, change));
  if (!result.ok) throw new Error(`evidence not added: ${JSON.stringify(result)}`);
  return result.data;
}

describe("adding evidence (RD04, RD10)", () => {
  it("the candidate adds their own evidence with a file: the next reference, awaiting judgement, criteria flagged as suggestions", async () => {
    const world = await createAssessmentWorld();
    const file = await storedFile(world, world.candidateInA.id);
    const result = await added(world, { fileIds: [file.id] });
    // The world already holds E1 and E2 for this candidate.
    expect(result.reference).toBe("E3");
    const item = await db().evidenceItem.findUniqueOrThrow({
      where: { id: result.evidenceItemId },
      include: { criteria: true, files: true },
    });
    expect(item).toMatchObject({
      centreId: world.centreA.id,
      status: "AWAITING_JUDGEMENT",
      anonymisationConfirmed: true,
      submittedById: world.candidateA.user.id,
      location: "Uploaded",
    });
    expect(item.criteria.map((row) => [row.criterionId, row.suggestedByCandidate, row.judgement]).sort()).toEqual(
      [
        [world.unitA.criteria[0]!.id, true, null],
        [world.unitB.criteria[1]!.id, true, null],
      ].sort(),
    );
    expect(item.files.map((row) => row.id)).toEqual([file.id]);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "evidence.add", targetId: item.id } })).toBe(1);
  });

  it("the assessor's cross-references are not suggestions", async () => {
    const world = await createAssessmentWorld();
    const result = await added(world, {}, asAssessorA(world));
    const rows = await db().evidenceCriterion.findMany({ where: { evidenceItemId: result.evidenceItemId } });
    expect(rows.every((row) => !row.suggestedByCandidate)).toBe(true);
  });

  it("refuses files without the anonymisation confirmation, and other bad input, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const file = await storedFile(world, world.candidateInA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(
      addEvidence,
      asCandidateA(world),
      evidence(world, { fileIds: [file.id], anonymisationConfirmed: false, title: "" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["anonymisationConfirmed", "title"]);
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses another candidate's files and criteria of another qualification", async () => {
    const world = await createAssessmentWorld();
    const other = await db().candidate.create({
      data: {
        ...world.candidateInA,
        id: undefined,
        userId: null,
        name: "Other",
        email: "o@test.example",
        createdAt: undefined,
        updatedAt: undefined,
      },
    });
    const theirs = await storedFile(world, other.id);
    const otherQualification = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `Y/${world.centreA.id.slice(0, 8)}`,
        title: "Other",
        level: 2,
        ruleOfCombination: { groups: [], rules: [] },
      },
    });
    const unit = await db().unit.create({
      data: { qualificationId: otherQualification.id, urn: "Y/1", title: "Y", credit: 1, level: 2, glh: 5, group: "A" },
    });
    const outcome = await db().learningOutcome.create({ data: { unitId: unit.id, ref: "1", position: 1 } });
    const foreignCriterion = await db().assessmentCriterion.create({
      data: { unitId: unit.id, learningOutcomeId: outcome.id, ref: "1.1", text: "Y", position: 1 },
    });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    expect(await runAction(addEvidence, asCandidateA(world), evidence(world, { fileIds: [theirs.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { fileIds: [expect.stringContaining("could not be attached")] },
    });
    expect(await runAction(addEvidence, asCandidateA(world), evidence(world, { criterionIds: [foreignCriterion.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { criterionIds: [expect.stringContaining("not a criterion")] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("a candidate cannot add to another candidate's portfolio, nor another centre's person to this one", async () => {
    const world = await createAssessmentWorld();
    const other = await db().candidate.create({
      data: {
        ...world.candidateInA,
        id: undefined,
        userId: null,
        name: "Other",
        email: "o2@test.example",
        createdAt: undefined,
        updatedAt: undefined,
      },
    });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    expect(await runAction(addEvidence, asCandidateA(world), evidence(world, { candidateId: other.id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runAction(addEvidence, world.actor(world.candidateUserB.id, world.centreB.id), evidence(world))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("concurrent additions for one candidate get distinct references", async () => {
    const world = await createAssessmentWorld();
    const results = await Promise.all(
      [0, 1, 2, 3].map((index) => runAction(addEvidence, asCandidateA(world), evidence(world, { title: `Item ${index}` }))),
    );
    const references = results.map((result) => (result.ok ? result.data.reference : "failed")).sort();
    expect(references).toEqual(["E3", "E4", "E5", "E6"]);
  });
});

describe("judging evidence", () => {
  it("accepts with a judgement per criterion, adjusting the candidate's suggestions", async () => {
    const world = await createAssessmentWorld();
    const { evidenceItemId } = await added(world);
    const result = await runAction(
      judgeEvidence,
      asAssessorA(world),
      judgement(evidenceItemId, {
        outcome: "ACCEPT",
        criteria: [
          { criterionId: world.unitA.criteria[0]!.id, judgement: "MET" },
          { criterionId: world.unitA.criteria[2]!.id, judgement: "PARTLY_MET" },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    const item = await db().evidenceItem.findUniqueOrThrow({ where: { id: evidenceItemId }, include: { criteria: true } });
    expect(item).toMatchObject({ status: "ACCEPTED", judgedById: world.assessorA.user.id, version: 2 });
    expect(item.criteria.map((row) => [row.criterionId, row.judgement, row.suggestedByCandidate]).sort()).toEqual(
      [
        [world.unitA.criteria[0]!.id, "MET", false],
        [world.unitA.criteria[2]!.id, "PARTLY_MET", false],
      ].sort(),
    );
  });

  it("rejects only with reasons; the candidate resubmits as a new item pointing back, and each keeps its own history", async () => {
    const world = await createAssessmentWorld();
    const first = await added(world);
    const noReason = await runAction(judgeEvidence, asAssessorA(world), judgement(first.evidenceItemId));
    expect(noReason).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { rejectionReason: [expect.stringContaining("Say why")] },
    });
    const reason = "The customer's email address can still be read.";
    expect((await runAction(judgeEvidence, asAssessorA(world), judgement(first.evidenceItemId, { rejectionReason: reason }))).ok).toBe(
      true,
    );
    await db().feedback.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        evidenceItemId: first.evidenceItemId,
        achieved: "A clear reply",
        nextSteps: "Hide the address",
        givenById: world.assessorA.user.id,
      },
    });

    const second = await added(world, { previousSubmissionId: first.evidenceItemId, title: "Email, address hidden" });
    expect(second.reference).toBe("E4");
    // The rejected item is unchanged: its reason and feedback stay with it.
    expect(await db().evidenceItem.findUniqueOrThrow({ where: { id: first.evidenceItemId } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: reason,
    });
    const again = await runAction(addEvidence, asCandidateA(world), evidence(world, { previousSubmissionId: first.evidenceItemId }));
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "E3 has already been resubmitted as E4." });

    const access = await resolveAccessContext(db(), {
      userId: world.candidateA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    const page = await getEvidence(access!, world.candidateInA.id, second.evidenceItemId);
    expect(page.earlier).toMatchObject([{ reference: "E3", status: "REJECTED", rejectionReason: reason }]);
    expect(page.item.feedback).toEqual([]);
    const firstPage = await getEvidence(access!, world.candidateInA.id, first.evidenceItemId);
    expect(firstPage.item.resubmissions).toMatchObject([{ reference: "E4" }]);
    expect(firstPage.item.feedback).toMatchObject([{ nextSteps: "Hide the address" }]);
    const list = await listEvidence(access!, world.candidateInA.id);
    expect(list.items.map((item) => item.reference)).toEqual(["E1", "E2", "E3", "E4"]);
  });

  it("cannot accept a witness statement the rule has problems with", async () => {
    const world = await createAssessmentWorld();
    // The world's witness statement has only the witness's name: the rule finds what is missing.
    const item = world.inCentreA.witnessEvidence;
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(
      judgeEvidence,
      asAssessorA(world),
      judgement(item.id, { outcome: "ACCEPT", criteria: [{ criterionId: world.unitA.criteria[0]!.id, judgement: "MET" }] }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("This witness statement cannot be accepted"),
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("a personal statement needs who authenticated it", async () => {
    const world = await createAssessmentWorld();
    const { evidenceItemId } = await added(world, { method: "PERSONAL_STATEMENT" });
    const accept = judgement(evidenceItemId, {
      outcome: "ACCEPT",
      criteria: [{ criterionId: world.unitA.criteria[0]!.id, judgement: "MET" }],
    });
    expect(await runAction(judgeEvidence, asAssessorA(world), accept)).toMatchObject({
      ok: false,
      fieldErrors: { authenticatedBy: [expect.any(String)] },
    });
    expect((await runAction(judgeEvidence, asAssessorA(world), { ...accept, authenticatedBy: "Team leader, Priya Shah" })).ok).toBe(true);
  });

  it("a candidate cannot judge; a conflicted assessor is refused; a stale version is refused", async () => {
    const world = await createAssessmentWorld();
    const { evidenceItemId } = await added(world);
    expect(await runAction(judgeEvidence, asCandidateA(world), judgement(evidenceItemId, { rejectionReason: "x" }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.shared.user.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    expect(
      await runAction(
        judgeEvidence,
        world.actor(world.shared.user.id, world.centreA.id),
        judgement(evidenceItemId, { rejectionReason: "x" }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await runAction(judgeEvidence, asAssessorA(world), judgement(evidenceItemId, { version: 2, rejectionReason: "x" })),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("Someone else changed this evidence"),
    });
    expect((await db().evidenceItem.findUniqueOrThrow({ where: { id: evidenceItemId } })).status).toBe("AWAITING_JUDGEMENT");
  });

  it("another centre's item is not found, like a missing one", async () => {
    const world = await createAssessmentWorld();
    const asB = world.actor(world.assessorB.user.id, world.centreB.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const foreign = await runAction(judgeEvidence, asB, judgement(world.inCentreA.evidence.id, { rejectionReason: "x" }));
    const missing = await runAction(judgeEvidence, asB, judgement(randomUUID(), { rejectionReason: "x" }));
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(missing);
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("changing an item's cross-references", () => {
  it("of two concurrent edits naming one version, the second is refused, not applied", async () => {
    const world = await createAssessmentWorld();
    const { evidenceItemId } = await added(world);
    const results = await Promise.all(
      [[world.unitA.criteria[1]!.id], [world.unitB.criteria[0]!.id]].map((criterionIds) =>
        runAction(updateEvidenceCriteria, asCandidateA(world), { evidenceItemId, version: 1, criterionIds }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: "CONFLICT" });
    const winner = results[0]!.ok ? world.unitA.criteria[1]!.id : world.unitB.criteria[0]!.id;
    const rows = await db().evidenceCriterion.findMany({ where: { evidenceItemId } });
    expect(rows.map((row) => row.criterionId)).toEqual([winner]);
    expect((await db().evidenceItem.findUniqueOrThrow({ where: { id: evidenceItemId } })).version).toBe(2);
  });

  it("judged evidence keeps its criteria; bad input and another centre change nothing", async () => {
    const world = await createAssessmentWorld();
    const { evidenceItemId } = await added(world);
    const bad = await runAction(updateEvidenceCriteria, asCandidateA(world), { evidenceItemId, version: 1, criterionIds: ["nope"] });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const foreign = await runAction(updateEvidenceCriteria, world.actor(world.candidateUserB.id, world.centreB.id), {
      evidenceItemId,
      version: 1,
      criterionIds: [],
    });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await runAction(judgeEvidence, asAssessorA(world), judgement(evidenceItemId, { rejectionReason: "Not legible" }));
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const judged = await runAction(updateEvidenceCriteria, asCandidateA(world), { evidenceItemId, version: 2, criterionIds: [] });
    expect(judged).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("has been judged") });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("reading the portfolio", () => {
  it("another centre's staff and another candidate find neither the list nor an item", async () => {
    const world = await createAssessmentWorld();
    const access = (userId: string, centreId: string) =>
      resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((value) => value!);
    const item = world.inCentreA.evidence;
    const assessorA = await access(world.assessorA.user.id, world.centreA.id);
    expect((await getEvidence(assessorA, world.candidateInA.id, item.id)).item.reference).toBe("E1");
    for (const outsider of [
      await access(world.assessorB.user.id, world.centreB.id),
      await access(world.candidateUserB.id, world.centreB.id),
    ]) {
      await expect(listEvidence(outsider, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getEvidence(outsider, world.candidateInA.id, item.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // An item of centre A named under centre B's own candidate is not found either.
    await expect(
      getEvidence(await access(world.assessorB.user.id, world.centreB.id), world.candidateInB.id, item.id),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
