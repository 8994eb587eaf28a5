// What the audit trail keeps for each supporting-review action (typed, no secrets).

export type BreachRecordedSummary = {
  assessor: string;
  occurredOn: string;
  description: string;
  supportingReviewId: string;
  /** True when the breach opened a new review; false when it joined the open one. */
  openedReview: boolean;
  stateAfter: string;
};

export type CorrespondenceRecordedSummary = {
  assessor: string;
  direction: "TO_ASSESSOR" | "FROM_ASSESSOR";
  sentOn: string;
  summary: string;
  responseDueOn: string | null;
};

export type NoResponseRecordedSummary = { assessor: string; letterSentOn: string; responseDueOn: string };

export type SupportingReviewClosedSummary = { assessor: string; closedOn: string; outcome: string; stateAfter: string };

export type ApprovalWithdrawnSummary = { assessor: string; withdrawnOn: string; reason: string; outcome: string };
