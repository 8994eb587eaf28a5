import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((i) => i.label);

describe("navigation", () => {
  it("shows a centre admin staff, candidates' appeals and the audit trail", () => {
    expect(labels(["CENTRE_ADMIN"])).toEqual([
      "Home",
      "Candidates",
      "Certificate claims",
      "Direct claims status",
      "EV visits",
      "EV access",
      "Appeals",
      "Conflicts of interest",
      "Sampling",
      "IQA feedback",
      "Standardisation",
      "Staff",
      "Qualifications",
      "Audit trail",
    ]);
  });
  it("shows an external verifier the visits, their granted access and candidates, never the claims", () => {
    const ev = labels(["EXTERNAL_VERIFIER"]);
    expect(ev).toContain("EV visits");
    expect(ev).toContain("EV access");
    expect(ev).toContain("Candidates");
    expect(ev).not.toContain("Certificate claims");
    // The audit trail records every candidate, not only those granted to the verifier.
    expect(ev).not.toContain("Audit trail");
  });
  it("shows the head of centre the malpractice cases, and nobody else", () => {
    expect(labels(["CENTRE_ADMIN", "HEAD_OF_CENTRE"])).toContain("Malpractice");
    expect(labels(["CENTRE_ADMIN", "HEAD_OF_CENTRE"]).indexOf("Malpractice")).toBe(labels(["CENTRE_ADMIN"]).indexOf("Appeals") + 1);
    for (const role of ["CENTRE_ADMIN", "ASSESSOR", "IQA", "CANDIDATE", "EXTERNAL_VERIFIER", "AWARDING_BODY_STAFF"] as const) {
      expect(labels([role])).not.toContain("Malpractice");
    }
  });
  it("shows an assessor neither staff management nor the audit trail", () => {
    expect(labels(["ASSESSOR"])).toEqual([
      "Home",
      "Caseload",
      "Record an activity",
      "Candidates",
      "EV visits",
      "Conflicts of interest",
      "IQA feedback",
      "Standardisation",
      "Professional record",
      "Qualifications",
    ]);
  });
  it("combines the roles a person holds at one centre", () => {
    expect(labels(["ASSESSOR", "IQA"])).toEqual([
      "Home",
      "Caseload",
      "Record an activity",
      "Candidates",
      "EV visits",
      "Conflicts of interest",
      "Sampling",
      "IQA feedback",
      "Standardisation",
      "Staff",
      "Professional record",
      "Qualifications",
    ]);
  });
  it("shows an IQA the feedback they give assessors", () => {
    expect(labels(["IQA"])).toEqual([
      "Home",
      "Candidates",
      "EV visits",
      "Conflicts of interest",
      "Sampling",
      "IQA feedback",
      "Standardisation",
      "Staff",
      "Professional record",
      "Qualifications",
    ]);
  });
  it("shows a candidate their own portfolio", () => {
    expect(labels(["CANDIDATE"])).toEqual(["Home", "My portfolio", "Qualifications"]);
  });
  it("shows awarding-body staff their centres", () => {
    expect(labels(["AWARDING_BODY_STAFF"])).toEqual([
      "Home",
      "Assessor register",
      "Changes of circumstance",
      "Centres",
      "Schools",
      "Policy",
      "Qualifications",
      "Audit trail",
    ]);
  });
  it("shows an approved assessor only their own record in the awarding body", () => {
    expect(labels(["APPROVED_ASSESSOR"])).toEqual(["Home", "Professional record"]);
  });
  it("shows nothing for no roles", () => {
    expect(labels([])).toEqual([]);
  });
});
