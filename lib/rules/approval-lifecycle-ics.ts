// Institute of Customer Service assessor approval (code A1, A5, A6, A10 and "Breach"):
// training → single sign-off (single qualifications) → full accreditation (combined qualifications
// too), a supporting review after a breach, and withdrawal after repeated breaches or no response.
import { addDays, type IsoDate } from "./dates";
import { warning, type RuleFinding } from "./findings";
import { accept, fromStates, refuse, type LifecycleMode, type TransitionResult } from "./state-machine";

export type IcsApprovalState = "inTraining" | "singleSignOff" | "fullyAccredited" | "supportingReview" | "withdrawn" | "ceased";

export interface IcsLifecyclePolicy {
  /** A1G: single sign-off "within 4/6 weeks of attending day two of the Assessor Development Workshop". */
  readonly singleSignOffTargetWeeks: { readonly from: number; readonly to: number };
  /** A1G: accreditation "within 6/8 weeks of gaining single sign off". */
  readonly accreditationTargetWeeks: { readonly from: number; readonly to: number };
  /** "Repeatedly breaches": how many recorded breaches allow withdrawal. */
  readonly repeatedBreachCount: number;
  readonly source: string;
}

export type IcsWithdrawalReason =
  | "repeatedBreaches"
  | "noResponseToBreachCorrespondence"
  /** A5G: failure to comply with Institute quality assurance processes. */
  | "qualityAssuranceNonCompliance"
  /** A6G: conduct bringing the Institute into disrepute, proved by investigation. */
  | "disreputeProved";

export interface IcsBreach {
  readonly on: IsoDate;
  readonly description: string;
}

export interface IcsAssessorApproval {
  readonly state: IcsApprovalState;
  readonly workshopDayTwoOn: IsoDate | null;
  readonly trainingCompletedOn: IsoDate | null;
  readonly singleSignOffOn: IsoDate | null;
  readonly accreditedOn: IsoDate | null;
  /** The permission level to return to when a supporting review closes. */
  readonly reviewReturnsTo: "singleSignOff" | "fullyAccredited" | null;
  readonly breaches: readonly IcsBreach[];
  /** Set when the assessor has not answered the Institute's correspondence about a breach. */
  readonly breachCorrespondenceUnansweredSince: IsoDate | null;
  readonly endedOn: IsoDate | null;
  readonly withdrawalReason: IcsWithdrawalReason | null;
}

export type IcsApprovalEvent =
  | { readonly type: "attendWorkshopDayTwo"; readonly on: IsoDate }
  | { readonly type: "completeTraining"; readonly on: IsoDate }
  | { readonly type: "grantSingleSignOff"; readonly on: IsoDate }
  | { readonly type: "grantFullAccreditation"; readonly on: IsoDate }
  | { readonly type: "recordBreach"; readonly on: IsoDate; readonly description: string }
  | { readonly type: "recordCorrespondenceUnanswered"; readonly on: IsoDate }
  | { readonly type: "closeSupportingReview"; readonly on: IsoDate }
  | { readonly type: "withdraw"; readonly on: IsoDate; readonly reason: IcsWithdrawalReason }
  /** A10: the assessor tells the Institute they are ceasing to act as an assessor. */
  | { readonly type: "ceaseActing"; readonly on: IsoDate };

export function newIcsApproval(): IcsAssessorApproval {
  return {
    state: "inTraining",
    workshopDayTwoOn: null,
    trainingCompletedOn: null,
    singleSignOffOn: null,
    accreditedOn: null,
    reviewReturnsTo: null,
    breaches: [],
    breachCorrespondenceUnansweredSince: null,
    endedOn: null,
    withdrawalReason: null,
  };
}

const ACTIVE: readonly IcsApprovalState[] = ["inTraining", "singleSignOff", "fullyAccredited", "supportingReview"];
const APPROVED: readonly IcsApprovalState[] = ["singleSignOff", "fullyAccredited", "supportingReview"];

export function applyIcsEvent(
  record: IcsAssessorApproval,
  event: IcsApprovalEvent,
  policy: IcsLifecyclePolicy,
  /** "replay": the repeated-breach count is not re-judged (see LifecycleMode). */
  mode: LifecycleMode = "judge",
): TransitionResult<IcsAssessorApproval> {
  switch (event.type) {
    case "attendWorkshopDayTwo":
      return fromStates(record, ["inTraining"], "record the workshop", () => accept({ ...record, workshopDayTwoOn: event.on }));
    case "completeTraining":
      return fromStates(record, ["inTraining"], "record training", () =>
        record.workshopDayTwoOn === null
          ? refuse(["Record day two of the Assessor Development Workshop first."])
          : accept({ ...record, trainingCompletedOn: event.on }),
      );
    case "grantSingleSignOff":
      return fromStates(record, ["inTraining"], "grant single sign-off", () =>
        record.trainingCompletedOn === null
          ? refuse(["The assessor must complete the Institute Assessor training programme before single sign-off (A1G)."])
          : accept({ ...record, state: "singleSignOff", singleSignOffOn: event.on }),
      );
    case "grantFullAccreditation":
      return fromStates(record, ["singleSignOff"], "grant full accreditation", () =>
        accept({ ...record, state: "fullyAccredited", accreditedOn: event.on }),
      );
    case "recordBreach":
      return fromStates(record, APPROVED, "record a breach", () => {
        if (event.description.trim() === "") return refuse(["Describe the breach of the Code."]);
        const reviewReturnsTo =
          record.state === "supportingReview" ? record.reviewReturnsTo : (record.state as "singleSignOff" | "fullyAccredited");
        return accept({
          ...record,
          state: "supportingReview",
          reviewReturnsTo,
          breaches: [...record.breaches, { on: event.on, description: event.description }],
        });
      });
    case "recordCorrespondenceUnanswered":
      return fromStates(record, ["supportingReview"], "record unanswered correspondence", () =>
        accept({ ...record, breachCorrespondenceUnansweredSince: record.breachCorrespondenceUnansweredSince ?? event.on }),
      );
    case "closeSupportingReview":
      return fromStates(record, ["supportingReview"], "close the supporting review", () =>
        accept({
          ...record,
          state: record.reviewReturnsTo ?? "singleSignOff",
          reviewReturnsTo: null,
          breachCorrespondenceUnansweredSince: null,
        }),
      );
    case "withdraw":
      return fromStates(record, ACTIVE, "withdraw approval", () => {
        const reasons = mode === "replay" ? [] : withdrawalRefusals(record, event.reason, policy);
        return reasons.length > 0
          ? refuse(reasons)
          : accept({ ...record, state: "withdrawn", endedOn: event.on, withdrawalReason: event.reason });
      });
    case "ceaseActing":
      return fromStates(record, ACTIVE, "record that the assessor has ceased", () =>
        accept({ ...record, state: "ceased", endedOn: event.on }),
      );
  }
}

function withdrawalRefusals(record: IcsAssessorApproval, reason: IcsWithdrawalReason, policy: IcsLifecyclePolicy): string[] {
  if (reason === "repeatedBreaches" && record.breaches.length < policy.repeatedBreachCount) {
    return [
      `Withdrawal for repeated breaches needs at least ${policy.repeatedBreachCount} recorded breaches; there ${record.breaches.length === 1 ? "is" : "are"} ${record.breaches.length}. A first breach leads to a supporting review.`,
    ];
  }
  if (reason === "noResponseToBreachCorrespondence" && record.breachCorrespondenceUnansweredSince === null) {
    return ["Withdrawal for no response needs the unanswered breach correspondence to be recorded first."];
  }
  return [];
}

/** A1G: single sign-off allows single qualification assessments; full accreditation adds combined ones. */
export function icsAssessmentPermissions(record: IcsAssessorApproval): {
  readonly singleQualifications: boolean;
  readonly combinedQualifications: boolean;
} {
  // A supporting review supports the assessor towards compliance; it does not suspend them.
  const level = record.state === "supportingReview" ? record.reviewReturnsTo : record.state;
  return {
    singleQualifications: level === "singleSignOff" || level === "fullyAccredited",
    combinedQualifications: level === "fullyAccredited",
  };
}

/** Overdue targets and breach follow-ups as of a date. */
export function icsApprovalWarnings(record: IcsAssessorApproval, asOf: IsoDate, policy: IcsLifecyclePolicy): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (record.state === "inTraining" && record.workshopDayTwoOn !== null) {
    const due = addDays(record.workshopDayTwoOn, policy.singleSignOffTargetWeeks.to * 7);
    if (asOf > due) {
      findings.push(
        warning(
          "ics.single-sign-off-overdue",
          `Single sign-off was due by ${due}, ${policy.singleSignOffTargetWeeks.from}–${policy.singleSignOffTargetWeeks.to} weeks after day two of the Assessor Development Workshop (${record.workshopDayTwoOn}).`,
          policy.source,
        ),
      );
    }
  }
  if (record.state === "singleSignOff" && record.singleSignOffOn !== null) {
    const due = addDays(record.singleSignOffOn, policy.accreditationTargetWeeks.to * 7);
    if (asOf > due) {
      findings.push(
        warning(
          "ics.accreditation-overdue",
          `Full accreditation was due by ${due}, ${policy.accreditationTargetWeeks.from}–${policy.accreditationTargetWeeks.to} weeks after single sign-off (${record.singleSignOffOn}).`,
          policy.source,
        ),
      );
    }
  }
  if (record.state === "supportingReview") {
    if (record.breachCorrespondenceUnansweredSince !== null) {
      findings.push(
        warning(
          "ics.breach-correspondence-unanswered",
          `Institute correspondence about a breach has been unanswered since ${record.breachCorrespondenceUnansweredSince}; approval may be withdrawn.`,
          "ICS assessor code, Breach",
        ),
      );
    }
    if (record.breaches.length >= policy.repeatedBreachCount) {
      findings.push(
        warning(
          "ics.repeated-breaches",
          `${record.breaches.length} breaches of the Code are recorded; repeated breaches allow the Institute to withdraw approval.`,
          "ICS assessor code, Breach",
        ),
      );
    }
  }
  return findings;
}
