import { describe, expect, it } from "vitest";
import { criterionMatches, type PickableCriterion } from "./pickable-criterion";

const criterion: PickableCriterion = {
  id: "c",
  unitId: "u",
  unitLabel: "Unit 7 (R/506/2151) Resolve customers' complaints",
  ref: "2.3",
  text: "Explain how to escalate a complaint",
};

describe("finding a criterion in the picker", () => {
  it("matches by number, from its start", () => {
    expect(criterionMatches(criterion, "2.3")).toBe(true);
    expect(criterionMatches(criterion, "2.")).toBe(true);
    expect(criterionMatches(criterion, "3.1")).toBe(false);
  });

  it("matches every word typed, in the criterion or its unit, ignoring case", () => {
    expect(criterionMatches(criterion, "Escalate complaint")).toBe(true);
    expect(criterionMatches(criterion, "r/506/2151 escalate")).toBe(true);
    expect(criterionMatches(criterion, "escalate refund")).toBe(false);
  });

  it("matches everything when nothing is typed", () => {
    expect(criterionMatches(criterion, "   ")).toBe(true);
  });
});
