import { z } from "zod";
import { earliestRecordDay, happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the Direct Claims Status forms and their actions (handbook 5.21). Dates are calendar
// days, "YYYY-MM-DD": a grant, withdrawal or reinstatement from 2000 to today; an end date may be
// in the future.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const realDayMessage = "Enter a real date, for example 2026-03-31.";
/** Today's date in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function happenedOn(required: string) {
  return z
    .string()
    .trim()
    .min(1, { message: required, abort: true })
    .refine(realDay, { message: realDayMessage, abort: true })
    .superRefine((value, ctx) => {
      const problem = happenedOnProblem(value, tomorrowUtc(), "The date cannot be in the future.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const endsOnField = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || realDay(value), { message: realDayMessage, abort: true })
  .refine((value) => value === "" || value >= earliestRecordDay, "The date cannot be before 1 January 2000.");

const conditionsField = textField({
  max: 10_000,
  multiline: true,
  required: "Write the conditions in the authorisation letter (or “None”).",
});

export const recordDirectClaimsStatusSchema = z
  .object({
    qualificationId: z.uuid("Choose the qualification."),
    grantedOn: happenedOn("Enter the date OCR said the centre could use DCS."),
    /** "" : the qualification's own end date applies. */
    endsOn: endsOnField,
    conditions: conditionsField,
  })
  .superRefine((value, ctx) => {
    if (value.endsOn !== "" && realDay(value.grantedOn) && value.endsOn <= value.grantedOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end date must be after the date DCS was granted." });
    }
  });
export type RecordDirectClaimsStatusInput = z.input<typeof recordDirectClaimsStatusSchema>;

const statusChange = {
  statusId: z.uuid("Not found."),
  /** The version the admin saw. */
  version: z.number().int().positive(),
};

export const changeDirectClaimsStatusSchema = z.object({
  ...statusChange,
  endsOn: endsOnField,
  conditions: conditionsField,
  reason: textField({ max: 4_000, multiline: true, required: "Say what changed and why (for example, a new authorisation letter)." }),
});
export type ChangeDirectClaimsStatusInput = z.input<typeof changeDirectClaimsStatusSchema>;

export const withdrawDirectClaimsStatusSchema = z.object({
  ...statusChange,
  withdrawnOn: happenedOn("Enter the date OCR withdrew DCS."),
  reason: textField({ max: 4_000, multiline: true, required: "Give OCR's reason for the withdrawal." }),
});
export type WithdrawDirectClaimsStatusInput = z.input<typeof withdrawDirectClaimsStatusSchema>;

export const reinstateDirectClaimsStatusSchema = z.object({
  ...statusChange,
  reinstatedOn: happenedOn("Enter the date OCR reinstated DCS."),
  reason: textField({
    max: 4_000,
    multiline: true,
    required: "Say how it was reinstated (at a visit with action points completed, or through the full DCS process).",
  }),
});
export type ReinstateDirectClaimsStatusInput = z.input<typeof reinstateDirectClaimsStatusSchema>;
