import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { updateEvidenceCriteria } from "@/lib/evidence/update-evidence-criteria";
import { witnessStatementFindings } from "./findings";
import { recordWitnessStatement } from "./record-witness-statement";
import type { RecordWitnessStatementInput, UpdateWitnessStatementInput } from "./schemas";
import { updateWitnessStatement } from "./update-witness-statement";

const db = () => getPrisma();
const asAssessor = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);

function incomplete(world: AssessmentWorld): RecordWitnessStatementInput {
  return {
    candidateId: world.candidateInA.id,
    form: "RECORDED_BY_ASSESSOR",
    title: "Team leader on a call-back",
    witnessName: "Wendy Witness",
    witnessJobTitle: "Team leader",
    witnessContactDetails: "",
    relationshipToCandidate: "Line manager",
    activityDate: "2026-03-02",
    activityTime: "10:30",
    venue: "Leeds",
    description: "Called the customer back as promised.",
    writtenOn: "2026-03-03",
    signedOrConfirmedByWitness: false,
    witnessIsRelative: false,
    writtenByCandidate: false,
    isExpertWitness: false,
    expertInOccupationSince: "",
    criterionIds: [world.unitA.criteria[0]!.id],
    authenticityCheckedOn: "",
    authenticityCheckMethod: "",
    fileIds: [],
  };
}

async function recorded(world: AssessmentWorld) {
  const result = await runAction(recordWitnessStatement, asAssessor(world), incomplete(world));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

function correction(world: AssessmentWorld, statementId: string, version: number, changes: Partial<UpdateWitnessStatementInput> = {}) {
  const { candidateId: _candidate, ...fields } = incomplete(world);
  return { statementId, version, evidenceVersion: 1, ...fields, ...changes } satisfies UpdateWitnessStatementInput;
}

describe("correcting a witness statement", () => {
  it("puts right what the rule listed; the criteria and the evidence item follow; a stale version is refused", async () => {
    const world = await createAssessmentWorld();
    const { statementId, evidenceItemId } = await recorded(world);
    expect((await witnessStatementFindings(db(), world.centreA.id, evidenceItemId)).map((f) => f.code)).toEqual([
      "witness.missing-contents",
      "witness.not-confirmed",
    ]);
    const fixed = await runAction(
      updateWitnessStatement,
      asAssessor(world),
      correction(world, statementId, 1, {
        witnessContactDetails: "01632 960 123",
        signedOrConfirmedByWitness: true,
        isExpertWitness: true,
        expertInOccupationSince: "2015-01-01",
        criterionIds: [world.unitA.criteria[1]!.id, world.unitB.criteria[0]!.id],
        authenticityCheckedOn: "2026-03-04",
        authenticityCheckMethod: "Phoned the witness",
      }),
    );
    expect(fixed).toMatchObject({ ok: true, data: { acceptable: true, findings: [] } });
    expect(await witnessStatementFindings(db(), world.centreA.id, evidenceItemId)).toEqual([]);
    const evidence = await db().evidenceItem.findUniqueOrThrow({
      where: { id: evidenceItemId },
      include: { criteria: true, witnessStatement: true },
    });
    expect(evidence.method).toBe("EXPERT_WITNESS_TESTIMONY");
    expect(evidence.criteria.map((c) => c.criterionId).sort()).toEqual([world.unitA.criteria[1]!.id, world.unitB.criteria[0]!.id].sort());
    expect(evidence.witnessStatement).toMatchObject({
      version: 2,
      authenticityCheckedById: world.assessorA.user.id,
      witnessContactDetails: "01632 960 123",
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "witnessStatement.update" } });
    expect(audit.summary).toMatchObject({
      changed: expect.arrayContaining(["witnessContactDetails", "signedOrConfirmedByWitness", "expertInOccupationSince"]),
      findings: { before: ["witness.missing-contents", "witness.not-confirmed"], after: [] },
    });

    const stale = await runAction(updateWitnessStatement, asAssessor(world), correction(world, statementId, 1, { venue: "York" }));
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect((await db().witnessStatement.findUniqueOrThrow({ where: { id: statementId } })).venue).toBe("Leeds");
  });

  it("refuses a correction read before the candidate changed the evidence's criteria; nothing changes", async () => {
    const world = await createAssessmentWorld();
    const { statementId, evidenceItemId } = await recorded(world);
    // The assessor opens the correction form now (statement version 1, evidence version 1);
    // meanwhile the candidate links a further criterion to the evidence (evidence version 2).
    const candidateCriteria = [world.unitA.criteria[0]!.id, world.unitA.criteria[2]!.id];
    const byCandidate = await runAction(updateEvidenceCriteria, world.actor(world.candidateA.user.id, world.centreA.id), {
      evidenceItemId,
      version: 1,
      criterionIds: candidateCriteria,
    });
    expect(byCandidate).toMatchObject({ ok: true });
    const before = await centreAssessmentSnapshot(world.centreA.id);

    const stale = await runAction(updateWitnessStatement, asAssessor(world), correction(world, statementId, 1, { venue: "York" }));
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Someone changed this evidence while you were correcting the statement. Reload it, then correct it again.",
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    const evidence = await db().evidenceItem.findUniqueOrThrow({
      where: { id: evidenceItemId },
      include: { criteria: true, witnessStatement: true },
    });
    expect(evidence.criteria.map((c) => c.criterionId).sort()).toEqual([...candidateCriteria].sort());
    expect(evidence.version).toBe(2);
    expect(evidence.witnessStatement).toMatchObject({ version: 1, venue: "Leeds" });
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "witnessStatement.update" } })).toBe(0);

    // Reloaded (evidence version 2), the same correction goes through and keeps the candidate's criteria.
    const reloaded = await runAction(
      updateWitnessStatement,
      asAssessor(world),
      correction(world, statementId, 1, { evidenceVersion: 2, venue: "York", criterionIds: candidateCriteria }),
    );
    expect(reloaded).toMatchObject({ ok: true });
    const after = await db().evidenceItem.findUniqueOrThrow({
      where: { id: evidenceItemId },
      include: { criteria: true, witnessStatement: true },
    });
    expect(after.criteria.map((c) => c.criterionId).sort()).toEqual([...candidateCriteria].sort());
    expect(after.witnessStatement).toMatchObject({ version: 2, venue: "York" });
  });

  it("refuses once the evidence is judged, bad input, a conflicted assessor; another centre's statement is not found", async () => {
    const world = await createAssessmentWorld();
    const { statementId, evidenceItemId } = await recorded(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const bad = await runAction(
      updateWitnessStatement,
      asAssessor(world),
      correction(world, statementId, 1, { witnessName: "", criterionIds: [] }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { witnessName: [expect.any(String)], criterionIds: [expect.any(String)] },
    });
    const conflicted = await runAction(
      updateWitnessStatement,
      world.actor(world.shared.user.id, world.centreA.id),
      correction(world, statementId, 1),
    );
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT" });
    const fromB = await runAction(
      updateWitnessStatement,
      world.actor(world.assessorB.user.id, world.centreB.id),
      correction(world, statementId, 1),
    );
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);

    await db().evidenceItem.update({ where: { id: evidenceItemId }, data: { status: "REJECTED", rejectionReason: "Not confirmed" } });
    const judged = await runAction(updateWitnessStatement, asAssessor(world), correction(world, statementId, 1, { venue: "York" }));
    expect(judged).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/has been judged/) });
    expect((await db().witnessStatement.findUniqueOrThrow({ where: { id: statementId } })).venue).toBe("Leeds");
  });
});
