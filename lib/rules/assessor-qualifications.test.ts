import { describe, expect, it } from "vitest";
import {
  assessmentDecisionStanding,
  assessorQualificationStatus,
  checkIqaMayQualityAssure,
  iqaQualificationStatus,
} from "./assessor-qualifications";
import { builtInPolicies } from "./policies";

const policy = builtInPolicies.OCR.qualificationStatus;
const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe("assessor and IQA qualification status", () => {
  it("handbook 4.2: A1, D32, D33, CAVA and the Award in Assessing Competence are accepted assessor qualifications", () => {
    for (const code of ["A1", "D32", "D33", "CAVA", "AWARD_ASSESSING_COMPETENCE"]) {
      expect(assessorQualificationStatus([{ code, status: "achieved", evidenceOnFile: true }], policy).status).toBe("qualified");
    }
    expect(assessorQualificationStatus([{ code: "V1", status: "achieved", evidenceOnFile: true }], policy).status).toBe("notQualified");
  });

  it("handbook 4.4: V1, D34 and the Award in IQA are accepted IQA qualifications", () => {
    for (const code of ["V1", "D34", "AWARD_IQA"]) {
      expect(iqaQualificationStatus([{ code, status: "achieved", evidenceOnFile: true }], policy).status).toBe("qualified");
    }
    expect(iqaQualificationStatus([{ code: "A1", status: "achieved", evidenceOnFile: true }], policy).status).toBe("notQualified");
  });

  it("handbook 4.2: working towards an accepted qualification is allowed, and the result says so", () => {
    const result = assessorQualificationStatus([{ code: "CAVA", status: "workingTowards", evidenceOnFile: true }], policy);
    expect(result.status).toBe("workingTowards");
    expect(result.basis?.name).toBe("Certificate in Assessing Vocational Achievement (CAVA)");
  });

  it("handbook 4.2: a qualification without proof on file does not count", () => {
    const result = assessorQualificationStatus([{ code: "A1", status: "achieved", evidenceOnFile: false }], policy);
    expect(result.status).toBe("notQualified");
    expect(codes(result.findings)).toEqual(["qualification.evidence-missing", "qualification.none"]);
  });

  it("assessor roles: a decision by an assessor working towards the qualification needs a qualified assessor's countersignature before it counts", () => {
    expect(assessmentDecisionStanding({ assessorId: "a", assessorStatus: "workingTowards", countersignature: null })).toMatchObject({
      counts: false,
      needsCountersignature: true,
    });
    expect(
      assessmentDecisionStanding({
        assessorId: "a",
        assessorStatus: "workingTowards",
        countersignature: { byId: "b", byStatus: "qualified" },
      }),
    ).toEqual({
      counts: true,
      needsCountersignature: true,
      findings: [],
    });
  });

  it("assessor roles: the countersigner must be someone else, and qualified", () => {
    const standing = assessmentDecisionStanding({
      assessorId: "a",
      assessorStatus: "workingTowards",
      countersignature: { byId: "a", byStatus: "workingTowards" },
    });
    expect(standing.counts).toBe(false);
    expect(codes(standing.findings)).toEqual(["decision.self-countersigned", "decision.countersigner-not-qualified"]);
  });

  it("handbook 4.2: a qualified assessor's decision counts as it stands; an unqualified person's never does", () => {
    expect(assessmentDecisionStanding({ assessorId: "a", assessorStatus: "qualified", countersignature: null }).counts).toBe(true);
    expect(
      assessmentDecisionStanding({
        assessorId: "a",
        assessorStatus: "notQualified",
        countersignature: { byId: "b", byStatus: "qualified" },
      }).counts,
    ).toBe(false);
  });

  it("handbook 4.4: an IQA may not quality-assure their own assessment decisions", () => {
    expect(
      codes(checkIqaMayQualityAssure({ iqaId: "x", iqaStatus: "qualified", decision: { assessorId: "x", countersignedById: null } })),
    ).toEqual(["iqa.own-decision"]);
    expect(
      codes(checkIqaMayQualityAssure({ iqaId: "x", iqaStatus: "qualified", decision: { assessorId: "a", countersignedById: "x" } })),
    ).toEqual(["iqa.own-countersignature"]);
    expect(
      checkIqaMayQualityAssure({ iqaId: "x", iqaStatus: "qualified", decision: { assessorId: "a", countersignedById: null } }),
    ).toEqual([]);
  });

  it("handbook 4.4: an IQA must hold or be working towards an IQA qualification", () => {
    expect(
      codes(checkIqaMayQualityAssure({ iqaId: "x", iqaStatus: "notQualified", decision: { assessorId: "a", countersignedById: null } })),
    ).toEqual(["iqa.not-qualified"]);
    expect(
      checkIqaMayQualityAssure({ iqaId: "x", iqaStatus: "workingTowards", decision: { assessorId: "a", countersignedById: null } }),
    ).toEqual([expect.objectContaining({ code: "iqa.working-towards", severity: "warning" })]);
  });
});
