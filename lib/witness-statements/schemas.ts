import { z } from "zod";
import { isIsoDate } from "@/lib/rules/dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the witness-statement form (react-hook-form's zod resolver) and the action.
// The contents the witness-statement rule checks (handbook 5.16) are optional here on purpose:
// a statement may be recorded with something missing, and the rule then lists what is missing
// and stops the evidence being accepted until it is put right.

/** "" when left empty, otherwise a real calendar day YYYY-MM-DD. */
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDate(value), { message: "Enter a real date, for example 2027-03-31." });

export const witnessStatementForms = ["WRITTEN", "RECORDED_BY_ASSESSOR"] as const;
export type WitnessStatementFormName = (typeof witnessStatementForms)[number];

const statementFields = {
  form: z.enum(witnessStatementForms, { error: "Choose whether the witness wrote it or you recorded their account." }),
  title: textField({ max: 200, required: "Give the statement a title, for example what the witness saw." }),
  witnessName: textField({ max: 120, required: "Enter the witness's name." }),
  witnessJobTitle: textField({ max: 120 }),
  witnessContactDetails: textField({ max: 300 }),
  relationshipToCandidate: textField({ max: 200 }),
  activityDate: optionalDate,
  activityTime: textField({ max: 40 }),
  venue: textField({ max: 200 }),
  description: textField({ max: 10_000, multiline: true }),
  writtenOn: optionalDate,
  signedOrConfirmedByWitness: z.boolean(),
  witnessIsRelative: z.boolean(),
  writtenByCandidate: z.boolean(),
  isExpertWitness: z.boolean(),
  expertInOccupationSince: optionalDate,
  criterionIds: z
    .array(z.uuid("Choose criteria from the list."))
    .min(1, "Choose the assessment criteria this statement is evidence for.")
    .max(200, "Choose at most 200 criteria."),
  authenticityCheckedOn: optionalDate,
  authenticityCheckMethod: textField({ max: 300 }),
  /** Files already uploaded for the candidate (the storage helper's upload widget). */
  fileIds: z.array(z.uuid("Not found.")).max(20, "Attach at most 20 files."),
};

type StatementValues = { [K in keyof typeof statementFields]: z.output<(typeof statementFields)[K]> };

function checkStatement(value: StatementValues, ctx: z.RefinementCtx) {
  if (value.isExpertWitness && value.expertInOccupationSince === "") {
    ctx.addIssue({
      code: "custom",
      path: ["expertInOccupationSince"],
      message: "Enter when the expert witness started working in the occupation.",
    });
  }
  if (value.authenticityCheckedOn !== "" && value.authenticityCheckMethod === "") {
    ctx.addIssue({
      code: "custom",
      path: ["authenticityCheckMethod"],
      message: "Say how you checked it, for example \u201cphoned the witness\u201d.",
    });
  }
  if (value.authenticityCheckMethod !== "" && value.authenticityCheckedOn === "") {
    ctx.addIssue({ code: "custom", path: ["authenticityCheckedOn"], message: "Enter the date you checked it." });
  }
  if (new Set(value.criterionIds).size !== value.criterionIds.length) {
    ctx.addIssue({ code: "custom", path: ["criterionIds"], message: "Each criterion can be chosen once." });
  }
  if (new Set(value.fileIds).size !== value.fileIds.length) {
    ctx.addIssue({ code: "custom", path: ["fileIds"], message: "Each file can be attached once." });
  }
}

/** A start date only means something for an expert witness: a hidden field is dropped, not refused. */
function withoutHiddenFields<T extends StatementValues>(value: T): T {
  return { ...value, expertInOccupationSince: value.isExpertWitness ? value.expertInOccupationSince : "" };
}

export const recordWitnessStatementSchema = z
  .object({ candidateId: z.uuid("Not found."), ...statementFields })
  .superRefine(checkStatement)
  .transform(withoutHiddenFields);
export type RecordWitnessStatementInput = z.input<typeof recordWitnessStatementSchema>;
export type RecordWitnessStatementValues = z.output<typeof recordWitnessStatementSchema>;

/**
 * Correcting a statement while its evidence awaits judgement: every field again, naming the
 * versions read of the statement and of its evidence item (whose criteria the candidate may change
 * meanwhile). fileIds are files to add (files already attached stay).
 */
export const updateWitnessStatementSchema = z
  .object({
    statementId: z.uuid("Not found."),
    version: z.number().int().positive(),
    evidenceVersion: z.number().int().positive(),
    ...statementFields,
  })
  .superRefine(checkStatement)
  .transform(withoutHiddenFields);
export type UpdateWitnessStatementInput = z.input<typeof updateWitnessStatementSchema>;

/** The fields of the form, so the action's field errors land next to them. */
export const witnessStatementFields = [
  "form",
  "title",
  "witnessName",
  "witnessJobTitle",
  "witnessContactDetails",
  "relationshipToCandidate",
  "activityDate",
  "activityTime",
  "venue",
  "description",
  "writtenOn",
  "signedOrConfirmedByWitness",
  "witnessIsRelative",
  "writtenByCandidate",
  "isExpertWitness",
  "expertInOccupationSince",
  "criterionIds",
  "authenticityCheckedOn",
  "authenticityCheckMethod",
  "fileIds",
] as const;
