import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, ageOn, daysBetween, isIsoDate, latestDate, wholeMonthsBetween } from "./dates";
import { seededRandom, seededShuffle } from "./seeded-random";

describe("calendar dates for the rules (UTC, YYYY-MM-DD)", () => {
  it("accepts only real calendar days", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-2-1")).toBe(false);
    expect(() => addDays("31/12/2025", 1)).toThrow(RangeError);
  });

  it("adds days, months and years in UTC, across month and year ends", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-03-30", -30)).toBe("2025-02-28");
    expect(daysBetween("2025-01-01", "2025-12-31")).toBe(364);
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-01-31", 1, "roll-forward")).toBe("2025-03-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 3, "roll-forward")).toBe("2027-03-01");
    expect(addYears("2025-06-30", -1)).toBe("2024-06-30");
  });

  it("counts whole months and whole years of age", () => {
    expect(wholeMonthsBetween("2024-10-05", "2025-03-04")).toBe(4);
    expect(wholeMonthsBetween("2024-10-05", "2025-03-05")).toBe(5);
    expect(wholeMonthsBetween("2025-03-05", "2024-10-05")).toBe(0);
    expect(ageOn("2009-09-01", "2025-08-31")).toBe(15);
    expect(ageOn("2009-09-01", "2025-09-01")).toBe(16);
  });

  it("picks the latest date", () => {
    expect(latestDate(["2025-01-02", "2026-01-01", "2025-12-31"])).toBe("2026-01-01");
    expect(latestDate([])).toBeNull();
  });
});

describe("seeded random order (handbook 5.20.1: a reproducible sample)", () => {
  it("gives the same numbers for the same seed and different ones for another", () => {
    const a = seededRandom("plan-2025");
    const b = seededRandom("plan-2025");
    const c = seededRandom("plan-2026");
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it("shuffles without losing or duplicating items", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = seededShuffle(items, "seed");
    expect(shuffled.slice().sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(seededShuffle(items, "seed")).toEqual(shuffled);
  });
});
