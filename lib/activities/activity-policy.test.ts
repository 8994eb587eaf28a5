import { describe, expect, it } from "vitest";
import { assessorActivityPolicyFor } from "./activity-policy";

describe("the assessor-activity policy of a centre's awarding body", () => {
  it("is the Institute's daily maximum of 4 (ICS A4) for an ICS centre", () => {
    expect(assessorActivityPolicyFor({ name: "ICS" })?.maximumAssessmentsPerDay).toBe(4);
    expect(assessorActivityPolicyFor({ name: "Other", legalName: "Institute of Customer Service" })?.maximumAssessmentsPerDay).toBe(4);
  });

  it("sets no limit where the body's documents set none (OCR) or the body is not known", () => {
    expect(assessorActivityPolicyFor({ name: "OCR" })).toBeNull();
    expect(assessorActivityPolicyFor({ name: "Somebody else" })).toBeNull();
  });
});
