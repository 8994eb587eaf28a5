import { describe, expect, it } from "vitest";
import { dateBoundMessages, dueOnProblem, happenedOnProblem } from "./record-dates";

describe("happenedOnProblem", () => {
  it("allows 1 January 2000 up to the latest day, and nothing outside", () => {
    expect(happenedOnProblem("2000-01-01", "2026-11-22", "future")).toBeNull();
    expect(happenedOnProblem("2026-11-22", "2026-11-22", "future")).toBeNull();
    expect(happenedOnProblem("1999-12-31", "2026-11-22", "future")).toBe(dateBoundMessages.tooEarly);
    expect(happenedOnProblem("1900-01-01", "2026-11-22", "future")).toBe(dateBoundMessages.tooEarly);
    expect(happenedOnProblem("2026-11-23", "2026-11-22", "future")).toBe("future");
  });
});

describe("dueOnProblem", () => {
  it("allows yesterday (a day's slack) to two years ahead, and nothing outside", () => {
    expect(dueOnProblem("2026-11-21", "2026-11-22")).toBeNull();
    expect(dueOnProblem("2028-11-22", "2026-11-22")).toBeNull();
    expect(dueOnProblem("2026-11-20", "2026-11-22")).toBe(dateBoundMessages.dueInPast);
    expect(dueOnProblem("1900-01-01", "2026-11-22")).toBe(dateBoundMessages.dueInPast);
    expect(dueOnProblem("2028-11-23", "2026-11-22")).toBe(dateBoundMessages.dueTooFar);
    expect(dueOnProblem("9999-12-31", "2026-11-22")).toBe(dateBoundMessages.dueTooFar);
  });
});
