import { z } from "zod";
import { isIsoDate } from "@/lib/rules/dates";
import { normaliseUln, ulnProblem } from "@/lib/rules/uln";
import { emailField, textField } from "@/lib/validation/text-fields";
import { candidateAttentionValues } from "./attention";

// Shared by the candidate actions and their forms (react-hook-form's zod resolver), so the
// browser and the server give the same messages.

const realDateMessage = "Enter a real date, for example 2027-03-31.";

/** A calendar day the person must give, as YYYY-MM-DD. */
export function requiredDateField(required: string) {
  return z
    .string({ error: required })
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") ctx.addIssue({ code: "custom", message: required });
      else if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: realDateMessage });
    });
}

/** A calendar day that may be left empty (""). */
export const optionalDateField = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDate(value), { message: realDateMessage });

/** A person chosen from a list, or "" for nobody yet. */
const optionalPersonField = z.union([z.literal(""), z.uuid("Choose someone from the list.")]);

/**
 * The ULN as typed, without spaces. Empty is allowed (the form warns); anything else must pass
 * the Learning Records Service check (lib/rules/uln.ts), with its words.
 */
export const ulnField = z
  .string()
  .transform(normaliseUln)
  .superRefine((value, ctx) => {
    if (value === "") return;
    const problem = ulnProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const entryTypes = ["FULL_AWARD", "UNITS"] as const;
export type EntryTypeName = (typeof entryTypes)[number];

/** The RD01 fields an admin keeps up to date after registering. */
const profileFields = {
  name: textField({ max: 120, required: "Enter the candidate's full name." }),
  dateOfBirth: requiredDateField("Enter the candidate's date of birth."),
  uln: ulnField,
  publiclyFunded: z.boolean(),
  phone: textField({ max: 40 }),
  address: textField({ max: 500, multiline: true }),
  employer: textField({ max: 200 }),
  workplace: textField({ max: 200 }),
  entryType: z.enum(entryTypes, { error: "Choose full award or named units." }),
  /** Only with named units; the server refuses units with a full-award entry (handbook 7.3.2). */
  entryUnitIds: z.array(z.uuid("Choose units from the list.")).max(100),
  startDate: requiredDateField("Enter the date the candidate starts."),
  initialAssessmentOn: optionalDateField,
  initialAssessmentOutcome: textField({ max: 2000, multiline: true }),
  specialAssessmentRequirements: textField({ max: 2000, multiline: true }),
};

function unitsChosenForUnitEntry(value: { entryType: string; entryUnitIds: string[] }, ctx: z.RefinementCtx) {
  if (value.entryType === "UNITS" && value.entryUnitIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["entryUnitIds"], message: "Choose at least one unit to enter the candidate for." });
  }
  if (new Set(value.entryUnitIds).size !== value.entryUnitIds.length) {
    ctx.addIssue({ code: "custom", path: ["entryUnitIds"], message: "Choose each unit once." });
  }
}

/** Registering a candidate (RD01), which also emails them an invitation to their own account. */
export const registerCandidateSchema = z
  .object({
    ...profileFields,
    email: emailField("Enter the candidate's email address: their invitation is sent there."),
    qualificationId: z.uuid("Choose a qualification."),
    entryConfirmedOn: optionalDateField,
    assessorUserId: optionalPersonField,
    iqaUserId: optionalPersonField,
  })
  .superRefine(unitsChosenForUnitEntry);
export type RegisterCandidateInput = z.input<typeof registerCandidateSchema>;

const candidateRef = {
  candidateId: z.uuid("Not found."),
  /** The version the person saw; a newer one in the database means someone else changed it. */
  version: z.number().int().positive(),
};

/** Editing the RD01 profile and entry (the qualification stays; email is where the invitation went). */
export const updateRegistrationSchema = z.object({ ...candidateRef, ...profileFields }).superRefine(unitsChosenForUnitEntry);
export type UpdateRegistrationInput = z.input<typeof updateRegistrationSchema>;

/** The entry was confirmed with the awarding body on this day. */
export const confirmEntrySchema = z.object({
  ...candidateRef,
  entryConfirmedOn: requiredDateField("Enter the date the entry was confirmed."),
});
export type ConfirmEntryInput = z.input<typeof confirmEntrySchema>;

/** Allocating (or clearing) the candidate's assessor and IQA. */
export const allocateStaffSchema = z.object({ ...candidateRef, assessorUserId: optionalPersonField, iqaUserId: optionalPersonField });
export type AllocateStaffInput = z.input<typeof allocateStaffSchema>;

export const withdrawCandidateSchema = z.object({
  ...candidateRef,
  withdrawnOn: requiredDateField("Enter the date the candidate withdrew."),
  withdrawalReason: textField({ max: 1000, multiline: true, required: "Give the reason for the withdrawal." }),
});
export type WithdrawCandidateInput = z.input<typeof withdrawCandidateSchema>;

export const candidateRefSchema = z.object(candidateRef);
export type CandidateRef = z.input<typeof candidateRefSchema>;

/** The list's search and filters, read from the URL (anything odd is ignored, not refused). */
export const candidateListFilterSchema = z.object({
  q: z.string().trim().max(120).catch(""),
  status: z.enum(["ACTIVE", "WITHDRAWN", "COMPLETED"]).optional().catch(undefined),
  assessor: z.uuid().optional().catch(undefined),
  needs: z.enum(candidateAttentionValues).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type CandidateListFilter = z.output<typeof candidateListFilterSchema>;
