export type DirectClaimsStatusRecordedSummary = {
  /** "601/3433/1 OCR Level 2 Diploma in Customer Service". */
  qualification: string;
  grantedOn: string;
  /** "" : the qualification's end date applies. */
  endsOn: string;
  conditions: string;
};

export type DirectClaimsStatusChangedSummary = {
  qualification: string;
  before: { endsOn: string; conditions: string };
  after: { endsOn: string; conditions: string };
  reason: string;
};

/** A withdrawal or a reinstatement. */
export type DirectClaimsStatusStepSummary = {
  qualification: string;
  /** "Active" / "Withdrawn". */
  before: string;
  after: string;
  on: string;
  reason: string;
};
