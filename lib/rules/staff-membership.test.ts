import { describe, expect, it } from "vitest";
import { leavesCentreWithoutAdmin, staffMembershipProblems } from "./staff-membership";

const today = new Date("2026-11-22T10:00:00Z");

describe("staff membership rules", () => {
  it("accepts an assessor with no end date", () => {
    expect(staffMembershipProblems({ role: "ASSESSOR", isHeadOfCentre: false, expiresOn: null }, today)).toEqual({});
  });

  it("only a centre admin can be head of centre", () => {
    expect(staffMembershipProblems({ role: "IQA", isHeadOfCentre: true, expiresOn: null }, today)).toEqual({
      isHeadOfCentre: "Only a centre admin can be the head of centre.",
    });
    expect(staffMembershipProblems({ role: "CENTRE_ADMIN", isHeadOfCentre: true, expiresOn: null }, today)).toEqual({});
  });

  it("handbook 5.20.2: an external verifier visits for a time, so their access has an end date", () => {
    const ev = (expiresOn: Date | null) => staffMembershipProblems({ role: "EXTERNAL_VERIFIER", isHeadOfCentre: false, expiresOn }, today);
    expect(ev(null).expiresOn).toMatch(/Give the date/);
    expect(ev(new Date("2026-11-21")).expiresOn).toMatch(/past/);
    expect(ev(new Date("2026-11-22"))).toEqual({});
    expect(ev(new Date("2027-11-24")).expiresOn).toMatch(/at most a year/);
  });

  it("other roles have no end date", () => {
    expect(
      staffMembershipProblems({ role: "ASSESSOR", isHeadOfCentre: false, expiresOn: new Date("2027-01-01") }, today).expiresOn,
    ).toMatch(/Only an external verifier/);
  });

  it("refuses to remove the last active centre admin", () => {
    expect(leavesCentreWithoutAdmin(["a"], "a")).toBe(true);
    expect(leavesCentreWithoutAdmin(["a", "b"], "a")).toBe(false);
    expect(leavesCentreWithoutAdmin(["a"], "b")).toBe(false);
  });
});
