// Date order in an approval's history: a new lifecycle event may not be dated before the latest
// change already recorded (single sign-off before the training it follows, an appeal before the
// notification, a withdrawal before the breach). Back-dating would reorder history and move the
// targets and the CPD year that count from it. Pure: the caller passes the stored dates.
import type { IcsApprovalEvent } from "./approval-lifecycle-ics";
import type { NaaceAssessorEvent } from "./approval-lifecycle-naace";
import { latestDate, type IsoDate } from "./dates";

type LifecycleEventType = IcsApprovalEvent["type"] | NaaceAssessorEvent["type"];

/** The change as the subject of a sentence ("Single sign-off cannot be dated before …"). */
export const lifecycleEventNouns = {
  attendWorkshopDayTwo: "Day two of the Assessor Development Workshop",
  completeTraining: "Completing the Institute Assessor training",
  grantSingleSignOff: "Single sign-off",
  grantFullAccreditation: "Full accreditation",
  recordBreach: "A breach of the Code",
  recordCorrespondenceUnanswered: "Unanswered breach correspondence",
  closeSupportingReview: "Closing the supporting review",
  withdraw: "Withdrawal of approval",
  ceaseActing: "Ceasing to act",
  register: "Registration",
  recordModeration: "A moderated assessment",
  recordInitialFeePaid: "The initial fee",
  completeDevelopment: "Shadowing or professional development",
  lodgeAppeal: "An appeal",
  decideAppeal: "The appeal decision",
  recordSchoolAssessment: "A school assessment",
  completeQualityReview: "A quality review",
  recordAnnualFeePaid: "An annual fee payment",
  remove: "Removal from the register",
} as const satisfies Record<LifecycleEventType, string>;

/**
 * Why a new event's date is refused, or null: it is before the latest date already recorded on
 * the approval (`recordedOn`: the stored events' dates, in any order).
 */
export function eventDateRefusal(
  event: { readonly type: LifecycleEventType; readonly on: IsoDate },
  recordedOn: readonly IsoDate[],
): string | null {
  const latest = latestDate(recordedOn);
  if (latest === null || event.on >= latest) return null;
  return `${lifecycleEventNouns[event.type]} cannot be dated before ${latest}, the last recorded change.`;
}
