import type { AgeGroup } from "@/lib/rules/qualification-spec";

// The two file formats a qualification is imported from, described once: the parsers read these
// names and the import page documents them. Pure: no server imports.

export const importFormats = ["csv", "json"] as const;
export type ImportFormat = (typeof importFormats)[number];

/**
 * Largest file accepted (characters): a qualification with 300 units and 3,000 criteria fits. The
 * file travels in a server action's body, which proxy.ts caps at 1 MB, with room left for JSON escaping.
 */
export const maxImportFileLength = 600_000;

/** The CSV's columns, in order. Every row says what it is in `kind`. */
export const csvColumns = [
  "kind",
  "name",
  "value",
  "unit_urn",
  "unit_number",
  "unit_title",
  "unit_level",
  "unit_credit",
  "unit_glh",
  "unit_group",
  "outcome_ref",
  "outcome_title",
  "criterion_ref",
  "criterion_text",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** The kinds of CSV row. */
export const csvRowKinds = ["qualification", "group", "rule", "criterion"] as const;

/** The qualification facts a `qualification` row names, and what each holds. */
export const qualificationFacts = {
  qualificationNumber: "The Ofqual qualification number, e.g. 603/1234/5 (required)",
  title: "The qualification's title (required)",
  entryCode: "The awarding body's own entry code (optional)",
  level: "Level 1 to 8 (required)",
  minimumGuidedLearningHours: "Minimum guided learning hours (optional)",
  approvedAgeGroups: "The approved age groups, separated by spaces: pre16 16-18 18+ 19+ (required)",
  unitEntriesAllowed: "yes or no: whether candidates may be entered unit by unit (required)",
  certificationEndDate: "The last date certificates can be claimed, YYYY-MM-DD (optional)",
} as const;
export type QualificationFact = keyof typeof qualificationFacts;

export const ageGroups = ["pre16", "16-18", "18+", "19+"] as const satisfies readonly AgeGroup[];

/** How each kind of rule is written in a CSV `rule` row's value. */
export const csvRuleSyntax = {
  allOfGroup: "group=A",
  minimumTotalCredit: "credit=37",
  minimumCreditFromGroup: "group=B; credit=6",
  maximumCreditFromGroup: "group=C; credit=9",
  minimumCreditAtOrAboveLevel: "level=3; credit=10",
  barredCombination: "units=K/601/1234 M/601/5678",
} as const;

/** One thing wrong with a file, with where it is: a CSV line, or a JSON path, and the field. */
export type ImportProblem = {
  /** "Line 14" (CSV) or "units[2].credit" (JSON); null for a problem with the file as a whole. */
  where: string | null;
  /** The field in users' words, e.g. "Qualification number", "Unit L/506/2150 credit". */
  field: string | null;
  message: string;
  /** Set when the problem belongs to a qualification fact, so the preview shows it beside the fact. */
  fact?: QualificationFact;
};
