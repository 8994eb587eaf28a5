import { describe, expect, it } from "vitest";
import {
  applyIcsEvent,
  icsApprovalWarnings,
  icsAssessmentPermissions,
  newIcsApproval,
  type IcsApprovalEvent,
  type IcsAssessorApproval,
} from "./approval-lifecycle-ics";
import { builtInPolicies } from "./policies";

const policy = builtInPolicies.ICS.icsLifecycle;

function run(events: readonly IcsApprovalEvent[], start: IcsAssessorApproval = newIcsApproval()): IcsAssessorApproval {
  return events.reduce((record, event) => {
    const result = applyIcsEvent(record, event, policy);
    if (!result.ok) throw new Error(result.reasons.join(" "));
    return result.record;
  }, start);
}

const trained: IcsApprovalEvent[] = [
  { type: "attendWorkshopDayTwo", on: "2025-01-14" },
  { type: "completeTraining", on: "2025-01-20" },
];
const accredited = run([
  ...trained,
  { type: "grantSingleSignOff", on: "2025-02-18" },
  { type: "grantFullAccreditation", on: "2025-04-01" },
]);

describe("Institute of Customer Service assessor approval", () => {
  it("ICS A1: no assessment of any kind until the Institute Assessor training is completed", () => {
    const record = newIcsApproval();
    expect(icsAssessmentPermissions(record)).toEqual({ singleQualifications: false, combinedQualifications: false });
    const refused = applyIcsEvent(
      run([{ type: "attendWorkshopDayTwo", on: "2025-01-14" }]),
      { type: "grantSingleSignOff", on: "2025-02-01" },
      policy,
    );
    expect(refused).toEqual({ ok: false, reasons: [expect.stringMatching(/complete the Institute Assessor training/)] });
  });

  it("ICS A1: single sign-off permits single qualification assessments; full accreditation adds combined ones", () => {
    const single = run([...trained, { type: "grantSingleSignOff", on: "2025-02-18" }]);
    expect(single.state).toBe("singleSignOff");
    expect(icsAssessmentPermissions(single)).toEqual({ singleQualifications: true, combinedQualifications: false });
    expect(icsAssessmentPermissions(accredited)).toEqual({ singleQualifications: true, combinedQualifications: true });
  });

  it("ICS A1: full accreditation only follows single sign-off", () => {
    const result = applyIcsEvent(run(trained), { type: "grantFullAccreditation", on: "2025-03-01" }, policy);
    expect(result).toEqual({ ok: false, reasons: ["Cannot grant full accreditation while the assessor is in training."] });
  });

  it("ICS A1: single sign-off is overdue more than 6 weeks after workshop day two", () => {
    const record = run(trained);
    expect(icsApprovalWarnings(record, "2025-02-25", policy)).toEqual([]);
    expect(icsApprovalWarnings(record, "2025-02-26", policy)).toEqual([
      expect.objectContaining({ code: "ics.single-sign-off-overdue", severity: "warning" }),
    ]);
  });

  it("ICS A1: full accreditation is overdue more than 8 weeks after single sign-off", () => {
    const single = run([...trained, { type: "grantSingleSignOff", on: "2025-02-18" }]);
    expect(icsApprovalWarnings(single, "2025-04-15", policy)).toEqual([]);
    expect(icsApprovalWarnings(single, "2025-04-16", policy).map((finding) => finding.code)).toEqual(["ics.accreditation-overdue"]);
  });

  it("ICS Breach: a breach triggers a supporting review that keeps the assessor's permissions", () => {
    const review = run([{ type: "recordBreach", on: "2025-06-01", description: "CPD log not produced on request" }], accredited);
    expect(review.state).toBe("supportingReview");
    expect(icsAssessmentPermissions(review)).toEqual({ singleQualifications: true, combinedQualifications: true });
    expect(run([{ type: "closeSupportingReview", on: "2025-07-01" }], review).state).toBe("fullyAccredited");
  });

  it("ICS Breach: withdrawal needs repeated breaches or no response to correspondence", () => {
    const once = run([{ type: "recordBreach", on: "2025-06-01", description: "Late records" }], accredited);
    const refused = applyIcsEvent(once, { type: "withdraw", on: "2025-07-01", reason: "repeatedBreaches" }, policy);
    expect(refused.ok).toBe(false);
    const twice = run([{ type: "recordBreach", on: "2025-06-20", description: "Late records again" }], once);
    expect(icsApprovalWarnings(twice, "2025-06-21", policy).map((finding) => finding.code)).toEqual(["ics.repeated-breaches"]);
    expect(run([{ type: "withdraw", on: "2025-07-01", reason: "repeatedBreaches" }], twice)).toMatchObject({
      state: "withdrawn",
      withdrawalReason: "repeatedBreaches",
    });

    const silent = run([{ type: "recordCorrespondenceUnanswered", on: "2025-06-15" }], once);
    expect(icsApprovalWarnings(silent, "2025-06-20", policy).map((finding) => finding.code)).toEqual([
      "ics.breach-correspondence-unanswered",
    ]);
    expect(run([{ type: "withdraw", on: "2025-07-01", reason: "noResponseToBreachCorrespondence" }], silent).state).toBe("withdrawn");
    expect(
      icsAssessmentPermissions(run([{ type: "withdraw", on: "2025-07-01", reason: "noResponseToBreachCorrespondence" }], silent))
        .singleQualifications,
    ).toBe(false);
  });

  it("ICS A10: an assessor who ceases to act is no longer approved", () => {
    const ceased = run([{ type: "ceaseActing", on: "2025-09-01" }], accredited);
    expect(ceased).toMatchObject({ state: "ceased", endedOn: "2025-09-01" });
    expect(applyIcsEvent(ceased, { type: "recordBreach", on: "2025-09-02", description: "x" }, policy).ok).toBe(false);
  });

  it("Replay: an accepted withdrawal for repeated breaches is not re-judged after the body raises the breach count", () => {
    const twice = run(
      [
        { type: "recordBreach", on: "2025-06-01", description: "Late records" },
        { type: "recordBreach", on: "2025-06-20", description: "Late records again" },
      ],
      accredited,
    );
    const stricter = { ...policy, repeatedBreachCount: 3 };
    const withdraw: IcsApprovalEvent = { type: "withdraw", on: "2025-07-01", reason: "repeatedBreaches" };
    expect(applyIcsEvent(twice, withdraw, stricter).ok).toBe(false);
    expect(applyIcsEvent(twice, withdraw, stricter, "replay")).toMatchObject({ ok: true, record: { state: "withdrawn" } });
  });
});
