import { describe, expect, it } from "vitest";
import { allocateStaffSchema, candidateListFilterSchema, requiredDateField, ulnField, withdrawCandidateSchema } from "./schemas";

describe("candidate form fields", () => {
  it("reads a ULN without its spaces, allows none, and refuses a wrong check digit in the LRS rule's words (handbook 7.4)", () => {
    expect(ulnField.parse("123 456 7899")).toBe("1234567899");
    expect(ulnField.parse("")).toBe("");
    const wrong = ulnField.safeParse("1234567890");
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toMatch(/^This is not a valid ULN: its check digit does not match/);
    expect(ulnField.safeParse("12345A7899").error?.issues[0]?.message).toBe(
      "A ULN is made of digits only, with no letters, spaces or other characters.",
    );
  });

  it("refuses days that do not exist rather than rolling them over, with one message per problem", () => {
    const field = requiredDateField("Enter the date.");
    expect(field.safeParse("2026-02-28").success).toBe(true);
    expect(field.safeParse("2026-02-31").error?.issues.map((issue) => issue.message)).toEqual([
      "Enter a real date, for example 2027-03-31.",
    ]);
    expect(field.safeParse("").error?.issues.map((issue) => issue.message)).toEqual(["Enter the date."]);
  });

  it("takes nobody or one person for the assessor and IQA, and needs a withdrawal reason", () => {
    const ref = { candidateId: "00000000-0000-4000-8000-000000000001", version: 1 };
    expect(allocateStaffSchema.safeParse({ ...ref, assessorUserId: "", iqaUserId: "" }).success).toBe(true);
    expect(allocateStaffSchema.safeParse({ ...ref, assessorUserId: "Alan", iqaUserId: "" }).success).toBe(false);
    const withdrawal = withdrawCandidateSchema.safeParse({ ...ref, withdrawnOn: "2026-04-01", withdrawalReason: "   " });
    expect(withdrawal.error?.issues.map((issue) => issue.message)).toEqual(["Give the reason for the withdrawal."]);
  });

  it("reads the list's filters from the address, ignoring anything odd", () => {
    expect(candidateListFilterSchema.parse({ q: " pri ", status: "WITHDRAWN", needs: "no-uln", page: "3" })).toEqual({
      q: "pri",
      status: "WITHDRAWN",
      assessor: undefined,
      needs: "no-uln",
      page: 3,
    });
    expect(candidateListFilterSchema.parse({ needs: "awaiting-countersignature" }).needs).toBe("awaiting-countersignature");
    expect(candidateListFilterSchema.parse({ status: "GONE", assessor: "x", needs: "everything", page: "-1" })).toEqual({
      q: "",
      status: undefined,
      assessor: undefined,
      needs: undefined,
      page: 1,
    });
  });
});
