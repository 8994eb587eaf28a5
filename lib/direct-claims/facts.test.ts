import { describe, expect, it } from "vitest";
import { checkDirectClaimAllowed } from "@/lib/rules/direct-claims";
import { directClaimsEndDate, directClaimsFactsOn, verificationVisitsFor } from "./facts";

const history = [
  { kind: "GRANTED" as const, effectiveOn: "2025-09-01" },
  { kind: "WITHDRAWN" as const, effectiveOn: "2026-02-01" },
  { kind: "REINSTATED" as const, effectiveOn: "2026-05-01" },
];
const request = (claimOn: string) => ({ qualificationNumber: "601/3433/1", qualificationEndDate: null, visits: [], claimOn });

describe("directClaimsFactsOn", () => {
  it("reads the grant, the withdrawal and the reinstatement on their days", () => {
    expect(directClaimsFactsOn(history, "601/3433/1", "2025-08-31")).toEqual({
      grantedOn: "2025-09-01",
      withdrawnOn: null,
      authorisedQualificationNumbers: ["601/3433/1"],
    });
    expect(directClaimsFactsOn(history, "601/3433/1", "2026-01-31").withdrawnOn).toBeNull();
    expect(directClaimsFactsOn(history, "601/3433/1", "2026-03-01")).toMatchObject({ grantedOn: "2025-09-01", withdrawnOn: "2026-02-01" });
    expect(directClaimsFactsOn(history, "601/3433/1", "2026-05-01")).toMatchObject({ grantedOn: "2026-05-01", withdrawnOn: null });
  });

  it("lets the rule allow a claim while granted and after reinstatement, and refuse it before the grant and while withdrawn", () => {
    const codes = (on: string) => checkDirectClaimAllowed(directClaimsFactsOn(history, "601/3433/1", on), request(on)).map((f) => f.code);
    expect(codes("2025-08-31")).toEqual(["dcs.not-granted"]);
    expect(codes("2025-10-01")).toEqual([]);
    expect(codes("2026-03-01")).toEqual(["dcs.withdrawn"]);
    expect(codes("2026-06-01")).toEqual([]);
  });

  it("authorises nothing with no history", () => {
    expect(directClaimsFactsOn([], "601/3433/1", "2026-01-01")).toEqual({
      grantedOn: null,
      withdrawnOn: null,
      authorisedQualificationNumbers: [],
    });
  });
});

describe("directClaimsEndDate", () => {
  it("takes the earlier of the DCS end date and the qualification's", () => {
    expect(directClaimsEndDate("2027-01-31", "2026-12-31")).toBe("2026-12-31");
    expect(directClaimsEndDate("2026-06-30", "2026-12-31")).toBe("2026-06-30");
    expect(directClaimsEndDate(null, "2026-12-31")).toBe("2026-12-31");
    expect(directClaimsEndDate(null, null)).toBeNull();
  });
});

describe("verificationVisitsFor", () => {
  it("drops cancelled visits and counts only this qualification's final visit as final", () => {
    const visits = verificationVisitsFor(
      [
        { visitOn: "2026-03-01", status: "COMPLETED", qualificationId: null, final: true, directClaimsConfirmed: true },
        { visitOn: "2026-04-01", status: "CANCELLED", qualificationId: "q1", final: true, directClaimsConfirmed: false },
        { visitOn: "2026-05-01", status: "PLANNED", qualificationId: "q1", final: true, directClaimsConfirmed: false },
        { visitOn: "2026-06-01", status: "PLANNED", qualificationId: "q2", final: true, directClaimsConfirmed: false },
      ],
      "q1",
    );
    expect(visits).toEqual([
      { on: "2026-03-01", state: "held", final: false, candidateIdsIncluded: [], directClaimsConfirmed: true },
      { on: "2026-05-01", state: "planned", final: true, candidateIdsIncluded: [], directClaimsConfirmed: false },
    ]);
  });
});
