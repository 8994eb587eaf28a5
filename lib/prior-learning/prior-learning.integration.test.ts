import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { decidePriorLearning } from "./decide-prior-learning";
import { priorLearningFor } from "./queries";
import { recordPriorLearning } from "./record-prior-learning";

const db = () => getPrisma();
const now = new Date("2026-03-10T10:00:00Z");
const asAssessorA = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);
const proposal = (world: AssessmentWorld, extra: Record<string, unknown> = {}) => ({
  candidateId: world.candidateInA.id,
  unitId: world.unitA.id,
  assessmentCriterionIds: [world.unitA.criteria[1]!.id, world.unitA.criteria[0]!.id],
  priorLearning: "Two years handling complaints at a call centre (2023–2025).",
  evidence: "Employer reference; in-house complaints course certificate.",
  ...extra,
});

describe("recognition of prior learning", () => {
  it("is recorded against a unit's criteria, then decided by the assessor with reasons and date; both audited", async () => {
    const world = await createAssessmentWorld();
    const recorded = await runAction(recordPriorLearning, asAssessorA(world), proposal(world), { now });
    expect(recorded.ok).toBe(true);
    const [claim] = await priorLearningFor(db(), { centreId: world.centreA.id, candidateId: world.candidateInA.id });
    expect(claim).toMatchObject({
      status: "PROPOSED",
      unit: { title: "Resolve complaints" },
      criteria: [{ ref: "1.1" }, { ref: "1.2" }],
      recordedBy: "Alan Assessor",
      version: 1,
    });

    const decided = await runAction(
      decidePriorLearning,
      asAssessorA(world),
      {
        candidateId: world.candidateInA.id,
        claimId: claim!.id,
        version: 1,
        decision: "ACCEPTED",
        decisionNotes: "Reference confirms 1.1 and 1.2; current (ended 2025).",
        decidedOn: "2026-03-10",
      },
      { now },
    );
    expect(decided.ok).toBe(true);
    const [after] = await priorLearningFor(db(), { centreId: world.centreA.id, candidateId: world.candidateInA.id });
    expect(after).toMatchObject({ status: "ACCEPTED", decidedBy: "Alan Assessor", version: 2 });
    expect(after!.decidedOn!.toISOString().slice(0, 10)).toBe("2026-03-10");

    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: { in: ["priorLearning.record", "priorLearning.decide"] } },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((event) => event.summary)).toMatchObject([
      { candidate: "Cara Candidate", unit: `${world.unitA.urn} Resolve complaints`, criteria: "1.1, 1.2" },
      { decision: "Accepted", decidedOn: "2026-03-10" },
    ]);

    // Decided once: a second decision on the new version is refused.
    const again = await runAction(
      decidePriorLearning,
      asAssessorA(world),
      {
        candidateId: world.candidateInA.id,
        claimId: claim!.id,
        version: 2,
        decision: "NOT_ACCEPTED",
        decisionNotes: "No",
        decidedOn: "2026-03-10",
      },
      { now },
    );
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a conflicted assessor, a stale version and a unit or criterion not the candidate's; nothing changes", async () => {
    const world = await createAssessmentWorld();
    // Sam Shared declared a social relationship with Cara: not blocking. A family one is.
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: world.shared.user.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    const asSam = world.actor(world.shared.user.id, world.centreA.id);
    const refused = await runAction(recordPriorLearning, asSam, proposal(world), { now });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!refused.ok) expect(refused.message).toContain("You declared");
    expect(await db().priorLearningClaim.count({ where: { centreId: world.centreA.id } })).toBe(0);

    const recorded = await runAction(recordPriorLearning, asAssessorA(world), proposal(world), { now });
    if (!recorded.ok) throw new Error(recorded.message);
    const claimId = (recorded.data as { claimId: string }).claimId;
    const decide = {
      candidateId: world.candidateInA.id,
      claimId,
      version: 1,
      decision: "ACCEPTED",
      decisionNotes: "Fine",
      decidedOn: "2026-03-10",
    };
    expect(await runAction(decidePriorLearning, asSam, decide, { now })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await runAction(decidePriorLearning, asAssessorA(world), { ...decide, version: 7 }, { now })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    expect(await runAction(decidePriorLearning, asAssessorA(world), { ...decide, decidedOn: "2026-03-01" }, { now })).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: [expect.stringContaining("before the prior learning was recorded")] },
    });
    expect(await db().priorLearningClaim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ status: "PROPOSED", version: 1 });

    const criterionOfOtherUnit = await runAction(
      recordPriorLearning,
      asAssessorA(world),
      proposal(world, { assessmentCriterionIds: [world.unitB.criteria[0]!.id] }),
      { now },
    );
    expect(criterionOfOtherUnit).toMatchObject({ ok: false, fieldErrors: { assessmentCriterionIds: [expect.any(String)] } });
    const blank = await runAction(recordPriorLearning, asAssessorA(world), proposal(world, { priorLearning: "  ", evidence: "" }), { now });
    expect(blank).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { priorLearning: [expect.any(String)], evidence: [expect.any(String)] },
    });
    // An IQA has no permission to record it.
    const iqa = await db().user.create({ data: { email: `iqa.${world.centreA.id}@test.example`, name: "Ivy Iqa" } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
    expect(await runAction(recordPriorLearning, world.actor(iqa.id, world.centreA.id), proposal(world), { now })).toMatchObject({
      ok: false,
    });
    expect(await db().priorLearningClaim.count({ where: { centreId: world.centreA.id } })).toBe(1);
  });
});
