// Naace ICT Mark assessor lifecycle ("Criteria for accreditation as an ICT Mark Assessor", "School
// assessments", "Activities unacceptable to Naace", "Criteria for continuing registration"):
// selected → registered (pen portrait and signed code) → accredited after a satisfactory moderated
// assessment and the initial fee; a failed moderation leads to shadowing or CPD and a second
// moderation; a second failure means not accredited, with an appeal in writing within 30 days.
import { addDays, addYears, type IsoDate } from "./dates";
import { warning, type RuleFinding } from "./findings";
import { accept, fromStates, refuse, type LifecycleMode, type TransitionResult } from "./state-machine";

export type NaaceAssessorState =
  "selected" | "registered" | "developmentRequired" | "awaitingSecondModeration" | "accredited" | "notAccredited" | "appealing" | "removed";

export interface NaaceLifecyclePolicy {
  /** Days from the Lead Assessor's notification within which an appeal may be lodged. */
  readonly appealWindowDays: number;
  /** A quality review falls at every this-many-th school assessment. */
  readonly qualityReviewEveryAssessments: number;
  readonly source: string;
}

export type NaaceRemovalReason = "nonAttendanceAtAnnualEvent" | "unpaidFees" | "membershipLapsed" | "unacceptableConduct";

export interface NaaceAssessorRecord {
  readonly state: NaaceAssessorState;
  readonly registeredOn: IsoDate | null;
  readonly moderations: readonly { readonly on: IsoDate; readonly outcome: "satisfactory" | "unsatisfactory" }[];
  readonly initialFeePaidOn: IsoDate | null;
  readonly developmentCompletedOn: IsoDate | null;
  /** When the Lead Assessor notified the assessor of the second unsatisfactory moderation. */
  readonly notAccreditedNotifiedOn: IsoDate | null;
  readonly appealDecided: boolean;
  readonly accreditedOn: IsoDate | null;
  readonly schoolAssessmentsCompleted: number;
  readonly qualityReviewsCompleted: number;
  readonly removedOn: IsoDate | null;
  readonly removalReason: NaaceRemovalReason | null;
  /** "Criteria for continuing registration": ongoing registration fees are paid up to this day. */
  readonly feesPaidUntil: IsoDate | null;
}

export type NaaceAssessorEvent =
  | { readonly type: "register"; readonly on: IsoDate; readonly penPortraitSubmitted: boolean; readonly codeOfPracticeSigned: boolean }
  | { readonly type: "recordModeration"; readonly on: IsoDate; readonly outcome: "satisfactory" | "unsatisfactory" }
  | { readonly type: "recordInitialFeePaid"; readonly on: IsoDate }
  /** Shadowing visits and/or professional development after a failed first moderation. */
  | { readonly type: "completeDevelopment"; readonly on: IsoDate }
  | { readonly type: "lodgeAppeal"; readonly on: IsoDate; readonly inWriting: boolean }
  | { readonly type: "decideAppeal"; readonly on: IsoDate; readonly upheld: boolean }
  | { readonly type: "recordSchoolAssessment"; readonly on: IsoDate }
  | { readonly type: "completeQualityReview"; readonly on: IsoDate }
  /** An ongoing (annual) registration fee paid on `on`, covering registration up to `paidUntil`. */
  | { readonly type: "recordAnnualFeePaid"; readonly on: IsoDate; readonly paidUntil: IsoDate }
  | { readonly type: "remove"; readonly on: IsoDate; readonly reason: NaaceRemovalReason; readonly mitigationAccepted?: boolean };

export function newNaaceAssessor(): NaaceAssessorRecord {
  return {
    state: "selected",
    registeredOn: null,
    moderations: [],
    initialFeePaidOn: null,
    developmentCompletedOn: null,
    notAccreditedNotifiedOn: null,
    appealDecided: false,
    accreditedOn: null,
    schoolAssessmentsCompleted: 0,
    qualityReviewsCompleted: 0,
    removedOn: null,
    removalReason: null,
    feesPaidUntil: null,
  };
}

const NOT_REMOVED: readonly NaaceAssessorState[] = [
  "selected",
  "registered",
  "developmentRequired",
  "awaitingSecondModeration",
  "accredited",
  "notAccredited",
  "appealing",
];

/** The furthest ahead an annual fee may cover: at most this many years after it was paid. */
export const feesPaidAheadYears = 2;

/**
 * `mode` "replay" rebuilds the record from events already accepted: the guards on dates and on the
 * body's policy numbers (appeal window, quality-review interval, how far ahead fees may be paid)
 * are not re-judged, so a policy edit or a newer guard never strands accepted history.
 */
export function applyNaaceEvent(
  record: NaaceAssessorRecord,
  event: NaaceAssessorEvent,
  policy: NaaceLifecyclePolicy,
  mode: LifecycleMode = "judge",
): TransitionResult<NaaceAssessorRecord> {
  const judging = mode === "judge";
  switch (event.type) {
    case "register":
      return fromStates(record, ["selected"], "register the assessor", () => {
        const reasons = [
          ...(event.penPortraitSubmitted ? [] : ["Registration needs the assessor's pen portrait."]),
          ...(event.codeOfPracticeSigned ? [] : ["Registration needs the signed code of practice."]),
        ];
        return reasons.length > 0 ? refuse(reasons) : accept({ ...record, state: "registered", registeredOn: event.on });
      });
    case "recordModeration":
      return fromStates(record, ["registered", "awaitingSecondModeration"], "record a moderated assessment", () => {
        const first = record.state === "registered";
        if (first && record.moderations.some((moderation) => moderation.outcome === "satisfactory")) {
          return refuse(["A satisfactory moderation is already recorded; the initial fee is what remains."]);
        }
        const moderations = [...record.moderations, { on: event.on, outcome: event.outcome }];
        if (event.outcome === "satisfactory") {
          const accredited = record.initialFeePaidOn !== null;
          return accept({
            ...record,
            moderations,
            state: accredited ? "accredited" : "registered",
            accreditedOn: accredited ? event.on : null,
          });
        }
        if (first) return accept({ ...record, moderations, state: "developmentRequired" });
        return accept({ ...record, moderations, state: "notAccredited", notAccreditedNotifiedOn: event.on });
      });
    case "recordInitialFeePaid":
      return fromStates(record, ["registered", "developmentRequired", "awaitingSecondModeration"], "record the initial fee", () => {
        const passed = record.moderations.some((moderation) => moderation.outcome === "satisfactory");
        return accept({
          ...record,
          initialFeePaidOn: event.on,
          ...(passed ? { state: "accredited" as const, accreditedOn: event.on } : {}),
        });
      });
    case "completeDevelopment":
      return fromStates(record, ["developmentRequired"], "record shadowing or professional development", () =>
        accept({ ...record, state: "awaitingSecondModeration", developmentCompletedOn: event.on }),
      );
    case "lodgeAppeal":
      return fromStates(record, ["notAccredited"], "lodge an appeal", () => {
        const reasons: string[] = [];
        if (record.appealDecided) reasons.push("An appeal has already been decided.");
        if (!event.inWriting) reasons.push("An appeal must be made in writing to the Naace office.");
        const notifiedOn = record.notAccreditedNotifiedOn;
        const deadline = notifiedOn ? appealDeadline(notifiedOn, policy) : null;
        if (judging && notifiedOn !== null && event.on < notifiedOn)
          reasons.push(`An appeal cannot be dated before the notification of non-accreditation on ${notifiedOn}.`);
        if (judging && deadline !== null && event.on > deadline)
          reasons.push(`The appeal window closed on ${deadline}, ${policy.appealWindowDays} days after notification.`);
        return reasons.length > 0 ? refuse(reasons) : accept({ ...record, state: "appealing" });
      });
    case "decideAppeal":
      return fromStates(record, ["appealing"], "decide the appeal", () =>
        accept({
          ...record,
          appealDecided: true,
          state: event.upheld ? "accredited" : "notAccredited",
          accreditedOn: event.upheld ? event.on : record.accreditedOn,
        }),
      );
    case "recordSchoolAssessment":
      return fromStates(
        record,
        ["accredited"],
        "record a school assessment (only registered and accredited assessors assess schools)",
        () => accept({ ...record, schoolAssessmentsCompleted: record.schoolAssessmentsCompleted + 1 }),
      );
    case "completeQualityReview":
      return fromStates(record, ["accredited"], "record a quality review", () =>
        judging && qualityReviewsDue(record, policy) === 0
          ? refuse(["No quality review is due."])
          : accept({ ...record, qualityReviewsCompleted: record.qualityReviewsCompleted + 1 }),
      );
    case "recordAnnualFeePaid":
      return fromStates(
        record,
        NOT_REMOVED.filter((state) => state !== "selected"),
        "record an annual registration fee",
        () => {
          if (!judging) return accept({ ...record, feesPaidUntil: event.paidUntil });
          if (event.paidUntil <= event.on) return refuse(["The fee must cover registration to a day after it was paid."]);
          const furthest = feesPaidUntilLimit(event.on);
          if (event.paidUntil > furthest)
            return refuse([
              `A fee paid on ${event.on} can cover registration to ${furthest} at the latest (${feesPaidAheadYears} years ahead); check the paid-until day.`,
            ]);
          if (record.feesPaidUntil !== null && event.paidUntil <= record.feesPaidUntil)
            return refuse([`Fees are already paid until ${record.feesPaidUntil}.`]);
          return accept({ ...record, feesPaidUntil: event.paidUntil });
        },
      );
    case "remove":
      return fromStates(record, NOT_REMOVED, "remove the assessor", () => {
        if (event.reason === "nonAttendanceAtAnnualEvent" && event.mitigationAccepted)
          return refuse(["Mitigating circumstances for non-attendance were accepted, so this is not a reason for removal."]);
        if (event.reason === "unpaidFees" && record.feesPaidUntil !== null && record.feesPaidUntil >= event.on)
          return refuse([
            `Registration fees are paid until ${record.feesPaidUntil}, so unpaid fees are not a reason for removal on ${event.on}.`,
          ]);
        return accept({ ...record, state: "removed", removedOn: event.on, removalReason: event.reason });
      });
  }
}

/** The latest day a fee paid on `paidOn` may cover registration to. */
export function feesPaidUntilLimit(paidOn: IsoDate): IsoDate {
  return addYears(paidOn, feesPaidAheadYears);
}

export function appealDeadline(notifiedOn: IsoDate, policy: NaaceLifecyclePolicy): IsoDate {
  return addDays(notifiedOn, policy.appealWindowDays);
}

/** Quality reviews due and not yet done: one at the 10th school assessment and at each 10th after. */
export function qualityReviewsDue(record: NaaceAssessorRecord, policy: NaaceLifecyclePolicy): number {
  return Math.max(0, Math.floor(record.schoolAssessmentsCompleted / policy.qualityReviewEveryAssessments) - record.qualityReviewsCompleted);
}

/** Due reviews, unpaid initial fee, open appeal windows and overdue registration fees as of a date. */
export function naaceAssessorWarnings(record: NaaceAssessorRecord, asOf: IsoDate, policy: NaaceLifecyclePolicy): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const due = qualityReviewsDue(record, policy);
  if (record.state === "accredited" && due > 0) {
    findings.push(
      warning(
        "naace.quality-review-due",
        `A quality review is due: ${record.schoolAssessmentsCompleted} school assessments are recorded and a review falls at every ${policy.qualityReviewEveryAssessments}th.`,
        "Naace ICT Mark code: school assessments",
      ),
    );
  }
  if (
    record.state === "registered" &&
    record.moderations.some((moderation) => moderation.outcome === "satisfactory") &&
    record.initialFeePaidOn === null
  ) {
    findings.push(
      warning(
        "naace.initial-fee-unpaid",
        "The moderated assessment was satisfactory; accreditation follows once the initial fee is paid.",
        "Naace ICT Mark code: initial registration",
      ),
    );
  }
  if (record.state === "notAccredited" && !record.appealDecided && record.notAccreditedNotifiedOn !== null) {
    const deadline = appealDeadline(record.notAccreditedNotifiedOn, policy);
    if (asOf <= deadline) {
      findings.push(
        warning(
          "naace.appeal-window-open",
          `An appeal may be made in writing to the Naace office until ${deadline}.`,
          "Naace ICT Mark code: quality assurance",
        ),
      );
    }
  }
  if (record.state !== "selected" && record.state !== "removed" && record.feesPaidUntil !== null && asOf > record.feesPaidUntil) {
    findings.push(
      warning(
        "naace.fees-overdue",
        `Registration fees were paid until ${record.feesPaidUntil} and are now overdue; non-payment of invoiced fees leads to removal of registered status.`,
        "Naace ICT Mark code: criteria for continuing registration",
      ),
    );
  }
  return findings;
}
