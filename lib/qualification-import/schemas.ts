import { z } from "zod";
import { combinationRuleSchema } from "@/lib/qualifications/rule-of-combination-data";
import { textField } from "@/lib/validation/text-fields";
import { ageGroups, importFormats, maxImportFileLength } from "./format";

// What an imported qualification must look like once its file is read (CSV and JSON alike), and
// what the import form sends. Shared by the page and the actions; no server imports.

/** Ofqual qualification numbers: three digits, four digits, a check character, e.g. 601/3433/1. */
export const qualificationNumberPattern = /^\d{3}\/\d{4}\/[0-9X]$/;
/** Ofqual unit reference numbers: a letter, three digits, four digits, e.g. L/506/2150. */
export const unitUrnPattern = /^[A-Z]\/\d{3}\/\d{4}$/;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDatePattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** Blank cells, nulls and empty strings all mean "not given". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

function wholeNumber(what: string, min: number, max: number) {
  return z
    .number({ error: `Give ${what} as a whole number.` })
    .int(`Give ${what} as a whole number.`)
    .min(min, `${capitalise(what)} must be ${min} or more.`)
    .max(max, `${capitalise(what)} must be ${max} or less.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const criterionSchema = z.object({
  ref: z.string({ error: "Give the criterion's number, like 1.1." }).trim().min(1, "Give the criterion's number, like 1.1."),
  text: textField({ max: 2_000, multiline: true, required: "Give the criterion's wording." }),
});

const learningOutcomeSchema = z.object({
  ref: z.string({ error: "Give the outcome's number, like 1." }).trim().min(1, "Give the outcome's number, like 1."),
  title: textField({ max: 500, required: "Give the outcome's title." }),
  criteria: z.array(criterionSchema, "List the outcome's criteria.").min(1, "Every outcome needs at least one assessment criterion."),
});

const unitSchema = z.object({
  urn: z
    .string({ error: "Give the unit reference number." })
    .trim()
    .regex(unitUrnPattern, "Give the unit reference number as a letter, three digits and four digits, like L/506/2150."),
  unitNumber: z.preprocess(blankToUndefined, wholeNumber("the unit number", 1, 999).optional()),
  title: textField({ max: 300, required: "Give the unit's title." }),
  level: wholeNumber("the unit's level", 1, 8),
  credit: wholeNumber("the unit's credit", 1, 200),
  glh: wholeNumber("the guided learning hours", 0, 2_000),
  group: z
    .string({ error: "Give the unit's group, like A." })
    .trim()
    .min(1, "Give the unit's group, like A.")
    .max(10, "Use at most 10 characters."),
  learningOutcomes: z
    .array(learningOutcomeSchema, "List the unit's learning outcomes.")
    .min(1, "Every unit needs at least one learning outcome."),
});

const groupSchema = z.object({
  id: z
    .string({ error: "Give the group's letter, like A." })
    .trim()
    .min(1, "Give the group's letter, like A.")
    .max(10, "Use at most 10 characters."),
  name: textField({ max: 100, required: "Give the group's name, like Group A." }),
  description: z.preprocess(blankToUndefined, textField({ max: 300 }).optional()),
});

/** A qualification as read from its file, before the cross-checks (lib/qualification-import/check-document.ts). */
export const qualificationDocumentSchema = z.object({
  qualificationNumber: z
    .string({ error: "Give the qualification number." })
    .trim()
    .regex(
      qualificationNumberPattern,
      "Give the Ofqual qualification number as three digits, four digits and a check character, like 603/1234/5.",
    ),
  title: textField({ max: 300, required: "Give the qualification's title." }),
  entryCode: z.preprocess(blankToUndefined, textField({ max: 20 }).optional()),
  level: wholeNumber("the level", 1, 8),
  minimumGuidedLearningHours: z.preprocess(blankToUndefined, wholeNumber("the minimum guided learning hours", 1, 10_000).optional()),
  approvedAgeGroups: z
    .array(z.enum(ageGroups, `Name age groups from this list: ${ageGroups.join(", ")}.`), "List the approved age groups.")
    .min(1, "Name at least one approved age group.")
    .refine((groups) => new Set(groups).size === groups.length, "Name each age group once."),
  unitEntriesAllowed: z.boolean({ error: "Say yes or no: may candidates be entered for single units?" }),
  certificationEndDate: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "Give the date as YYYY-MM-DD." })
      .trim()
      .refine(realDay, "Give a real date as YYYY-MM-DD, like 2029-12-31.")
      .optional(),
  ),
  groups: z.array(groupSchema, "List the rule-of-combination groups.").min(1, "Name at least one group."),
  rules: z.array(combinationRuleSchema, "List the rules of combination.").min(1, "Give at least one rule of combination."),
  units: z.array(unitSchema, "List the units.").min(1, "List at least one unit.").max(400, "A qualification may have at most 400 units."),
});
export type QualificationDocument = z.output<typeof qualificationDocumentSchema>;

/** What the import form sends: the file's text, read in the browser, and its format. */
export const importQualificationSchema = z.object({
  format: z.enum(importFormats, "Choose CSV or JSON."),
  fileName: z.string().trim().max(200).default(""),
  content: z
    .string({ error: "Choose a file." })
    .min(1, "Choose a file: this one is empty.")
    .max(maxImportFileLength, `The file is too large: at most ${Math.round(maxImportFileLength / 1000)} kB.`),
});
export type ImportQualificationInput = z.input<typeof importQualificationSchema>;
export type ImportQualificationSchemaOutput = z.output<typeof importQualificationSchema>;
