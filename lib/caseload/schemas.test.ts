import { describe, expect, it } from "vitest";
import { candidatePath, openCandidateSchema } from "./schemas";

const id = "11111111-1111-4111-8111-111111111111";

describe("opening a candidate of another centre", () => {
  it("goes only to a candidate (or unit) page built from checked ids", () => {
    expect(candidatePath({ candidateId: id })).toBe(`/candidates/${id}`);
    expect(candidatePath({ candidateId: id, unitId: id })).toBe(`/candidates/${id}/units/${id}`);
    expect(openCandidateSchema.safeParse({ workspaceKey: "centre:x", candidateId: "//evil.example" }).success).toBe(false);
    expect(openCandidateSchema.safeParse({ workspaceKey: "centre:x", candidateId: id, unitId: "../../admin" }).success).toBe(false);
    expect(openCandidateSchema.safeParse({ workspaceKey: "", candidateId: id }).success).toBe(false);
    expect(openCandidateSchema.parse({ workspaceKey: "centre:x", candidateId: id, unitId: "" })).toEqual({
      workspaceKey: "centre:x",
      candidateId: id,
      unitId: "",
    });
  });
});
