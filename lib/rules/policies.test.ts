import { describe, expect, it } from "vitest";
import { builtInPolicies, defaultSamplingPolicy } from "./policies";

describe("built-in awarding-body policies carry the seeds' numbers", () => {
  it("handbook 5.20.3, 5.21, 5.21.3: OCR keeps centre records 3 years (from certification or the direct claim) and asks for portfolios to be kept 1 year", () => {
    expect(builtInPolicies.OCR.retention.rules.map((rule) => [rule.from, rule.years])).toEqual([
      ["certification", 3],
      ["directClaim", 3],
      ["certification", 1],
      ["directClaimVerificationVisit", 0],
    ]);
  });

  it("ICS A3: 7–10 hours of CPD a year recommended (7 checked), a mix of categories, and a Forum event worth 3 hours", () => {
    expect(builtInPolicies.ICS.cpd).toMatchObject({
      minimumHours: 7,
      requiredCategories: ["assessorSkills", "occupationalKnowledge"],
      mandatoryEvent: { creditedHours: 3 },
      atRiskWindowDays: 60,
    });
  });

  it("ICS A4, A7, A1: at least 4 assessments a year, at most 4 a day; documents kept 2 years; sign-off targets 4–6 and 6–8 weeks", () => {
    expect(builtInPolicies.ICS.assessorActivity).toMatchObject({ minimumAssessmentsPerYear: 4, maximumAssessmentsPerDay: 4 });
    expect(builtInPolicies.ICS.retention.rules[0]).toMatchObject({ from: "assessment", years: 2 });
    expect(builtInPolicies.ICS.icsLifecycle).toMatchObject({
      singleSignOffTargetWeeks: { from: 4, to: 6 },
      accreditationTargetWeeks: { from: 6, to: 8 },
    });
  });

  it("Naace: accreditation expires 3 years after the award; appeals within 30 days; quality review every 10th assessment; an annual event", () => {
    expect(builtInPolicies.NAACE.retention.rules[0]).toMatchObject({ from: "award", years: 3 });
    expect(builtInPolicies.NAACE.naaceLifecycle).toMatchObject({ appealWindowDays: 30, qualityReviewEveryAssessments: 10 });
    expect(builtInPolicies.NAACE.cpd.mandatoryEvent?.kind).toBe("naaceAnnualEvent");
  });

  it("handbook 4.3: OCR warns about expert witnesses with under six months in the occupation", () => {
    expect(builtInPolicies.OCR.witnessStatements.expertWitnessExperienceWarningMonths).toBe(6);
  });

  it("handbook 5.20.1: the default sampling policy samples all of a new or unqualified assessor's decisions", () => {
    expect(defaultSamplingPolicy.rates.new).toBe(1);
    expect(defaultSamplingPolicy.rates.unqualified).toBe(1);
    expect(defaultSamplingPolicy.rates.low).toBeLessThan(defaultSamplingPolicy.rates.medium);
  });
});
