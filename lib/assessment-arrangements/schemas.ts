import { z } from "zod";
import { earliestRecordDay } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";
import { arrangementKinds } from "./labels";

// Shared by the reasonable-adjustment and special-consideration forms and their actions (handbook
// 9.10). Dates are calendar days, "YYYY-MM-DD"; an arrangement may start or end in the future.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const tooEarly = "The date cannot be before 1 January 2000.";
const realDayMessage = "Enter a real date, for example 2026-03-31.";

function dayField(required: string) {
  return z
    .string()
    .trim()
    .min(1, { message: required, abort: true })
    .refine(realDay, { message: realDayMessage, abort: true })
    .refine((value) => value >= earliestRecordDay, tooEarly);
}

function optionalDayField() {
  return z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || realDay(value), { message: realDayMessage, abort: true })
    .refine((value) => value === "" || value >= earliestRecordDay, tooEarly);
}

const arrangementFields = {
  kind: z.enum(arrangementKinds, "Choose a reasonable adjustment or special consideration."),
  reason: textField({ max: 4_000, multiline: true, required: "Say what the need or circumstance is." }),
  arrangement: textField({ max: 4_000, multiline: true, required: "Say what is done for the candidate." }),
  /** The unit it applies to, or "" for every unit. */
  unitId: z.union([z.literal(""), z.uuid("Choose a unit from the list.")]),
  appliesFrom: dayField("Enter the date it applies from."),
  /** "" while it has no end. */
  appliesUntil: optionalDayField(),
  /** "" where the awarding body's approval is not needed (delegated to the centre) or not yet given. */
  approvedByAwardingBodyOn: optionalDayField(),
};

type Dated = { appliesFrom: string; appliesUntil: string };
function untilAfterFrom(value: Dated, ctx: z.RefinementCtx) {
  if (value.appliesUntil !== "" && realDay(value.appliesFrom) && value.appliesUntil < value.appliesFrom) {
    ctx.addIssue({ code: "custom", path: ["appliesUntil"], message: "The end date cannot be before the date it applies from." });
  }
}

export const recordArrangementSchema = z.object({ candidateId: z.uuid("Not found."), ...arrangementFields }).superRefine(untilAfterFrom);
export type RecordArrangementInput = z.input<typeof recordArrangementSchema>;

export const changeArrangementSchema = z
  .object({
    candidateId: z.uuid("Not found."),
    arrangementId: z.uuid("Not found."),
    /** The version the admin saw. */
    version: z.number().int().positive(),
    ...arrangementFields,
  })
  .superRefine(untilAfterFrom);
export type ChangeArrangementInput = z.input<typeof changeArrangementSchema>;

export const removeArrangementSchema = z.object({
  candidateId: z.uuid("Not found."),
  arrangementId: z.uuid("Not found."),
  version: z.number().int().positive(),
});
export type RemoveArrangementInput = z.input<typeof removeArrangementSchema>;

export const arrangementFieldNames = [
  "kind",
  "reason",
  "arrangement",
  "unitId",
  "appliesFrom",
  "appliesUntil",
  "approvedByAwardingBodyOn",
] as const;
