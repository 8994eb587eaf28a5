import { describe, expect, it } from "vitest";
import { numberingProblems } from "./numbering";
import { enterUnitCriteriaSchema } from "./schemas";

const outcome = (ref: string, ...criteria: string[]) => ({
  ref,
  title: `Outcome ${ref}`,
  criteria: criteria.map((c) => ({ ref: c, text: `Criterion ${c}` })),
});

describe("numbering of typed-in outcomes and criteria", () => {
  it("accepts outcomes 1, 2 with criteria numbered under their outcome", () => {
    expect(numberingProblems([outcome("1", "1.1", "1.2"), outcome("2", "2.1", "2.10")])).toEqual([]);
  });

  it("refuses a criterion not under its outcome, badly formed numbers and repeats, each at its field (a well-formed criterion under a badly numbered outcome waits for the outcome)", () => {
    expect(numberingProblems([outcome("1", "2.1", "1.1", "1.1", "1-3"), outcome("1", "1.4"), outcome("x", "1.5")])).toEqual([
      { path: ["outcomes", 0, "criteria", 0, "ref"], message: "A criterion of outcome 1 is numbered 1.something, not 2.1." },
      { path: ["outcomes", 0, "criteria", 2, "ref"], message: "Criterion 1.1 is listed twice: each criterion has its own number." },
      { path: ["outcomes", 0, "criteria", 3, "ref"], message: "Number the criterion like 1.1: the outcome's number, a dot, then its own." },
      { path: ["outcomes", 1, "ref"], message: "Outcome 1 is listed twice: each outcome has its own number." },
      { path: ["outcomes", 2, "ref"], message: "Number the outcome with a whole number, like 2." },
    ]);
  });

  it("the schema puts the problems at the fields and needs at least one criterion per outcome", () => {
    const result = enterUnitCriteriaSchema.safeParse({
      unitId: "00000000-0000-4000-8000-000000000000",
      outcomes: [outcome("1", "1.1"), { ref: "2", title: "", criteria: [] }],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toContainEqual([
      "outcomes.1.title",
      "Enter the learning outcome, for example \u201cUnderstand how to handle complaints\u201d.",
    ]);
    expect(issues).toContainEqual(["outcomes.1.criteria", "Give this outcome at least one assessment criterion."]);
  });
});
