// What the audit trail keeps for each approval change: before/after state and the facts behind it.

export type ApprovalEventRecordedSummary = {
  assessor: string;
  scheme: "ICS" | "NAACE";
  event: string;
  on: string;
  before: { state: string };
  after: { state: string; approvedOn: string | null; feesPaidUntil: string | null };
  reason: string;
  evidence: string | null;
  school: string | null;
  sequence: number;
  /** Set when withdrawing or ceasing to act closed the open supporting review. */
  closedSupportingReviewId?: string | null;
  /** Set when registration changed the organisation published on the list of registered assessors. */
  organisation?: { before: string | null; after: string };
};

export type ApprovalStartedSummary = {
  assessor: string;
  scheme: "ICS" | "NAACE";
  after: { state: string; organisation: string | null };
  reason: string;
};
