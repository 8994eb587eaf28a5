import Papa from "papaparse";

// The batch file the admin uploads to the awarding body's claims system (handbook 7.5): one row
// per certificate claimed, with what the awarding body needs to match the candidate and entry.
// Cells a spreadsheet would run as a formula (=, +, -, @ ...) are quoted so they stay text.

export type BatchFileLine = {
  centreNumber: string;
  reference: string;
  candidateName: string;
  uln: string | null;
  dateOfBirth: string;
  qualificationNumber: string;
  entryCode: string | null;
  kind: "UNIT" | "FULL_AWARD";
  urn: string | null;
  title: string;
  provisional: boolean;
};

export const batchFileColumns = [
  "Centre number",
  "Batch reference",
  "Candidate name",
  "ULN",
  "Date of birth",
  "Qualification number",
  "Entry code",
  "Claim",
  "Unit reference number",
  "Title",
  "Direct claim",
] as const;

export function batchFileCsv(lines: readonly BatchFileLine[]): string {
  const rows = lines.map((line) => [
    line.centreNumber,
    line.reference,
    line.candidateName,
    line.uln ?? "",
    line.dateOfBirth,
    line.qualificationNumber,
    line.entryCode ?? "",
    line.kind === "UNIT" ? "Unit certificate" : "Full award",
    line.kind === "UNIT" ? (line.urn ?? "") : "Full award",
    line.title,
    line.provisional ? "Yes" : "No",
  ]);
  return `${Papa.unparse({ fields: [...batchFileColumns], data: rows }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** "CLM-2026-0001.csv" */
export const batchFileName = (reference: string) => `${reference}.csv`;
