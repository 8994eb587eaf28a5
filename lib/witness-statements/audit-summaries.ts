/** What recording a witness statement writes to the audit trail (no personal contact details). */
export type WitnessStatementRecordedSummary = {
  candidate: string;
  evidenceReference: string;
  witness: string;
  form: "WRITTEN" | "RECORDED_BY_ASSESSOR";
  expertWitness: boolean;
  criteria: string[];
  /** The rule's findings when it was recorded, by code (e.g. "witness.not-signed"). */
  findings: string[];
};

/** What correcting a statement writes: which fields changed, the criteria now, and the rule's findings after. */
export type WitnessStatementCorrectedSummary = {
  candidate: string;
  evidenceReference: string;
  changed: string[];
  criteria: string[];
  findings: { before: string[]; after: string[] };
};
