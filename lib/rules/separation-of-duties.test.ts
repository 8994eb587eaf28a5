import { describe, expect, it } from "vitest";
import { actingOnOwnCase, ownCaseRefusal } from "./separation-of-duties";

describe("actingOnOwnCase", () => {
  it("is true only when the actor is the person the record is about", () => {
    expect(actingOnOwnCase("user-1", "user-1")).toBe(true);
    expect(actingOnOwnCase("user-1", "user-2")).toBe(false);
  });
});

describe("ownCaseRefusal", () => {
  it("lets staff act on someone else's record", () => {
    expect(ownCaseRefusal("staff", "assessor", "supportingReview", "Naace")).toBeNull();
  });

  it("says another member of the body's staff must act on the person's own record", () => {
    expect(ownCaseRefusal("ivan", "ivan", "approval", "Naace")).toBe(
      "Another member of Naace's staff must record changes to your own approval.",
    );
    expect(ownCaseRefusal("ivan", "ivan", "supportingReview", "Naace")).toBe(
      "Another member of Naace's staff must record breaches, correspondence and outcomes in your own supporting review.",
    );
    expect(ownCaseRefusal("ivan", "ivan", "qaRequest", "Naace")).toBe(
      "Another member of Naace's staff must send, complete or cancel quality-assurance requests made of you.",
    );
    expect(ownCaseRefusal("ivan", "ivan", "circumstanceChange", "Naace")).toBe(
      "Another member of Naace's staff must acknowledge your own change of circumstance.",
    );
  });
});
