import { describe, expect, it } from "vitest";
import { displayFindingDates } from "./finding-text";

describe("displayFindingDates", () => {
  it("writes every ISO day in a finding as on the rest of the screen", () => {
    expect(displayFindingDates("By 2027-07-24 (244 days left in this CPD year) you still need: 7 hours more CPD.")).toBe(
      "By 24 Jul 2027 (244 days left in this CPD year) you still need: 7 hours more CPD.",
    );
    expect(displayFindingDates("The CPD year 2025-07-25 to 2026-07-24 ended without: attendance.")).toBe(
      "The CPD year 25 Jul 2025 to 24 Jul 2026 ended without: attendance.",
    );
  });

  it("leaves text without a valid day as it is", () => {
    expect(displayFindingDates("No dates here; 7 hours of 2.")).toBe("No dates here; 7 hours of 2.");
    expect(displayFindingDates("Report 2026-13-45 and SA-2026-02-30")).toBe("Report 2026-13-45 and SA-2026-02-30");
    expect(displayFindingDates("ref 12026-01-011")).toBe("ref 12026-01-011");
  });
});
