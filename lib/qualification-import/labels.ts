import type { AgeGroup } from "@/lib/rules/qualification-spec";
import type { ImportFormat } from "./format";

export const importFormatLabels: Record<ImportFormat, string> = { csv: "CSV (a spreadsheet saved as CSV)", json: "JSON" };

export const ageGroupLabels: Record<AgeGroup, string> = {
  pre16: "Under 16",
  "16-18": "16 to 18",
  "18+": "18 and over",
  "19+": "19 and over",
};

/** The example files offered for download, by file name. */
export const exampleFileNames = { csv: "example-qualification.csv", json: "example-qualification.json" } as const satisfies Record<
  ImportFormat,
  string
>;

/** The format a file's name suggests, or null when it suggests neither. */
export function formatOfFileName(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".json")) return "json";
  return null;
}

/** Shown beside the qualification number in the preview when the number is already taken. */
export function takenNumberMessage(qualificationNumber: string, destination: "centre" | "catalogue"): string {
  return destination === "centre"
    ? `Qualification ${qualificationNumber} is already in your awarding body's catalogue or your centre's own list: it cannot be imported again.`
    : `Qualification ${qualificationNumber} is already used by one of your awarding body's qualifications: it cannot be imported again.`;
}
