// Display names for the approval lifecycles, in the awarding bodies' own words.
import { displayDay } from "@/lib/format/dates";
import type { IcsApprovalState, IcsWithdrawalReason } from "@/lib/rules/approval-lifecycle-ics";
import type { NaaceAssessorState, NaaceRemovalReason } from "@/lib/rules/approval-lifecycle-naace";
import type { ApprovalEvent, ApprovalScheme } from "./lifecycle";

export const icsStateLabels = {
  inTraining: "In training",
  singleSignOff: "Single sign-off",
  fullyAccredited: "Full accreditation",
  supportingReview: "Supporting review",
  withdrawn: "Withdrawn",
  ceased: "Ceased acting",
} as const satisfies Record<IcsApprovalState, string>;

export const naaceStateLabels = {
  selected: "Selected",
  registered: "Registered",
  developmentRequired: "Development required",
  awaitingSecondModeration: "Awaiting second moderation",
  accredited: "Accredited",
  notAccredited: "Not accredited",
  appealing: "Appealing",
  removed: "Removed",
} as const satisfies Record<NaaceAssessorState, string>;

/** For a person in the register with no approval by the body (OCR: the centre approves its assessors). */
export const centreApprovedStatus = "centreApproved";
export const centreApprovedLabel = "Approved by the centre";

export function stateLabel(scheme: ApprovalScheme, state: string): string {
  const labels: Record<string, string> = scheme === "ICS" ? icsStateLabels : naaceStateLabels;
  return labels[state] ?? state;
}

export const schemeLabels = { ICS: "Institute of Customer Service lifecycle", NAACE: "Naace ICT Mark lifecycle" } as const satisfies Record<
  ApprovalScheme,
  string
>;

export const icsWithdrawalReasonLabels = {
  repeatedBreaches: "Repeated breaches of the Code",
  noResponseToBreachCorrespondence: "No response to correspondence about a breach",
  qualityAssuranceNonCompliance: "Failure to comply with the Institute's quality assurance (A5)",
  disreputeProved: "Conduct bringing the Institute into disrepute, proved by investigation (A6)",
} as const satisfies Record<IcsWithdrawalReason, string>;

export const naaceRemovalReasonLabels = {
  nonAttendanceAtAnnualEvent: "Did not attend the annual professional development event",
  unpaidFees: "Fees not paid",
  membershipLapsed: "Naace membership lapsed",
  unacceptableConduct: "Unacceptable activities or unprofessional conduct",
} as const satisfies Record<NaaceRemovalReason, string>;

export const eventLabels = {
  attendWorkshopDayTwo: "Attended day two of the Assessor Development Workshop",
  completeTraining: "Completed the Institute Assessor training programme",
  grantSingleSignOff: "Single sign-off granted",
  grantFullAccreditation: "Full accreditation granted",
  recordBreach: "Breach of the Code recorded",
  recordCorrespondenceUnanswered: "Breach correspondence unanswered",
  closeSupportingReview: "Supporting review closed",
  withdraw: "Approval withdrawn",
  ceaseActing: "Ceased acting as an assessor",
  register: "Registered",
  recordModeration: "Moderated assessment",
  recordInitialFeePaid: "Initial fee paid",
  completeDevelopment: "Shadowing or professional development completed",
  lodgeAppeal: "Appeal lodged",
  decideAppeal: "Appeal decided",
  recordSchoolAssessment: "School assessment",
  completeQualityReview: "Quality review completed",
  recordAnnualFeePaid: "Annual registration fee paid",
  remove: "Removed from the register",
} as const satisfies Record<ApprovalEvent["type"], string>;

/** The event's own facts beyond its date, in words ("Outcome: satisfactory"). */
export function eventDetails(event: ApprovalEvent): string[] {
  switch (event.type) {
    case "recordBreach":
      return [`Breach: ${event.description}`];
    case "withdraw":
      return [`Reason: ${icsWithdrawalReasonLabels[event.reason]}`];
    case "register":
      return [
        `Pen portrait ${event.penPortraitSubmitted ? "submitted" : "not submitted"}`,
        `Code of practice ${event.codeOfPracticeSigned ? "signed" : "not signed"}`,
      ];
    case "recordModeration":
      return [`Outcome: ${event.outcome}`];
    case "lodgeAppeal":
      return [event.inWriting ? "In writing" : "Not in writing"];
    case "decideAppeal":
      return [event.upheld ? "Appeal upheld: accredited" : "Appeal dismissed: not accredited"];
    case "recordAnnualFeePaid":
      return [`Paid until ${displayDay(new Date(`${event.paidUntil}T00:00:00Z`))}`];
    case "remove":
      return [
        `Reason: ${naaceRemovalReasonLabels[event.reason]}`,
        ...(event.mitigationAccepted === undefined ? [] : [`Mitigation ${event.mitigationAccepted ? "accepted" : "not accepted"}`]),
      ];
    default:
      return [];
  }
}
