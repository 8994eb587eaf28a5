import { describe, expect, it } from "vitest";
import { eventDateRefusal } from "./approval-event-dates";

describe("approval history date order", () => {
  it("refuses a change dated before the latest recorded change, in the change's own words", () => {
    expect(eventDateRefusal({ type: "grantSingleSignOff", on: "2026-01-01" }, ["2026-09-13", "2026-09-28", "2026-09-20"])).toBe(
      "Single sign-off cannot be dated before 2026-09-28, the last recorded change.",
    );
    expect(eventDateRefusal({ type: "lodgeAppeal", on: "2025-01-01" }, ["2026-03-01"])).toBe(
      "An appeal cannot be dated before 2026-03-01, the last recorded change.",
    );
  });

  it("accepts a change on the same day as, or after, the latest one, and the first change of all", () => {
    expect(eventDateRefusal({ type: "grantSingleSignOff", on: "2026-09-28" }, ["2026-09-13", "2026-09-28"])).toBeNull();
    expect(eventDateRefusal({ type: "ceaseActing", on: "2026-10-01" }, ["2026-09-28"])).toBeNull();
    expect(eventDateRefusal({ type: "register", on: "2020-01-01" }, [])).toBeNull();
  });
});
