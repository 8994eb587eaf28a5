// The audit entries of sampling plans (what the audit trail shows for each change).

export type SamplingPlanProposedSummary = {
  qualification: string;
  iqa: string;
  period: { from: string; to: string };
  seed: string;
  decisionsInScope: number;
  items: number;
  /** Decisions of the period left out: the IQA's own, countersigned by them, conflicted. */
  excluded: { ownDecision: number; countersigned: number; conflict: number };
};

export type SamplingPlanItemAddedSummary = {
  candidate: string;
  unit: string;
  assessor: string;
  reason: string;
  /** True when the decision had been dropped from the plan before and is planned again. */
  restored: boolean;
};

export type SamplingPlanItemDroppedSummary = { candidate: string; unit: string; assessor: string; reason: string };

export type SamplingPlanRecordedSummary = { qualification: string; period: { from: string; to: string }; items: number };
