import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { hasProblems } from "@/lib/rules/findings";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { witnessStatementFindings } from "./findings";
import { getWitnessStatement } from "./queries";
import { recordWitnessStatement } from "./record-witness-statement";
import type { RecordWitnessStatementInput } from "./schemas";

const db = () => getPrisma();

function complete(world: AssessmentWorld): RecordWitnessStatementInput {
  return {
    candidateId: world.candidateInA.id,
    form: "WRITTEN",
    title: "Team leader saw a complaint resolved",
    witnessName: "Wendy Witness",
    witnessJobTitle: "Team leader",
    witnessContactDetails: "01632 960 123",
    relationshipToCandidate: "Line manager for two years",
    activityDate: "2026-03-02",
    activityTime: "10:30",
    venue: "Contact centre, Leeds",
    description: "Cara listened to the customer, apologised and agreed a refund within policy.",
    writtenOn: "2026-03-03",
    signedOrConfirmedByWitness: true,
    witnessIsRelative: false,
    writtenByCandidate: false,
    isExpertWitness: false,
    expertInOccupationSince: "",
    criterionIds: [world.unitA.criteria[2]!.id, world.unitB.criteria[0]!.id],
    authenticityCheckedOn: "2026-03-04",
    authenticityCheckMethod: "Phoned the witness",
    fileIds: [],
  };
}

describe("recording a witness statement", () => {
  it("creates the evidence item (next reference, awaiting judgement), its criteria and the statement in one go", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const result = await runAction(recordWitnessStatement, actor, complete(world));
    expect(result).toMatchObject({ ok: true, data: { reference: "E3", acceptable: true, findings: [] } });
    if (!result.ok) return;
    const evidence = await db().evidenceItem.findUniqueOrThrow({
      where: { id: result.data.evidenceItemId },
      include: { criteria: true, witnessStatement: true },
    });
    expect(evidence).toMatchObject({
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      reference: "E3",
      method: "WITNESS_TESTIMONY",
      status: "AWAITING_JUDGEMENT",
      submittedById: world.assessorA.user.id,
    });
    expect(evidence.criteria.map((c) => c.criterionId).sort()).toEqual([world.unitA.criteria[2]!.id, world.unitB.criteria[0]!.id].sort());
    expect(evidence.witnessStatement).toMatchObject({
      id: result.data.statementId,
      form: "WRITTEN",
      witnessName: "Wendy Witness",
      venue: "Contact centre, Leeds",
      authenticityCheckedById: world.assessorA.user.id,
      authenticityCheckMethod: "Phoned the witness",
      expertInOccupationSince: null,
    });
    expect(evidence.witnessStatement?.authenticityCheckedOn?.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(await witnessStatementFindings(db(), world.centreA.id, evidence.id)).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "witnessStatement.record" } });
    expect(audit).toMatchObject({ targetType: "WitnessStatement", targetId: result.data.statementId });
    expect(audit.summary).toMatchObject({ evidenceReference: "E3", criteria: ["1.3", "1.1"], findings: [] });
  });

  it("keeps a statement with missing contents, returns the rule's findings, and the stored findings say the same", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const result = await runAction(recordWitnessStatement, actor, {
      ...complete(world),
      form: "RECORDED_BY_ASSESSOR",
      venue: "",
      witnessContactDetails: "",
      signedOrConfirmedByWitness: false,
      isExpertWitness: true,
      expertInOccupationSince: "2025-12-01",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.acceptable).toBe(false);
    const codes = result.data.findings.map((finding) => finding.code);
    expect(codes).toEqual(["witness.missing-contents", "witness.not-confirmed", "witness.expert-short-experience"]);
    expect(result.data.findings[0]!.message).toBe(
      "The witness statement does not give the venue of the activity and the witness's contact details.",
    );
    const stored = await witnessStatementFindings(db(), world.centreA.id, result.data.evidenceItemId);
    expect(stored).toEqual(result.data.findings);
    expect(hasProblems(stored)).toBe(true);
    const evidence = await db().evidenceItem.findUniqueOrThrow({ where: { id: result.data.evidenceItemId } });
    expect(evidence.method).toBe("EXPERT_WITNESS_TESTIMONY");
    // Another centre asking about the item learns nothing.
    expect(await witnessStatementFindings(db(), world.centreB.id, result.data.evidenceItemId)).toEqual([]);
  });

  it("finds a relative's statement and one the candidate wrote unacceptable", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(recordWitnessStatement, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...complete(world),
      witnessIsRelative: true,
      writtenByCandidate: true,
    });
    expect(result).toMatchObject({ ok: true, data: { acceptable: false } });
    if (!result.ok) return;
    expect(result.data.findings.map((finding) => finding.code)).toEqual(["witness.related-to-candidate", "witness.written-by-candidate"]);
  });

  it("refuses bad input with messages next to the fields and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(recordWitnessStatement, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...complete(world),
      witnessName: "\u200B",
      activityDate: "2026-02-30",
      criterionIds: [],
      isExpertWitness: true,
      expertInOccupationSince: "",
      authenticityCheckMethod: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        witnessName: [expect.stringMatching(/visible text/)],
        activityDate: [expect.stringMatching(/real date/)],
        criterionIds: [expect.stringMatching(/criteria/)],
        expertInOccupationSince: [expect.any(String)],
        authenticityCheckMethod: [expect.stringMatching(/how you checked/)],
      },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses a criterion of another qualification, and another centre's candidate is not found", async () => {
    const world = await createAssessmentWorld();
    const other = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `O/${world.centreA.id}`,
        title: "Other",
        level: 2,
        ruleOfCombination: {},
      },
    });
    const unit = await db().unit.create({
      data: { qualificationId: other.id, urn: "X/1", title: "Other unit", credit: 1, level: 2, glh: 8, group: "A" },
    });
    const outcome = await db().learningOutcome.create({ data: { unitId: unit.id, ref: "1", position: 1 } });
    const foreign = await db().assessmentCriterion.create({
      data: { unitId: unit.id, learningOutcomeId: outcome.id, ref: "1.1", text: "Other", position: 1 },
    });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const wrongCriterion = await runAction(recordWitnessStatement, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...complete(world),
      criterionIds: [foreign.id],
    });
    expect(wrongCriterion).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { criterionIds: [expect.any(String)] } });
    const fromB = await runAction(recordWitnessStatement, world.actor(world.assessorB.user.id, world.centreB.id), complete(world));
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses an assessor who declared a conflict with the candidate, and a candidate", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const conflicted = await runAction(recordWitnessStatement, world.actor(world.shared.user.id, world.centreA.id), complete(world));
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/social connection with you/) });
    const candidate = await runAction(recordWitnessStatement, world.actor(world.candidateA.user.id, world.centreA.id), complete(world));
    expect(candidate).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("attaches the candidate's uploaded files; another candidate's file refuses the whole save", async () => {
    const world = await createAssessmentWorld();
    const file = (candidateId: string, centreId: string, name: string) =>
      db().storedFile.create({
        data: {
          centreId,
          candidateId,
          storageKey: `test/${name}/${candidateId}`,
          fileName: `${name}.jpg`,
          contentType: "image/jpeg",
          byteSize: 10,
          sha256: "0".repeat(64),
          uploadedById: world.assessorA.user.id,
        },
      });
    const own = await file(world.candidateInA.id, world.centreA.id, "own");
    const foreign = await file(world.candidateInB.id, world.centreB.id, "foreign");
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const refused = await runAction(recordWitnessStatement, actor, { ...complete(world), fileIds: [own.id, foreign.id] });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { fileIds: [expect.any(String)] } });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    const saved = await runAction(recordWitnessStatement, actor, { ...complete(world), fileIds: [own.id] });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: own.id } })).evidenceItemId).toBe(saved.data.evidenceItemId);
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: foreign.id } })).evidenceItemId).toBeNull();
  });
});

describe("reading a witness statement", () => {
  it("shows the statement and its findings to the centre's staff and the candidate; another centre gets not found", async () => {
    const world = await createAssessmentWorld();
    const saved = await runAction(recordWitnessStatement, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...complete(world),
      venue: "",
    });
    if (!saved.ok) throw new Error(saved.message);
    const accessOf = (userId: string, centreId: string) =>
      resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);
    const asCandidate = await getWitnessStatement(
      await accessOf(world.candidateA.user.id, world.centreA.id),
      world.candidateInA.id,
      saved.data.statementId,
    );
    expect(asCandidate.statement.witnessName).toBe("Wendy Witness");
    expect(asCandidate.checkedBy).toBe("Alan Assessor");
    expect(asCandidate.findings.map((f) => f.code)).toEqual(["witness.missing-contents"]);
    await expect(
      getWitnessStatement(await accessOf(world.assessorB.user.id, world.centreB.id), world.candidateInB.id, saved.data.statementId),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getWitnessStatement(await accessOf(world.assessorB.user.id, world.centreB.id), world.candidateInA.id, saved.data.statementId),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
