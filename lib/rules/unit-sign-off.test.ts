import { describe, expect, it } from "vitest";
import { criteriaOfUnit } from "@/lib/qualifications/ocr-10380-assessment-criteria";
import { checkUnitSignOff, type EvidenceForSignOff, type SignOffRequest } from "./unit-sign-off";

// Resolve customers' complaints: LO1 (1.1–1.8) and LO2 (2.1–2.9).
const criteria = (criteriaOfUnit("R/506/2151") ?? []).map((criterion) => criterion.ref);
const lo1 = criteria.filter((ref) => ref.startsWith("1."));
const lo2 = criteria.filter((ref) => ref.startsWith("2."));

const evidence = (overrides: Partial<EvidenceForSignOff> & Pick<EvidenceForSignOff, "id" | "criteriaRefs">): EvidenceForSignOff => ({
  label: `Evidence ${overrides.id}`,
  method: "observation",
  accepted: true,
  simulated: false,
  ...overrides,
});

const ready: SignOffRequest = {
  unit: { urn: "R/506/2151", title: "Resolve customers' complaints", kind: "competence", criteriaRefs: criteria },
  evidence: [
    evidence({ id: "obs1", label: "Observation 12 March", criteriaRefs: lo2 }),
    evidence({ id: "pd1", label: "Professional discussion", method: "professionalDiscussion", criteriaRefs: lo1 }),
  ],
  candidateDeclarationSignedOn: "2025-03-20",
  assessor: { competentUnitUrns: ["R/506/2151"] },
};

const codes = (request: SignOffRequest) => checkUnitSignOff(request).findings.map((finding) => finding.code);

describe("unit sign-off readiness", () => {
  it("handbook 5.8: ready when accepted evidence covers every assessment criterion", () => {
    expect(criteria).toHaveLength(17);
    expect(checkUnitSignOff(ready)).toEqual({ ready: true, uncoveredCriteriaRefs: [], findings: [] });
  });

  it("handbook 5.8, 5.10: every criterion must be covered; the uncovered ones are listed", () => {
    const result = checkUnitSignOff({ ...ready, evidence: [evidence({ id: "obs1", criteriaRefs: lo2.slice(2) })] });
    expect(result.ready).toBe(false);
    expect(result.uncoveredCriteriaRefs).toEqual([...lo1, "2.1", "2.2"]);
  });

  it("handbook 5.8: evidence not yet accepted by the assessor does not count", () => {
    const result = checkUnitSignOff({
      ...ready,
      evidence: [ready.evidence[0] as EvidenceForSignOff, evidence({ id: "pd1", accepted: false, criteriaRefs: lo1 })],
    });
    expect(result.uncoveredCriteriaRefs).toEqual(lo1);
  });

  it("handbook 5.5: simulation is not accepted for a competence unit", () => {
    const simulated = {
      ...ready,
      evidence: [evidence({ id: "sim", simulated: true, criteriaRefs: lo2 }), ready.evidence[1] as EvidenceForSignOff],
    };
    expect(codes(simulated)).toEqual(["sign-off.simulation", "sign-off.criteria-not-covered"]);
  });

  it("handbook 5.5, 5.18: simulated work may evidence a knowledge unit", () => {
    const knowledge = {
      ...ready,
      unit: { ...ready.unit, kind: "knowledge" as const },
      evidence: [evidence({ id: "case", method: "assignment", simulated: true, criteriaRefs: criteria })],
    };
    expect(checkUnitSignOff(knowledge).ready).toBe(true);
  });

  it("handbook 5.16: a witness statement cannot evidence a whole unit", () => {
    const witnessed = { ...ready, evidence: [evidence({ id: "ws", method: "witnessStatement", criteriaRefs: criteria })] };
    expect(codes(witnessed)).toEqual(["sign-off.witness-whole-unit"]);
  });

  it("handbook 5.16: criteria evidenced only by witness testimony are flagged for the assessor to check", () => {
    const mixed = {
      ...ready,
      evidence: [ready.evidence[1] as EvidenceForSignOff, evidence({ id: "ws", method: "expertWitnessStatement", criteriaRefs: lo2 })],
    };
    const result = checkUnitSignOff(mixed);
    expect(result.ready).toBe(true);
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([["sign-off.witness-only-criteria", "warning"]]);
  });

  it("handbook 5.17: a personal statement counts only once a witness has authenticated it", () => {
    const statement = evidence({ id: "ps", method: "personalStatement", criteriaRefs: lo1 });
    expect(codes({ ...ready, evidence: [ready.evidence[0] as EvidenceForSignOff, statement] })).toEqual([
      "sign-off.personal-statement-not-authenticated",
      "sign-off.criteria-not-covered",
    ]);
    expect(
      checkUnitSignOff({ ...ready, evidence: [ready.evidence[0] as EvidenceForSignOff, { ...statement, authenticatedBy: "Team leader" }] })
        .ready,
    ).toBe(true);
  });

  it("handbook 5.7: the candidate's authenticity declaration must be signed", () => {
    expect(codes({ ...ready, candidateDeclarationSignedOn: null })).toEqual(["sign-off.declaration-not-signed"]);
  });

  it("handbook 4.2: the assessor must be occupationally competent for the unit", () => {
    expect(codes({ ...ready, assessor: { competentUnitUrns: ["L/506/2150"] } })).toEqual(["sign-off.assessor-not-competent"]);
  });

  it("handbook 5.5-5.17, 4.2: every unmet condition is returned, not just the first", () => {
    const result = checkUnitSignOff({
      ...ready,
      evidence: [evidence({ id: "sim", simulated: true, criteriaRefs: lo1 })],
      candidateDeclarationSignedOn: null,
      assessor: { competentUnitUrns: [] },
    });
    expect(result.findings.map((finding) => finding.code)).toEqual([
      "sign-off.simulation",
      "sign-off.criteria-not-covered",
      "sign-off.declaration-not-signed",
      "sign-off.assessor-not-competent",
    ]);
  });
});
