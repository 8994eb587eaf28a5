import type { ParsedFile } from "./parse-csv";
import { jsonPath } from "./locate";

// Reads the JSON format (documented on /qualifications/import): one document with the
// qualification's facts, groups, rules and units with their outcomes and criteria. Problems are
// placed by their path in the document, e.g. units[2].credit.

export function parseQualificationJson(content: string): ParsedFile {
  const locate = jsonPath;
  try {
    const document: unknown = JSON.parse(content.replace(/^\uFEFF/, ""));
    if (document === null || typeof document !== "object" || Array.isArray(document)) {
      return {
        document: {},
        locate,
        problems: [
          { where: null, field: null, message: 'The file must hold one JSON object: { "qualificationNumber": …, "units": [ … ] }.' },
        ],
      };
    }
    return { document, locate, problems: [] };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : "not valid JSON";
    return { document: {}, locate, problems: [{ where: null, field: null, message: `The file is not valid JSON: ${detail}.` }] };
  }
}
