import { z } from "zod";
import { secretField, textField } from "@/lib/validation/text-fields";

// Shared by the sign-off actions and their forms.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A required date, YYYY-MM-DD, not in the future. */
const decidedOnField = z
  .string()
  .trim()
  .min(1, "Enter the date of the decision.")
  .refine((value) => isoDate.test(value) && !Number.isNaN(Date.parse(value)), { message: "Enter a real date, for example 2027-03-31." })
  .refine((value) => value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), {
    message: "The date of the decision cannot be in the future.",
  });

const rationaleField = textField({ max: 4000, required: "Say why: the rationale for the decision.", multiline: true });
const passwordField = secretField({ max: 1024, required: "Enter your password to sign." });

const unitRef = { candidateId: z.uuid("Not found."), unitId: z.uuid("Not found.") };
const decisionRef = {
  decisionId: z.uuid("Not found."),
  /** The decision's version the person saw: a newer one means someone else changed it. */
  version: z.number().int().positive(),
};

/** The candidate signs the unit's evidence list they were shown (its hash), with their password. */
export const signUnitDeclarationSchema = z.object({
  ...unitRef,
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and sign again."),
  password: passwordField,
});
export type SignUnitDeclarationInput = z.input<typeof signUnitDeclarationSchema>;

/** The hash of what the page showed the signer (lib/sign-off/decisions.ts evidenceToSign, or the decision's version). */
const shownContentField = z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and sign again.");

/** The assessor signs the unit off: a summative "achieved" decision with its rationale, on the evidence they were shown. */
export const signOffUnitSchema = z.object({
  ...unitRef,
  rationale: rationaleField,
  decidedOn: decidedOnField,
  contentSha256: shownContentField,
  password: passwordField,
});
export type SignOffUnitInput = z.input<typeof signOffUnitSchema>;

/** A formative decision: progress so far, not signed. */
export const recordFormativeDecisionSchema = z.object({
  ...unitRef,
  outcome: z.enum(["ACHIEVED", "NOT_YET_ACHIEVED"], { error: "Choose the outcome." }),
  rationale: rationaleField,
  decidedOn: decidedOnField,
});
export type RecordFormativeDecisionInput = z.input<typeof recordFormativeDecisionSchema>;

/** Changing a decision's rationale or date; a signed one then needs signing again. */
export const amendUnitDecisionSchema = z.object({ ...decisionRef, rationale: rationaleField, decidedOn: decidedOnField });
export type AmendUnitDecisionInput = z.input<typeof amendUnitDecisionSchema>;

/**
 * Signing (again) a summative decision, or countersigning one, with the password. contentSha256:
 * for signing again, the hash of the evidence shown (as at sign-off); for countersigning, the hash
 * of the decision's version shown.
 */
export const signUnitDecisionSchema = z.object({ ...decisionRef, contentSha256: shownContentField, password: passwordField });
export type SignUnitDecisionInput = z.input<typeof signUnitDecisionSchema>;
