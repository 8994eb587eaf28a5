import { describe, expect, it } from "vitest";
import { externalVerifierGrantState, grantExpiryProblem } from "./external-verifier-access";

describe("an external verifier's grant (issue 10: read-only access until an expiry date)", () => {
  it("works through its last day, is expired the day after, and revoked whatever its date", () => {
    expect(externalVerifierGrantState({ expiresOn: "2026-12-10", revoked: false }, "2026-12-10")).toBe("working");
    expect(externalVerifierGrantState({ expiresOn: "2026-12-10", revoked: false }, "2026-12-11")).toBe("expired");
    expect(externalVerifierGrantState({ expiresOn: "2027-01-10", revoked: true }, "2026-12-01")).toBe("revoked");
  });

  it("refuses a last day in the past, beyond a year, or after the verifier's membership ends", () => {
    expect(grantExpiryProblem("2026-11-22", "2026-11-23", null)).toBe("The last day cannot be in the past.");
    expect(grantExpiryProblem("2026-11-23", "2026-11-23", null)).toBeNull();
    expect(grantExpiryProblem("2027-11-23", "2026-11-23", null)).toBeNull();
    expect(grantExpiryProblem("2027-11-24", "2026-11-23", null)).toBe("The access can run for at most 1 year.");
    expect(grantExpiryProblem("2026-12-31", "2026-11-23", "2026-12-15")).toBe(
      "The verifier's access to the centre ends on 2026-12-15: choose that day or earlier.",
    );
    expect(grantExpiryProblem("2026-12-15", "2026-11-23", "2026-12-15")).toBeNull();
  });
});
