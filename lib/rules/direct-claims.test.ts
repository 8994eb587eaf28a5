import { describe, expect, it } from "vitest";
import { checkDirectClaimAllowed, checkFinalVerificationVisit, directClaimStatus, type VerificationVisit } from "./direct-claims";

const visit = (overrides: Partial<VerificationVisit>): VerificationVisit => ({
  on: "2025-10-01",
  state: "held",
  final: false,
  candidateIdsIncluded: [],
  directClaimsConfirmed: true,
  ...overrides,
});

const dcs = { grantedOn: "2025-01-01", withdrawnOn: null, authorisedQualificationNumbers: ["601/3433/1"] };
const request = { qualificationNumber: "601/3433/1", qualificationEndDate: "2026-12-31", visits: [], claimOn: "2025-06-01" };
const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe("Direct Claims Status", () => {
  it("handbook 5.21: a direct claim's certificate is provisional until a verification visit confirms it", () => {
    const claim = { candidateId: "c1", claimedOn: "2025-06-01" };
    expect(directClaimStatus(claim, [])).toEqual({ status: "provisional", confirmedOn: null });
    expect(directClaimStatus(claim, [visit({ on: "2025-05-01" })]).status).toBe("provisional");
    expect(directClaimStatus(claim, [visit({ on: "2025-10-01", state: "planned" })]).status).toBe("provisional");
    expect(directClaimStatus(claim, [visit({ on: "2025-10-01", directClaimsConfirmed: false })]).status).toBe("provisional");
    expect(directClaimStatus(claim, [visit({ on: "2026-01-15" }), visit({ on: "2025-10-01" })])).toEqual({
      status: "confirmed",
      confirmedOn: "2025-10-01",
    });
  });

  it("handbook 5.21: claiming directly needs DCS granted for the qualification", () => {
    expect(checkDirectClaimAllowed(dcs, request)).toEqual([]);
    expect(codes(checkDirectClaimAllowed({ ...dcs, grantedOn: null }, request))).toEqual(["dcs.not-granted"]);
    expect(codes(checkDirectClaimAllowed(dcs, { ...request, qualificationNumber: "600/0000/0" }))).toEqual([
      "dcs.qualification-not-authorised",
    ]);
  });

  it("handbook 5.21.1: DCS may be withdrawn", () => {
    expect(codes(checkDirectClaimAllowed({ ...dcs, withdrawnOn: "2025-05-01" }, request))).toEqual(["dcs.withdrawn"]);
  });

  it("handbook 5.21.3: DCS ends after the final visit has taken place", () => {
    const visits = [visit({ on: "2025-05-20", final: true })];
    expect(codes(checkDirectClaimAllowed(dcs, { ...request, visits }))).toEqual(["dcs.ended-after-final-visit"]);
    expect(checkDirectClaimAllowed(dcs, { ...request, visits: [visit({ on: "2025-06-20", final: true, state: "planned" })] })).toEqual([]);
  });

  it("handbook 5.21.3: no direct claims after the qualification's end date", () => {
    expect(codes(checkDirectClaimAllowed(dcs, { ...request, claimOn: "2027-01-01" }))).toEqual(["dcs.after-end-date"]);
  });

  it("handbook 5.21.3: a verification visit must take place before the end date (warned in time, a problem afterwards)", () => {
    const facts = { qualificationEndDate: "2026-12-31", candidateIds: ["c1"], visits: [] as VerificationVisit[] };
    expect(checkFinalVerificationVisit({ ...facts, asOf: "2026-06-01" })).toEqual([
      expect.objectContaining({ code: "dcs.no-final-visit", severity: "warning" }),
    ]);
    expect(checkFinalVerificationVisit({ ...facts, asOf: "2027-01-05" })).toEqual([
      expect.objectContaining({ code: "dcs.no-final-visit", severity: "problem" }),
    ]);
    const late = checkFinalVerificationVisit({
      ...facts,
      visits: [visit({ on: "2027-01-10", final: true, state: "planned", candidateIdsIncluded: ["c1"] })],
      asOf: "2026-06-01",
    });
    expect(codes(late)).toEqual(["dcs.final-visit-after-end-date", "dcs.no-final-visit"]);
  });

  it("handbook 5.21.3: the final visit must include every candidate", () => {
    const findings = checkFinalVerificationVisit({
      qualificationEndDate: "2026-12-31",
      candidateIds: ["c1", "c2", "c3"],
      visits: [visit({ on: "2026-11-01", final: true, state: "planned", candidateIdsIncluded: ["c2"] })],
      asOf: "2026-06-01",
    });
    expect(findings).toEqual([
      expect.objectContaining({ code: "dcs.final-visit-missing-candidates", message: expect.stringContaining("candidates c1 and c3") }),
    ]);
  });

  it("handbook 5.21.3: a planned visit whose date has passed without being held does not count", () => {
    const findings = checkFinalVerificationVisit({
      qualificationEndDate: "2026-12-31",
      candidateIds: ["c1"],
      visits: [visit({ on: "2026-11-01", final: true, state: "planned", candidateIdsIncluded: ["c1"] })],
      asOf: "2026-11-15",
    });
    expect(codes(findings)).toEqual(["dcs.no-final-visit"]);
  });
});
