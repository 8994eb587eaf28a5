import { describe, expect, it } from "vitest";
import { assessmentNeedsJustification, checkAssessorActivity } from "./assessor-activity";
import { builtInPolicies } from "./policies";

const policy = builtInPolicies.ICS.assessorActivity;
const on = (...dates: string[]) => dates.map((date) => ({ on: date }));

describe("assessor activity", () => {
  it("ICS A4: fewer than 4 assessments in the rolling year is a warning", () => {
    const result = checkAssessorActivity(on("2024-06-30", "2024-07-01", "2025-01-10", "2025-03-03"), [], "2025-06-30", policy);
    expect(result.assessmentsInYear).toBe(3);
    expect(result.findings).toEqual([expect.objectContaining({ code: "activity.below-yearly-minimum", severity: "warning" })]);
    expect(result.findings[0]?.message).toMatch(/^3 assessments in the 12 months to 2025-06-30/);
  });

  it("ICS A4: 4 assessments in the rolling year is enough", () => {
    expect(checkAssessorActivity(on("2024-07-01", "2024-12-01", "2025-03-03", "2025-06-30"), [], "2025-06-30", policy).findings).toEqual(
      [],
    );
  });

  it("ICS A4: an assessor approved under a year ago is not judged on the yearly minimum yet", () => {
    expect(checkAssessorActivity(on("2025-05-01"), [], "2025-06-30", policy, "2024-09-01").findings).toEqual([]);
    expect(checkAssessorActivity(on("2025-05-01"), [], "2025-06-30", policy, "2024-06-30").findings).toHaveLength(1);
  });

  it("ICS A4: more than 4 assessments in one day asks for a recorded justification", () => {
    const busy = on("2025-05-01", "2025-05-01", "2025-05-01", "2025-05-01", "2025-05-01", "2025-05-02");
    const result = checkAssessorActivity(busy, [], "2025-06-30", policy);
    expect(result.unjustifiedBusyDays).toEqual(["2025-05-01"]);
    expect(result.findings.map((finding) => finding.code)).toEqual(["activity.above-daily-maximum"]);
    expect(
      checkAssessorActivity(
        busy,
        [{ on: "2025-05-01", reason: "Five short observations at one site, agreed with the IQA" }],
        "2025-06-30",
        policy,
      ).unjustifiedBusyDays,
    ).toEqual([]);
  });

  it("ICS A4: the fifth assessment of a day is the one that needs a justification", () => {
    expect(assessmentNeedsJustification(3, policy)).toBe(false);
    expect(assessmentNeedsJustification(4, policy)).toBe(true);
  });
});
