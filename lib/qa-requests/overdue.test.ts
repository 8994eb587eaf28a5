import { describe, expect, it } from "vitest";
import { qaRequestAnsweredDaysLate, qaRequestOverdueDays } from "./overdue";

const due = new Date("2026-11-10T00:00:00Z");

describe("quality-assurance request overdue", () => {
  it("counts the days an open, unanswered request is past its due date", () => {
    expect(qaRequestOverdueDays({ status: "OPEN", dueOn: due, respondedAt: null }, "2026-11-22")).toBe(12);
    expect(qaRequestOverdueDays({ status: "OPEN", dueOn: due, respondedAt: null }, "2026-11-10")).toBe(0);
  });

  it("is not overdue once the assessor has answered, or when no longer open", () => {
    expect(qaRequestOverdueDays({ status: "OPEN", dueOn: due, respondedAt: new Date("2026-11-20T09:00:00Z") }, "2026-11-22")).toBe(0);
    expect(qaRequestOverdueDays({ status: "COMPLETED", dueOn: due, respondedAt: null }, "2026-11-22")).toBe(0);
  });

  it("says how late an answer came", () => {
    expect(qaRequestAnsweredDaysLate({ dueOn: due, respondedAt: new Date("2026-11-22T15:00:00Z") })).toBe(12);
    expect(qaRequestAnsweredDaysLate({ dueOn: due, respondedAt: new Date("2026-11-09T15:00:00Z") })).toBe(0);
    expect(qaRequestAnsweredDaysLate({ dueOn: due, respondedAt: null })).toBeNull();
  });
});
