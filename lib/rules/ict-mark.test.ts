import { describe, expect, it } from "vitest";
import { ictMarkStanding, type IctMarkPolicy } from "./ict-mark";

const policy: IctMarkPolicy = { validityYears: 3, renewalReminderDays: 90, source: "Naace ICT Mark principle 8" };

describe("ICT Mark expiry", () => {
  it("is not awarded without an award date", () => {
    expect(ictMarkStanding(null, "2026-11-22", policy)).toEqual({
      state: "notAwarded",
      expiresOn: null,
      daysToExpiry: null,
      reminderDue: false,
    });
  });

  it("holds to the day before the third anniversary", () => {
    const standing = ictMarkStanding("2024-03-01", "2026-01-01", policy);
    expect(standing.expiresOn).toBe("2027-02-28");
    expect(standing.state).toBe("current");
    expect(standing.reminderDue).toBe(false);
  });

  it("asks for a renewal reminder inside the window, once", () => {
    expect(ictMarkStanding("2024-01-10", "2026-12-01", policy)).toMatchObject({ state: "renewalDue", daysToExpiry: 39, reminderDue: true });
    expect(ictMarkStanding("2024-01-10", "2026-12-01", policy, "2026-11-20").reminderDue).toBe(false);
    // A reminder sent before this window opened does not count for it.
    expect(ictMarkStanding("2024-01-10", "2026-12-01", policy, "2026-01-01").reminderDue).toBe(true);
  });

  it("is expired the day after expiry, and expiry day itself still holds", () => {
    expect(ictMarkStanding("2023-11-22", "2026-11-21", policy)).toMatchObject({ state: "renewalDue", daysToExpiry: 0 });
    expect(ictMarkStanding("2023-11-22", "2026-11-22", policy)).toMatchObject({ state: "expired", daysToExpiry: -1, reminderDue: false });
  });
});
