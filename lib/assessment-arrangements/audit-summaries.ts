/** An arrangement as recorded: what the audit trail shows of it. */
export type ArrangementSnapshot = {
  kind: string;
  reason: string;
  arrangement: string;
  /** "L/506/2150 Resolve complaints", or "Every unit". */
  unit: string;
  appliesFrom: string;
  /** "" while it has no end. */
  appliesUntil: string;
  /** "" where the awarding body's approval is not needed or not yet given. */
  approvedByAwardingBodyOn: string;
};

export type ArrangementRecordedSummary = { candidate: string } & ArrangementSnapshot;

export type ArrangementChangedSummary = { candidate: string; before: ArrangementSnapshot; after: ArrangementSnapshot };

export type ArrangementRemovedSummary = { candidate: string } & ArrangementSnapshot;
