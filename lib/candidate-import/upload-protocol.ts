// The upload route's answer, read by the upload form: one JSON object per line, sent as the file
// is read, so the page can show how far it has got. No server imports.

export const mappingHeader = "X-Column-Mapping";

export type UploadEvent =
  /** Rows read so far, and bytes of the file received (for the progress bar). */
  | { type: "progress"; rows: number; bytes: number }
  /** The whole file is read; its rows are being checked and stored. */
  | { type: "checking"; rows: number }
  | { type: "done"; importId: string; rows: number; valid: number; withProblems: number; alreadyRegistered: number }
  | { type: "error"; error: string; fieldErrors?: Record<string, string[]> };

export const candidateImportUploadUrl = "/api/candidate-imports";
