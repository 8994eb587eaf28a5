import { describe, expect, it } from "vitest";
import { assessorConflicts, iqaSamplingConflicts, type ConflictDeclaration } from "./conflicts-of-interest";

const parties = { candidateId: "cand-1", organisationIds: ["org-acme"], onDate: "2025-06-01" };

const declaration = (overrides: Partial<ConflictDeclaration>): ConflictDeclaration => ({
  id: "decl-1",
  staffId: "assessor-1",
  subject: { kind: "candidate", candidateId: "cand-1" },
  relationship: "family",
  declaredOn: "2025-01-15",
  ...overrides,
});

describe("conflicts of interest", () => {
  it("ICS A2: family, close personal, social, line-management and coaching relationships stop an assessor assessing the candidate", () => {
    for (const relationship of ["family", "closePersonal", "social", "lineManager", "coachOrMentor"] as const) {
      const [finding, ...rest] = assessorConflicts("assessor-1", parties, [declaration({ relationship })]);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: "problem", declarationId: "decl-1", source: "ICS assessor code A2" });
    }
  });

  it("ICS A2: the reason names the declaration it comes from", () => {
    expect(assessorConflicts("assessor-1", parties, [declaration({ relationship: "lineManager" })])[0]?.message).toBe(
      "You declared on 2025-01-15 that the candidate has a direct line-management relationship with you, so you may not assess them.",
    );
  });

  it("ICS A2: an employment relationship with the candidate's organisation stops the assessor", () => {
    const employer = declaration({ relationship: "employer", subject: { kind: "organisation", organisationId: "org-acme" } });
    expect(assessorConflicts("assessor-1", parties, [employer]).map((finding) => finding.code)).toEqual(["conflict.assessor.employer"]);
  });

  it("Naace eligibility to assess: an assessor who supported the school's self-review may not assess it", () => {
    const school = declaration({ relationship: "supportedSelfReview", subject: { kind: "organisation", organisationId: "org-acme" } });
    expect(assessorConflicts("assessor-1", parties, [school])[0]).toMatchObject({
      severity: "problem",
      code: "conflict.assessor.supportedSelfReview",
    });
  });

  it("Naace principle 9: general support does not stop the assessor but is flagged", () => {
    const general = declaration({ relationship: "generalSupport", subject: { kind: "organisation", organisationId: "org-acme" } });
    expect(assessorConflicts("assessor-1", parties, [general])[0]?.severity).toBe("warning");
  });

  it("ICS A2: declarations by other staff, about other candidates, or for ended relationships do not apply", () => {
    expect(
      assessorConflicts("assessor-1", parties, [
        declaration({ staffId: "assessor-2" }),
        declaration({ subject: { kind: "candidate", candidateId: "cand-2" } }),
        declaration({ relationship: "lineManager", endedOn: "2025-05-31" }),
      ]),
    ).toEqual([]);
    expect(assessorConflicts("assessor-1", parties, [declaration({ relationship: "lineManager", endedOn: "2025-06-02" })])).toHaveLength(1);
  });

  it("ICS A2: every conflicting declaration is returned", () => {
    const findings = assessorConflicts("assessor-1", parties, [
      declaration({ id: "a", relationship: "social" }),
      declaration({ id: "b", relationship: "employer", subject: { kind: "organisation", organisationId: "org-acme" } }),
    ]);
    expect(findings.map((finding) => finding.declarationId)).toEqual(["a", "b"]);
  });

  it("ICS A2: the same relationship stops an IQA sampling decisions for that candidate", () => {
    const findings = iqaSamplingConflicts("iqa-1", "assessor-1", parties, [
      declaration({ staffId: "iqa-1", relationship: "closePersonal" }),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "conflict.iqa.closePersonal", severity: "problem", declarationId: "decl-1" }),
    ]);
    expect(findings[0]?.message).toMatch(/may not sample assessment decisions for them/);
  });

  it("ICS A2: an IQA related to the assessor may not sample that assessor's decisions", () => {
    const related = declaration({ staffId: "iqa-1", subject: { kind: "staff", staffId: "assessor-1" }, relationship: "family" });
    expect(iqaSamplingConflicts("iqa-1", "assessor-1", parties, [related]).map((finding) => finding.code)).toEqual([
      "conflict.iqa-assessor.family",
    ]);
    expect(iqaSamplingConflicts("iqa-1", "assessor-2", parties, [related])).toEqual([]);
  });
});
