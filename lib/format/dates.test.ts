import { describe, expect, it } from "vitest";
import { addDays, displayDay, displayLongDay, isoDay, startOfUtcDay } from "./dates";

describe("date formatting", () => {
  const day = new Date("2026-11-22T00:00:00.000Z");

  it("writes a calendar day for forms, tables and sentences", () => {
    expect(isoDay(day)).toBe("2026-11-22");
    expect(isoDay(null)).toBe("");
    expect(displayDay(day)).toBe("22 Nov 2026");
    expect(displayDay(null)).toBe("");
    expect(displayLongDay(day)).toBe("22 November 2026");
  });

  it("counts whole days and finds the start of a UTC day", () => {
    expect(addDays(day, 14).toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(startOfUtcDay(new Date("2026-11-22T23:59:59.999Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
});
