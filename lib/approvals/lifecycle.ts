// The approval lifecycles as one family: which rule an approval runs (ICS or Naace), replaying its
// stored events, applying a new one, and the warnings as of a date. Pure: no database, no clock.
import {
  applyIcsEvent,
  icsApprovalWarnings,
  newIcsApproval,
  type IcsApprovalEvent,
  type IcsAssessorApproval,
  type IcsLifecyclePolicy,
} from "@/lib/rules/approval-lifecycle-ics";
import {
  applyNaaceEvent,
  qualityReviewsDue,
  naaceAssessorWarnings,
  newNaaceAssessor,
  type NaaceAssessorEvent,
  type NaaceAssessorRecord,
  type NaaceLifecyclePolicy,
} from "@/lib/rules/approval-lifecycle-naace";
import type { IsoDate } from "@/lib/rules/dates";
import { warning, type RuleFinding } from "@/lib/rules/findings";
import type { UnansweredLetter } from "@/lib/rules/supporting-review-correspondence";
import { builtInPolicies, type AwardingBodyPolicy } from "@/lib/rules/policies";
import type { LifecycleMode, TransitionResult } from "@/lib/rules/state-machine";

export type ApprovalScheme = "ICS" | "NAACE";
export type ApprovalEvent = IcsApprovalEvent | NaaceAssessorEvent;
export type ApprovalRecord =
  { readonly scheme: "ICS"; readonly record: IcsAssessorApproval } | { readonly scheme: "NAACE"; readonly record: NaaceAssessorRecord };

export const icsEventTypes = [
  "attendWorkshopDayTwo",
  "completeTraining",
  "grantSingleSignOff",
  "grantFullAccreditation",
  "recordBreach",
  "recordCorrespondenceUnanswered",
  "closeSupportingReview",
  "withdraw",
  "ceaseActing",
] as const satisfies readonly IcsApprovalEvent["type"][];

export const naaceEventTypes = [
  "register",
  "recordModeration",
  "recordInitialFeePaid",
  "completeDevelopment",
  "lodgeAppeal",
  "decideAppeal",
  "recordSchoolAssessment",
  "completeQualityReview",
  "recordAnnualFeePaid",
  "remove",
] as const satisfies readonly NaaceAssessorEvent["type"][];

export function schemeOfEvent(event: ApprovalEvent): ApprovalScheme {
  return (icsEventTypes as readonly string[]).includes(event.type) ? "ICS" : "NAACE";
}

/** The body's lifecycle numbers; an approval outlives a policy edit, so the built-in ones fill a gap. */
export function icsPolicyOf(policy: AwardingBodyPolicy): IcsLifecyclePolicy {
  return policy.icsLifecycle ?? builtInPolicies.ICS.icsLifecycle;
}

export function naacePolicyOf(policy: AwardingBodyPolicy): NaaceLifecyclePolicy {
  return policy.naaceLifecycle ?? builtInPolicies.NAACE.naaceLifecycle;
}

/** The scheme a body runs for new approvals, or null (OCR: approval by the centre). */
export function schemeOfPolicy(policy: AwardingBodyPolicy): ApprovalScheme | null {
  if (policy.icsLifecycle) return "ICS";
  if (policy.naaceLifecycle) return "NAACE";
  return null;
}

export function newApproval(scheme: ApprovalScheme): ApprovalRecord {
  return scheme === "ICS" ? { scheme, record: newIcsApproval() } : { scheme, record: newNaaceAssessor() };
}

export function applyToRecord(
  current: ApprovalRecord,
  event: ApprovalEvent,
  policy: AwardingBodyPolicy,
  mode: LifecycleMode = "judge",
): TransitionResult<ApprovalRecord> {
  if (current.scheme === "ICS") {
    if (schemeOfEvent(event) !== "ICS") return { ok: false, reasons: ["That change belongs to the Naace lifecycle."] };
    const result = applyIcsEvent(current.record, event as IcsApprovalEvent, icsPolicyOf(policy), mode);
    return result.ok ? { ok: true, record: { scheme: "ICS", record: result.record } } : result;
  }
  if (schemeOfEvent(event) !== "NAACE") return { ok: false, reasons: ["That change belongs to the Institute's lifecycle."] };
  const result = applyNaaceEvent(current.record, event as NaaceAssessorEvent, naacePolicyOf(policy), mode);
  return result.ok ? { ok: true, record: { scheme: "NAACE", record: result.record } } : result;
}

/**
 * The approval's record after its stored events, in sequence order. Every stored event was
 * accepted when it was recorded, so it is applied without re-judging the guards on dates and on
 * the body's policy numbers ("replay" mode): a later policy edit (a shorter appeal window, say)
 * never strands an approval. A refusal here means the stored history itself is inconsistent.
 */
export function replayApproval(scheme: ApprovalScheme, events: readonly ApprovalEvent[], policy: AwardingBodyPolicy): ApprovalRecord {
  let current = newApproval(scheme);
  events.forEach((event, index) => {
    const result = applyToRecord(current, event, policy, "replay");
    if (!result.ok) throw new Error(`Approval history does not replay at event ${index + 1} (${event.type}): ${result.reasons.join(" ")}`);
    current = result.record;
  });
  return current;
}

/**
 * The day the approval entered its current state: the date of the last event that changed the
 * state (the register's "since"), or null before any event. Fee payments and school assessments
 * leave the state as it was, so they do not move it.
 */
export function stateSinceOf(scheme: ApprovalScheme, events: readonly ApprovalEvent[], policy: AwardingBodyPolicy): IsoDate | null {
  let current = newApproval(scheme);
  let since: IsoDate | null = null;
  for (const event of events) {
    const result = applyToRecord(current, event, policy, "replay");
    if (!result.ok) return since;
    if (result.record.record.state !== current.record.state) since = event.on;
    current = result.record;
  }
  return since;
}

/**
 * A letter to the assessor in their open supporting review whose reply date has passed with no
 * answer (rule supporting-review-correspondence): a missed target, the step before withdrawal for
 * no response. Same code as the rule's own unanswered-correspondence warning, so it is counted
 * once wherever overdue lifecycle targets are.
 */
export function unansweredLetterWarning(letter: UnansweredLetter): RuleFinding {
  return warning(
    "ics.breach-correspondence-unanswered",
    `The letter of ${letter.sentOn} asked for a reply by ${letter.responseDueOn} and none is recorded; approval may be withdrawn for no response.`,
    "ICS assessor code, Breach",
  );
}

/** The lifecycle warnings plus an unanswered letter, once (the rule may already say it). */
export function withUnansweredLetter(warnings: readonly RuleFinding[], letter: UnansweredLetter | null): RuleFinding[] {
  if (letter === null || warnings.some((finding) => finding.code === "ics.breach-correspondence-unanswered")) return [...warnings];
  return [...warnings, unansweredLetterWarning(letter)];
}

/** The replayed record, or the reason the stored history does not replay (for pages that must not fail). */
export function tryReplayApproval(
  scheme: ApprovalScheme,
  events: readonly ApprovalEvent[],
  policy: AwardingBodyPolicy,
): { readonly ok: true; readonly record: ApprovalRecord } | { readonly ok: false; readonly problem: string } {
  try {
    return { ok: true, record: replayApproval(scheme, events, policy) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function approvalWarnings(current: ApprovalRecord, asOf: IsoDate, policy: AwardingBodyPolicy): RuleFinding[] {
  return current.scheme === "ICS"
    ? icsApprovalWarnings(current.record, asOf, icsPolicyOf(policy))
    : naaceAssessorWarnings(current.record, asOf, naacePolicyOf(policy));
}

/** The warnings that mean a lifecycle target has been missed (the register's `overdue=lifecycle`, the dashboard's count). */
export const lifecycleTargetCodes: readonly string[] = [
  "ics.single-sign-off-overdue",
  "ics.accreditation-overdue",
  "ics.breach-correspondence-unanswered",
  "naace.fees-overdue",
];

/** The warnings that mean a target or a due review has been missed (the register's "overdue" filter). */
export const overdueWarningCodes: readonly string[] = [
  "ics.single-sign-off-overdue",
  "ics.accreditation-overdue",
  "ics.breach-correspondence-unanswered",
  "naace.quality-review-due",
  "naace.fees-overdue",
];

/** Naace states in which an assessor is on the published list of registered assessors. */
export const publishedNaaceStates: readonly NaaceAssessorRecord["state"][] = [
  "registered",
  "developmentRequired",
  "awaitingSecondModeration",
  "accredited",
];

/** The changes the approval page offers in each state (the rule still checks each one and says why not). */
export type ApprovalFormType =
  | "attendWorkshopDayTwo"
  | "completeTraining"
  | "grantSingleSignOff"
  | "grantFullAccreditation"
  | "withdraw"
  | "ceaseActing"
  | "register"
  | "recordModeration"
  | "recordInitialFeePaid"
  | "completeDevelopment"
  | "lodgeAppeal"
  | "decideAppeal"
  | "recordSchoolAssessment"
  | "completeQualityReview"
  | "recordAnnualFeePaid"
  | "remove";

export function availableForms(current: ApprovalRecord, policy: AwardingBodyPolicy): ApprovalFormType[] {
  if (current.scheme === "ICS") {
    const record = current.record;
    switch (record.state) {
      case "inTraining":
        return [
          ...(record.workshopDayTwoOn === null ? (["attendWorkshopDayTwo"] as const) : []),
          ...(record.workshopDayTwoOn !== null && record.trainingCompletedOn === null ? (["completeTraining"] as const) : []),
          "grantSingleSignOff",
          "withdraw",
          "ceaseActing",
        ];
      case "singleSignOff":
        return ["grantFullAccreditation", "withdraw", "ceaseActing"];
      case "fullyAccredited":
      case "supportingReview":
        return ["withdraw", "ceaseActing"];
      default:
        return [];
    }
  }
  const record = current.record;
  const fees = ["recordAnnualFeePaid", "remove"] as const;
  const initialFee = record.initialFeePaidOn === null ? (["recordInitialFeePaid"] as const) : [];
  switch (record.state) {
    case "selected":
      return ["register", "remove"];
    case "registered":
      return [
        ...(record.moderations.some((m) => m.outcome === "satisfactory") ? [] : (["recordModeration"] as const)),
        ...initialFee,
        ...fees,
      ];
    case "developmentRequired":
      return ["completeDevelopment", ...initialFee, ...fees];
    case "awaitingSecondModeration":
      return ["recordModeration", ...initialFee, ...fees];
    case "accredited":
      return [
        "recordSchoolAssessment",
        ...(qualityReviewsDue(record, naacePolicyOf(policy)) > 0 ? (["completeQualityReview"] as const) : []),
        ...fees,
      ];
    case "notAccredited":
      return [...(record.appealDecided ? [] : (["lodgeAppeal"] as const)), ...fees];
    case "appealing":
      return ["decideAppeal", ...fees];
    default:
      return [];
  }
}
