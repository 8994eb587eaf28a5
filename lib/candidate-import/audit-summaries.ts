// What the candidate-import actions' audit entries record: counts and line numbers, never the
// candidates' personal details (each registration is in its candidate's own history).

export type CandidateImportCheckedSummary = {
  fileName: string;
  /** Data rows read from the file. */
  rows: number;
  valid: number;
  withProblems: number;
  alreadyRegistered: number;
  /** { field: header } as used. */
  mapping: Record<string, string>;
};

export type CandidateImportRowFixedSummary = {
  fileName: string;
  line: number;
  /** The fields whose values the admin changed. */
  changedFields: string[];
  before: { status: string; problems: number };
  after: { status: string; problems: number };
};

export type CandidatesImportedSummary = {
  fileName: string;
  /** "ALL" or "VALID_ONLY" (rows with problems left out at the admin's choice). */
  rows: string;
  /** This step: registered now, found already registered, found to have a problem since the preview. */
  registered: number;
  alreadyRegistered: number;
  newlyWithProblems: number;
  /** First and last line registered in this step. */
  lines: string;
  /** Whether the import is now complete, and its totals when it is. */
  finished: boolean;
  totals: { imported: number; alreadyRegistered: number; leftOut: number } | null;
};
