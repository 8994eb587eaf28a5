import { qualificationFacts, type ImportProblem, type QualificationFact } from "./format";

// Where a problem is, in users' words: the field ("Unit L/506/2150, credit") from the path into the
// document, and the place in the file (a CSV line, or the JSON path) from the parser's locator.

type Path = readonly PropertyKey[];

/** Turns a document path into the place in the file: "Line 14", or "units[2].credit". */
export type Locator = (path: Path) => string | null;

const factNames: Record<QualificationFact, string> = {
  qualificationNumber: "Qualification number",
  title: "Title",
  entryCode: "Entry code",
  level: "Level",
  minimumGuidedLearningHours: "Minimum guided learning hours",
  approvedAgeGroups: "Approved age groups",
  unitEntriesAllowed: "Unit entries allowed",
  certificationEndDate: "Certification end date",
};
export const qualificationFactNames = factNames;

const fieldNames: Record<string, string> = {
  urn: "unit reference number",
  unitNumber: "unit number",
  title: "title",
  level: "level",
  credit: "credit",
  glh: "guided learning hours",
  group: "group",
  ref: "number",
  text: "wording",
  name: "name",
  id: "letter",
  description: "description",
  learningOutcomes: "learning outcomes",
  criteria: "criteria",
};

type Loose = Record<string, unknown> | undefined;
const at = (value: unknown, key: PropertyKey): unknown =>
  value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
const label = (value: unknown, fallback: string) => (typeof value === "string" && value.trim() !== "" ? value.trim() : fallback);

/** The field a path names, e.g. "Unit L/506/2150, outcome 2, criterion 2.1, wording". */
export function describeField(document: unknown, path: Path): { field: string | null; fact?: QualificationFact } {
  const [head, index, key, ...rest] = path;
  if (head === undefined) return { field: null };
  if (typeof head === "string" && head in qualificationFacts)
    return { field: factNames[head as QualificationFact], fact: head as QualificationFact };
  const name = (k: unknown) => (typeof k === "string" ? (fieldNames[k] ?? k) : null);
  if (head === "groups") {
    if (typeof index !== "number") return { field: "Groups" };
    const group = at(at(document, "groups"), index) as Loose;
    return { field: [`Group ${label(group?.id, String(index + 1))}`, name(key)].filter(Boolean).join(", ") };
  }
  if (head === "rules") {
    return { field: typeof index === "number" ? `Rule ${index + 1}` : "Rules of combination" };
  }
  if (head === "units") {
    if (typeof index !== "number") return { field: "Units" };
    const unit = at(at(document, "units"), index) as Loose;
    const unitName = `Unit ${label(unit?.urn, String(index + 1))}`;
    if (key !== "learningOutcomes" || typeof rest[0] !== "number") return { field: [unitName, name(key)].filter(Boolean).join(", ") };
    const outcome = at(unit?.learningOutcomes, rest[0]) as Loose;
    const outcomeName = `outcome ${label(outcome?.ref, String(rest[0] + 1))}`;
    if (rest[1] !== "criteria" || typeof rest[2] !== "number")
      return { field: [unitName, outcomeName, name(rest[1])].filter(Boolean).join(", ") };
    const criterion = at(outcome?.criteria, rest[2]) as Loose;
    const criterionName = `criterion ${label(criterion?.ref, String(rest[2] + 1))}`;
    return { field: [unitName, outcomeName, criterionName, name(rest[3])].filter(Boolean).join(", ") };
  }
  return { field: String(head) };
}

/** One problem at a path of the document. */
export function problemAt(document: unknown, locate: Locator, path: Path, message: string): ImportProblem {
  return { where: locate(path), ...describeField(document, path), message };
}

/** A JSON path as people read it: units[2].learningOutcomes[0].criteria[1].text. */
export function jsonPath(path: Path): string | null {
  if (path.length === 0) return null;
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}
