import { describe, expect, it } from "vitest";
import { findingAboutPerson } from "./finding-wording";

describe("findingAboutPerson", () => {
  it("rewords the CPD rule's finding about the person, with displayed dates", () => {
    expect(
      findingAboutPerson(
        "By 2027-07-24 (244 days left in this CPD year) you still need: 7 hours more CPD (0 hours of 7 so far) and CPD on your skills as an assessor.",
        "Owen Pritchard",
      ),
    ).toBe(
      "By 24 Jul 2027 (244 days left in this CPD year) Owen Pritchard still needs: 7 hours more CPD (0 hours of 7 so far) and CPD on their skills as an assessor.",
    );
  });

  it("leaves a finding that does not address the assessor as it was, dates apart", () => {
    expect(findingAboutPerson("The CPD year 2025-07-25 to 2026-07-24 ended without: attendance at the Assessor Forum.", "Owen")).toBe(
      "The CPD year 25 Jul 2025 to 24 Jul 2026 ended without: attendance at the Assessor Forum.",
    );
    // Words containing "you" are not touched.
    expect(findingAboutPerson("Youth work counts; layout stays.", "Owen")).toBe("Youth work counts; layout stays.");
  });
});
