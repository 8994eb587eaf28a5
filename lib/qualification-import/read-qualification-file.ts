// First: sets zod's no-eval mode before any schema below is built (the page's Content-Security-Policy forbids eval).
import "@/lib/validation/text-fields";
import { checkQualificationDocument } from "./check-document";
import type { ImportFormat, ImportProblem } from "./format";
import { parseQualificationCsv } from "./parse-csv";
import { parseQualificationJson } from "./parse-json";
import type { QualificationDocument } from "./schemas";

// A qualification file read and checked, the same way for the preview and for the import: the
// qualification when it can be imported, and otherwise every problem with where it is.

export type ReadQualificationFile = {
  /** Set only when there are no problems: what may be imported. */
  qualification: QualificationDocument | null;
  /** The qualification as read, for the preview, whenever the file has the right shape (problems or not). */
  preview: QualificationDocument | null;
  problems: ImportProblem[];
};

/** `today` is "YYYY-MM-DD" (the certification end date must not have passed). */
export function readQualificationFile(format: ImportFormat, content: string, today: string): ReadQualificationFile {
  const parsed = format === "csv" ? parseQualificationCsv(content) : parseQualificationJson(content);
  const checked = checkQualificationDocument(parsed.document, parsed.locate, today);
  const problems = [...parsed.problems, ...checked.problems];
  return { qualification: problems.length === 0 ? checked.document : null, preview: checked.document, problems };
}
