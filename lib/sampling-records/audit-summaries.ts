// What the sampling-record actions' audit entries record (never the password, never the signed
// content: that is in RecordVersion, named here by its version and hash).

export type SamplingRecordedSummary = {
  candidate: string;
  unit: string;
  assessor: string;
  planItemId: string;
  decisionId: string;
  decisionVersion: number;
  stage: "INTERIM" | "SUMMATIVE";
  sampledOn: string;
  outcome: "AGREE" | "AGREE_WITH_ACTION" | "DISAGREE";
  criteria: number;
  evidence: number;
  actions: number;
  feedbackId: string | null;
  /** A disagreement reopened the decision: its status before and after. */
  reopened: { before: string; after: "REOPENED" } | null;
  /** A follow-up after a disagreement on the same plan item: the earlier (disagreeing) record's id. */
  followUpOf?: string | null;
};

export type IqaCountersignedSummary = {
  candidate: string;
  unit: string;
  decisionId: string;
  samplingRecordId: string;
  version: number;
  contentSha256: string;
};
