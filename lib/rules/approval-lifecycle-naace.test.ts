import { describe, expect, it } from "vitest";
import {
  applyNaaceEvent,
  feesPaidUntilLimit,
  naaceAssessorWarnings,
  newNaaceAssessor,
  qualityReviewsDue,
  type NaaceAssessorEvent,
  type NaaceAssessorRecord,
} from "./approval-lifecycle-naace";
import { builtInPolicies } from "./policies";

const policy = builtInPolicies.NAACE.naaceLifecycle;

function run(events: readonly NaaceAssessorEvent[], start: NaaceAssessorRecord = newNaaceAssessor()): NaaceAssessorRecord {
  return events.reduce((record, event) => {
    const result = applyNaaceEvent(record, event, policy);
    if (!result.ok) throw new Error(result.reasons.join(" "));
    return result.record;
  }, start);
}

const registered = run([{ type: "register", on: "2025-01-10", penPortraitSubmitted: true, codeOfPracticeSigned: true }]);
const accredited = run(
  [
    { type: "recordInitialFeePaid", on: "2025-01-20" },
    { type: "recordModeration", on: "2025-02-10", outcome: "satisfactory" },
  ],
  registered,
);
const failedTwice = run(
  [
    { type: "recordModeration", on: "2025-02-10", outcome: "unsatisfactory" },
    { type: "completeDevelopment", on: "2025-03-15" },
    { type: "recordModeration", on: "2025-04-01", outcome: "unsatisfactory" },
  ],
  registered,
);

describe("Naace ICT Mark assessor lifecycle", () => {
  it("Naace initial registration: needs the pen portrait and the signed code of practice", () => {
    const refused = applyNaaceEvent(
      newNaaceAssessor(),
      { type: "register", on: "2025-01-10", penPortraitSubmitted: false, codeOfPracticeSigned: false },
      policy,
    );
    expect(refused).toEqual({
      ok: false,
      reasons: ["Registration needs the assessor's pen portrait.", "Registration needs the signed code of practice."],
    });
    expect(registered.state).toBe("registered");
  });

  it("Naace initial registration: accredited after a satisfactory moderated assessment and the initial fee", () => {
    expect(accredited).toMatchObject({ state: "accredited", accreditedOn: "2025-02-10" });
    const feeOutstanding = run([{ type: "recordModeration", on: "2025-02-10", outcome: "satisfactory" }], registered);
    expect(feeOutstanding.state).toBe("registered");
    expect(naaceAssessorWarnings(feeOutstanding, "2025-02-11", policy).map((finding) => finding.code)).toEqual([
      "naace.initial-fee-unpaid",
    ]);
    expect(run([{ type: "recordInitialFeePaid", on: "2025-02-20" }], feeOutstanding)).toMatchObject({
      state: "accredited",
      accreditedOn: "2025-02-20",
    });
  });

  it("Naace principle 14: only registered and accredited assessors carry out school assessments", () => {
    expect(applyNaaceEvent(registered, { type: "recordSchoolAssessment", on: "2025-03-01" }, policy).ok).toBe(false);
    expect(run([{ type: "recordSchoolAssessment", on: "2025-03-01" }], accredited).schoolAssessmentsCompleted).toBe(1);
  });

  it("Naace quality assurance: a failed moderation leads to shadowing or CPD, then a second moderation", () => {
    const first = run([{ type: "recordModeration", on: "2025-02-10", outcome: "unsatisfactory" }], registered);
    expect(first.state).toBe("developmentRequired");
    expect(applyNaaceEvent(first, { type: "recordModeration", on: "2025-03-01", outcome: "satisfactory" }, policy).ok).toBe(false);
    const second = run(
      [
        { type: "completeDevelopment", on: "2025-03-15" },
        { type: "recordInitialFeePaid", on: "2025-03-16" },
        { type: "recordModeration", on: "2025-04-01", outcome: "satisfactory" },
      ],
      first,
    );
    expect(second.state).toBe("accredited");
  });

  it("Naace quality assurance: a second failure means not accredited, with an appeal in writing within 30 days", () => {
    expect(failedTwice).toMatchObject({ state: "notAccredited", notAccreditedNotifiedOn: "2025-04-01" });
    expect(naaceAssessorWarnings(failedTwice, "2025-04-10", policy)[0]?.message).toBe(
      "An appeal may be made in writing to the Naace office until 2025-05-01.",
    );
    const late = applyNaaceEvent(failedTwice, { type: "lodgeAppeal", on: "2025-05-02", inWriting: true }, policy);
    expect(late).toEqual({ ok: false, reasons: ["The appeal window closed on 2025-05-01, 30 days after notification."] });
    expect(applyNaaceEvent(failedTwice, { type: "lodgeAppeal", on: "2025-04-20", inWriting: false }, policy).ok).toBe(false);
    const appealing = run([{ type: "lodgeAppeal", on: "2025-05-01", inWriting: true }], failedTwice);
    expect(run([{ type: "decideAppeal", on: "2025-06-01", upheld: true }], appealing).state).toBe("accredited");
    const dismissed = run([{ type: "decideAppeal", on: "2025-06-01", upheld: false }], appealing);
    expect(dismissed.state).toBe("notAccredited");
    expect(applyNaaceEvent(dismissed, { type: "lodgeAppeal", on: "2025-06-02", inWriting: true }, policy).ok).toBe(false);
  });

  it("Naace school assessments: a quality review is due at the 10th assessment and every 10th after", () => {
    const nine = run(
      Array.from({ length: 9 }, () => ({ type: "recordSchoolAssessment", on: "2025-05-01" }) as const),
      accredited,
    );
    expect(qualityReviewsDue(nine, policy)).toBe(0);
    const ten = run([{ type: "recordSchoolAssessment", on: "2025-05-02" }], nine);
    expect(naaceAssessorWarnings(ten, "2025-05-02", policy).map((finding) => finding.code)).toEqual(["naace.quality-review-due"]);
    const reviewed = run([{ type: "completeQualityReview", on: "2025-05-10" }], ten);
    expect(naaceAssessorWarnings(reviewed, "2025-05-10", policy)).toEqual([]);
    expect(applyNaaceEvent(reviewed, { type: "completeQualityReview", on: "2025-05-11" }, policy).ok).toBe(false);
    const twenty = run(
      Array.from({ length: 10 }, () => ({ type: "recordSchoolAssessment", on: "2025-09-01" }) as const),
      reviewed,
    );
    expect(qualityReviewsDue(twenty, policy)).toBe(1);
  });

  it("Naace continuing registration: removal for non-attendance at the annual event (unless mitigation is accepted) or unpaid fees", () => {
    expect(run([{ type: "remove", on: "2025-12-01", reason: "unpaidFees" }], accredited)).toMatchObject({
      state: "removed",
      removalReason: "unpaidFees",
    });
    expect(
      applyNaaceEvent(
        accredited,
        { type: "remove", on: "2025-12-01", reason: "nonAttendanceAtAnnualEvent", mitigationAccepted: true },
        policy,
      ).ok,
    ).toBe(false);
    expect(run([{ type: "remove", on: "2025-12-01", reason: "nonAttendanceAtAnnualEvent" }], accredited).state).toBe("removed");
  });

  it("Naace continuing registration: annual fees paid up to a date; overdue after it; removal for unpaid fees only once they lapse", () => {
    const paid = run([{ type: "recordAnnualFeePaid", on: "2025-09-01", paidUntil: "2026-08-31" }], accredited);
    expect(paid.feesPaidUntil).toBe("2026-08-31");
    expect(naaceAssessorWarnings(paid, "2026-08-31", policy)).toEqual([]);
    expect(naaceAssessorWarnings(paid, "2026-09-01", policy).map((finding) => finding.code)).toEqual(["naace.fees-overdue"]);
    const early = applyNaaceEvent(paid, { type: "remove", on: "2026-08-31", reason: "unpaidFees" }, policy);
    expect(early).toEqual({
      ok: false,
      reasons: ["Registration fees are paid until 2026-08-31, so unpaid fees are not a reason for removal on 2026-08-31."],
    });
    expect(run([{ type: "remove", on: "2026-09-01", reason: "unpaidFees" }], paid).state).toBe("removed");
    expect(applyNaaceEvent(paid, { type: "recordAnnualFeePaid", on: "2025-10-01", paidUntil: "2026-06-30" }, policy)).toEqual({
      ok: false,
      reasons: ["Fees are already paid until 2026-08-31."],
    });
    expect(applyNaaceEvent(paid, { type: "recordAnnualFeePaid", on: "2025-10-01", paidUntil: "2025-10-01" }, policy).ok).toBe(false);
    expect(applyNaaceEvent(newNaaceAssessor(), { type: "recordAnnualFeePaid", on: "2025-10-01", paidUntil: "2026-09-30" }, policy).ok).toBe(
      false,
    );
    const removed = run([{ type: "remove", on: "2026-09-01", reason: "unpaidFees" }], paid);
    expect(naaceAssessorWarnings(removed, "2027-01-01", policy)).toEqual([]);
  });

  it("Naace appeal: cannot be dated before the notification of non-accreditation", () => {
    expect(applyNaaceEvent(failedTwice, { type: "lodgeAppeal", on: "2025-03-31", inWriting: true }, policy)).toEqual({
      ok: false,
      reasons: ["An appeal cannot be dated before the notification of non-accreditation on 2025-04-01."],
    });
  });

  it("Naace fees: a payment covers registration at most 2 years ahead (a typo like 2072 for 2027 is refused)", () => {
    expect(feesPaidUntilLimit("2026-02-01")).toBe("2028-02-01");
    expect(applyNaaceEvent(accredited, { type: "recordAnnualFeePaid", on: "2026-02-01", paidUntil: "9999-12-31" }, policy)).toEqual({
      ok: false,
      reasons: ["A fee paid on 2026-02-01 can cover registration to 2028-02-01 at the latest (2 years ahead); check the paid-until day."],
    });
    expect(run([{ type: "recordAnnualFeePaid", on: "2026-02-01", paidUntil: "2028-02-01" }], accredited).feesPaidUntil).toBe("2028-02-01");
  });

  it("Replay: accepted history is not re-judged under a later policy (shorter appeal window, longer review interval)", () => {
    const appealing = run([{ type: "lodgeAppeal", on: "2025-04-26", inWriting: true }], failedTwice);
    const shorter = { ...policy, appealWindowDays: 10 };
    const appeal: NaaceAssessorEvent = { type: "lodgeAppeal", on: "2025-04-26", inWriting: true };
    expect(applyNaaceEvent(failedTwice, appeal, shorter).ok).toBe(false);
    expect(applyNaaceEvent(failedTwice, appeal, shorter, "replay")).toEqual({ ok: true, record: appealing });

    const tenAssessed = run(
      Array.from({ length: 10 }, (_, index) => ({ type: "recordSchoolAssessment", on: `2025-05-${String(index + 10)}` }) as const),
      accredited,
    );
    const review: NaaceAssessorEvent = { type: "completeQualityReview", on: "2025-06-01" };
    const longer = { ...policy, qualityReviewEveryAssessments: 20 };
    expect(applyNaaceEvent(tenAssessed, review, longer).ok).toBe(false);
    expect(applyNaaceEvent(tenAssessed, review, longer, "replay")).toMatchObject({ ok: true, record: { qualityReviewsCompleted: 1 } });

    const farAhead: NaaceAssessorEvent = { type: "recordAnnualFeePaid", on: "2026-02-01", paidUntil: "2072-03-31" };
    expect(applyNaaceEvent(accredited, farAhead, policy, "replay")).toMatchObject({ ok: true, record: { feesPaidUntil: "2072-03-31" } });
  });
});
