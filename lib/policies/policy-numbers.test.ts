import { describe, expect, it } from "vitest";
import { builtInPolicies } from "@/lib/rules/policies";
import { applyPolicyEdit, changedNumbers, policyNumberRows, policyNumbers } from "./policy-numbers";
import { awardingBodyPolicySchema, policyEditSchemaFor, policyFamilies } from "./schemas";

describe("a policy's editable numbers", () => {
  it("shows only the families a body's policy sets", () => {
    const fields = (code: keyof typeof builtInPolicies) => policyNumberRows(builtInPolicies[code]).map((row) => row.field);
    expect(fields("OCR")).toEqual([
      "cpdMinimumHours",
      "cpdRequiresAssessorSkills",
      "cpdRequiresOccupationalKnowledge",
      "cpdAtRiskWindowDays",
      "retentionYears.0",
      "retentionYears.1",
      "retentionYears.2",
    ]);
    expect(fields("ICS")).toContain("maximumAssessmentsPerDay");
    expect(fields("ICS")).toContain("mandatoryEventCreditedHours");
    expect(fields("ICS")).not.toContain("appealWindowDays");
    expect(fields("NAACE")).toEqual(expect.arrayContaining(["appealWindowDays", "qualityReviewEveryAssessments", "ictMarkValidityYears"]));
    expect(fields("NAACE")).not.toContain("repeatedBreachCount");
  });

  it("every built-in policy passes its own schemas", () => {
    for (const policy of Object.values(builtInPolicies)) {
      expect(awardingBodyPolicySchema.safeParse(policy).success).toBe(true);
      expect(policyEditSchemaFor(policyFamilies(policy)).safeParse({ version: 0, ...policyNumbers(policy) }).success).toBe(true);
      expect(applyPolicyEdit(policy, policyNumbers(policy))).toEqual(policy);
    }
  });

  it("applies an edit: the visit rule stays, descriptions follow the years, the event keeps its kind", () => {
    const ocr = applyPolicyEdit(builtInPolicies.OCR, {
      ...policyNumbers(builtInPolicies.OCR),
      retentionYears: [5, 3, 2],
      cpdMinimumHours: 6,
    });
    expect(ocr.retention.rules.map((rule) => [rule.years, rule.description])).toEqual([
      [5, "5 years from the date of certification"],
      [3, "3 years from the date of the direct claim"],
      [2, "2 years after certification (candidates are asked to keep their portfolio for audit)"],
      [0, "the next external verifier visit after a direct claim"],
    ]);
    expect(changedNumbers(builtInPolicies.OCR, ocr)).toEqual({
      before: {
        "Minimum CPD hours a year": null,
        "Years to keep candidate assessment records and IQA records, from certification": 3,
        "Years to keep candidate portfolios, from certification": 1,
      },
      after: {
        "Minimum CPD hours a year": 6,
        "Years to keep candidate assessment records and IQA records, from certification": 5,
        "Years to keep candidate portfolios, from certification": 2,
      },
    });
    const ics = applyPolicyEdit(builtInPolicies.ICS, {
      ...policyNumbers(builtInPolicies.ICS),
      mandatoryEventName: "the Assessor Forum",
      cpdRequiresAssessorSkills: false,
    });
    expect(ics.cpd?.mandatoryEvent).toEqual({ kind: "icsAssessorForum", name: "the Assessor Forum", creditedHours: 3 });
    expect(ics.cpd?.requiredCategories).toEqual(["occupationalKnowledge"]);
  });

  it("checks the ICT Mark reminder window against how long the mark lasts", () => {
    const schema = policyEditSchemaFor(policyFamilies(builtInPolicies.NAACE));
    const result = schema.safeParse({
      version: 1,
      ...policyNumbers(builtInPolicies.NAACE),
      ictMarkValidityYears: 1,
      ictMarkRenewalReminderDays: 365,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["ictMarkRenewalReminderDays"]);
  });
});
