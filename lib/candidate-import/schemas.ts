import { z } from "zod";
// Imported for its side effect: zod runs without `new Function` in the browser (the CSP; see that file).
import "@/lib/validation/text-fields";
import { importFields, type ImportField } from "./fields";

// Shared by the candidate-import actions, the upload route and the preview's forms. No server imports.

/** The longest value a field of a candidate's row may hold. */
export const maxCellChars = 2000;
export const cellTooLongMessage = "Use at most 2,000 characters in a cell.";

const cell = z.string().max(maxCellChars, cellTooLongMessage);

/** The most rows one file may hold (a college's whole intake fits easily). */
export const maxImportRows = 50_000;

/** { field: header } as the admin chose it; a field without a column is left out. */
export const columnMappingSchema = z.partialRecord(z.enum(importFields), z.string().max(200));

/** What the upload route read from the file, to check and store as a preview. */
export const previewCandidateImportSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  headers: z.array(z.string().max(200, "Use at most 200 characters in a column's name.")).min(1).max(200),
  mapping: columnMappingSchema,
  /** The data rows' cells in header order, each with its line in the file (the header is line 1). */
  rows: z
    // A cell is not limited here (read-csv.ts bounds a line at 64 KB): an unmapped column's cell is
    // ignored, and a mapped one longer than `maxCellChars` is that row's problem (check-row.ts).
    .array(z.object({ lineNumber: z.number().int().min(2), cells: z.array(z.string()).max(200) }))
    .max(maxImportRows, `A file may hold at most ${maxImportRows.toLocaleString("en-GB")} candidates: split it.`),
});
export type PreviewCandidateImportInput = z.input<typeof previewCandidateImportSchema>;

/** A row's values as the admin corrected them in the preview. */
export const rowValuesSchema = z.object(
  Object.fromEntries(importFields.map((field) => [field, cell.trim()])) as Record<ImportField, typeof cell>,
);

export const fixCandidateImportRowSchema = z.object({
  importId: z.uuid("Not found."),
  rowId: z.uuid("Not found."),
  /** The row's version the admin corrected; someone else's correction meanwhile is refused. */
  version: z.number().int().positive(),
  values: rowValuesSchema,
});
export type FixCandidateImportRowInput = z.input<typeof fixCandidateImportRowSchema>;

export const importChoices = ["ALL", "VALID_ONLY"] as const;

export const importCandidatesSchema = z.object({
  importId: z.uuid("Not found."),
  /** The import's version the admin saw (a row fixed or a step imported meanwhile makes it newer). */
  version: z.number().int().positive(),
  /** ALL: only when every row is valid; VALID_ONLY: the admin chose to leave the rows with problems out. */
  rows: z.enum(importChoices, { error: "Choose whether to import every row or only the valid ones." }),
});
export type ImportCandidatesInput = z.input<typeof importCandidatesSchema>;

export const candidateImportRefSchema = z.object({ importId: z.uuid("Not found."), version: z.number().int().positive() });
export type CandidateImportRef = z.input<typeof candidateImportRefSchema>;
