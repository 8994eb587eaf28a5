import { isIsoDate, type IsoDate } from "@/lib/rules/dates";

// Reading a student records system's cell values: dates written either way round, yes/no in its
// many spellings, lists of unit references. Pure.

/** YYYY-MM-DD, or the UK's DD/MM/YYYY (also with dashes or dots); null when it is not a real date. */
export function readImportDate(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!uk) return null;
  const iso = `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

const yes = new Set(["yes", "y", "true", "1", "x"]);
const no = new Set(["no", "n", "false", "0", ""]);

/** true, false, or null when the cell is neither a yes nor a no (empty counts as no). */
export function readYesNo(value: string): boolean | null {
  const text = value.trim().toLowerCase();
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return null;
}

/** Unit reference numbers separated by semicolons, pipes or commas, upper-cased, each once. */
export function readUnitList(value: string): string[] {
  const urns = value
    .split(/[;|,]/)
    .map((urn) => urn.trim().toUpperCase().replace(/\s+/g, ""))
    .filter((urn) => urn !== "");
  return [...new Set(urns)];
}

/** A qualification number or entry code as the lookup compares it: no spaces, upper case. */
export function qualificationKey(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, "");
}
