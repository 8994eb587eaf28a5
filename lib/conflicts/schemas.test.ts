import { describe, expect, it } from "vitest";
import { declareConflictSchema } from "./schemas";

describe("the declaration form's schema", () => {
  const base = { centreId: "", candidateId: "", schoolId: "", relationship: "", details: "", declaredOn: "2026-03-01" };

  it("names every missing choice at once, for the subject chosen", () => {
    const errors = (input: object) => {
      const result = declareConflictSchema.safeParse(input);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({ ...base, subject: "CANDIDATE" })).toEqual({
      relationship: "Choose the relationship.",
      centreId: "Choose a centre.",
      candidateId: "Choose a candidate.",
    });
    expect(errors({ ...base, subject: "CENTRE", relationship: "EMPLOYER" })).toEqual({ centreId: "Choose a centre." });
    expect(errors({ ...base, subject: "SCHOOL", relationship: "SUPPORTED_SELF_REVIEW" })).toEqual({ schoolId: "Choose a school." });
  });

  it("accepts a complete declaration about a school, ignoring the other subjects' fields", () => {
    const result = declareConflictSchema.safeParse({
      ...base,
      subject: "SCHOOL",
      schoolId: "6f1c2f55-8a37-4f0e-9a55-3f3c9d2b7a10",
      relationship: "GENERAL_SUPPORT",
    });
    expect(result.success).toBe(true);
  });

  it("refuses a school-only relationship for a candidate or a centre", () => {
    const id = "6f1c2f55-8a37-4f0e-9a55-3f3c9d2b7a10";
    const candidate = declareConflictSchema.safeParse({
      ...base,
      subject: "CANDIDATE",
      centreId: id,
      candidateId: id,
      relationship: "SUPPORTED_SELF_REVIEW",
    });
    expect(candidate.success ? [] : candidate.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["relationship", "That relationship is with a school only; choose how you know the candidate."],
    ]);
    expect(declareConflictSchema.safeParse({ ...base, subject: "CENTRE", centreId: id, relationship: "GENERAL_SUPPORT" }).success).toBe(
      false,
    );
    expect(
      declareConflictSchema.safeParse({ ...base, subject: "CANDIDATE", centreId: id, candidateId: id, relationship: "FAMILY" }).success,
    ).toBe(true);
  });
});
