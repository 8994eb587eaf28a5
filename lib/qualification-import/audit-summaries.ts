export type QualificationImportedSummary = {
  qualificationNumber: string;
  title: string;
  /** "the awarding body's catalogue", or the centre's name for its own use. */
  into: string;
  fileName: string;
  format: "csv" | "json";
  after: { units: number; outcomes: number; criteria: number; rules: number };
};
