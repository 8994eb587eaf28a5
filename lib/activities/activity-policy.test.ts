import { describe, expect, it } from "vitest";
import { builtInPolicyFor } from "@/lib/policies/policy-settings";
import { assessorActivityPolicyIn } from "./activity-policy";

// The policy as read for a body with no stored settings: its built-in one. A body's stored
// numbers are read through lib/policies (lib/policies/edit-awarding-body-policy.integration.test.ts).

describe("the assessor-activity policy of a centre's awarding body", () => {
  it("is the Institute's daily maximum of 4 (ICS A4) for an ICS centre", () => {
    expect(assessorActivityPolicyIn(builtInPolicyFor("ICS"))?.maximumAssessmentsPerDay).toBe(4);
    expect(assessorActivityPolicyIn(builtInPolicyFor("The Institute of Customer Service"))?.maximumAssessmentsPerDay).toBe(4);
    expect(assessorActivityPolicyIn(builtInPolicyFor("Other", "Institute of Customer Service"))?.maximumAssessmentsPerDay).toBe(4);
  });

  it("sets no limit where the body's documents set none (OCR) or the body is not known", () => {
    expect(assessorActivityPolicyIn(builtInPolicyFor("OCR"))).toBeNull();
    expect(assessorActivityPolicyIn(builtInPolicyFor("Somebody else"))).toBeNull();
  });
});
