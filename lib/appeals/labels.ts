import type { AppealState } from "@/lib/rules/appeals";

export const appealStatusLabels = {
  LODGED: "Lodged: waiting for the centre",
  ACKNOWLEDGED: "Acknowledged",
  UNDER_REVIEW: "Under review",
  UPHELD: "Upheld",
  NOT_UPHELD: "Not upheld",
  WITHDRAWN: "Withdrawn",
} as const satisfies Record<AppealStatusName, string>;

export type AppealStatusName = "LODGED" | "ACKNOWLEDGED" | "UNDER_REVIEW" | "UPHELD" | "NOT_UPHELD" | "WITHDRAWN";

/** The schema's status as the rule's state (lib/rules/appeals.ts), and back. */
export const appealStateOf = {
  LODGED: "lodged",
  ACKNOWLEDGED: "acknowledged",
  UNDER_REVIEW: "underReview",
  UPHELD: "upheld",
  NOT_UPHELD: "notUpheld",
  WITHDRAWN: "withdrawn",
} as const satisfies Record<AppealStatusName, AppealState>;
export const appealStatusOf = Object.fromEntries(Object.entries(appealStateOf).map(([status, state]) => [state, status])) as Record<
  AppealState,
  AppealStatusName
>;

/** The statuses the register's filters read as open (the centre has not finished with it). */
export const openAppealStatuses = ["LODGED", "ACKNOWLEDGED", "UNDER_REVIEW"] as const satisfies readonly AppealStatusName[];

export const appealStepLabels = {
  acknowledge: "Acknowledge",
  startReview: "Start the review",
  decide: "Record the decision",
  withdraw: "Record a withdrawal",
  refer: "Record a referral to the awarding body",
  recordAwardingBodyOutcome: "Record the awarding body's outcome",
} as const;

export const decisionTypeLabels = { FORMATIVE: "Formative", SUMMATIVE: "Summative" } as const;
export const unitOutcomeLabels = { ACHIEVED: "Achieved", NOT_YET_ACHIEVED: "Not yet achieved" } as const;

/** How to appeal, in the candidate's words (handbook 5.20.4 and the assessor's duty to explain it). */
export const howToAppeal = [
  "If you disagree with an assessment decision, first talk to your assessor: they must explain the decision and the evidence behind it.",
  "If you still disagree, lodge an appeal here. Say which decision it is about and why you disagree. It is recorded with today's date and your centre's admin sees it straight away.",
  "Your centre reviews the decision, normally with the internal quality assurer (IQA), and tells you the outcome. If you are still not satisfied after the centre's process, the awarding body's appeals process (OCR: \u201cAppeals Process in Vocational Qualifications\u201d) is the next step.",
] as const;
