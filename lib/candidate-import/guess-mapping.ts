import { importFields, importFieldSpecs, type ImportField, type ImportRowValues } from "./fields";

// The column mapping: which CSV header feeds which candidate field. Guessed from the header names
// (case, spaces and punctuation ignored), then changed by the admin if the guess is wrong. Pure.

/** { field: header }; a field without a column is left out. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

function simplified(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Each field's column, guessed from the headers; each header feeds one field at most. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of importFields) {
    const synonyms = importFieldSpecs[field].synonyms;
    const header = headers.find((candidate) => !taken.has(candidate) && synonyms.includes(simplified(candidate)));
    if (header !== undefined) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}

/** Why a mapping cannot be used with these headers: required fields without a column, unknown headers. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const field of importFields) {
    const header = mapping[field];
    if (header === undefined || header === "") {
      if (importFieldSpecs[field].required) problems.push(`Choose the column for ${importFieldSpecs[field].label.toLowerCase()}.`);
    } else if (!headers.includes(header)) {
      problems.push(`The file has no column "${header}" (for ${importFieldSpecs[field].label.toLowerCase()}).`);
    }
  }
  return problems;
}

/** A row of the file read through the mapping (values trimmed; missing cells are ""). */
export function mapRow(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping): ImportRowValues {
  const values = {} as ImportRowValues;
  for (const field of importFields) {
    const header = mapping[field];
    const index = header === undefined ? -1 : headers.indexOf(header);
    values[field] = index < 0 ? "" : (cells[index] ?? "").trim();
  }
  return values;
}
