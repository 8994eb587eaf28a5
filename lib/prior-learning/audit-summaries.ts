export type PriorLearningRecordedSummary = {
  candidate: string;
  /** "L/506/2150 Resolve complaints". */
  unit: string;
  /** Criterion references ("2.1, 2.3"), or "every criterion". */
  criteria: string;
  priorLearning: string;
  evidence: string;
};

export type PriorLearningDecidedSummary = {
  candidate: string;
  unit: string;
  /** "Accepted" or "Not accepted". */
  decision: string;
  decidedOn: string;
  reasons: string;
};
