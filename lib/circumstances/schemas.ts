import { z } from "zod";
import { addDays, addYears } from "@/lib/rules/dates";
import { earliestRecordDay } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the change-of-circumstance form and its actions (ICS A10). Dates are calendar days.

export const circumstanceChangeKinds = ["EMPLOYER", "ROLE", "NAME", "CONTACT_DETAILS", "CEASING_TO_ASSESS"] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const utcToday = () => new Date().toISOString().slice(0, 10);

/** A change may be notified ahead (ceasing to assess next term), up to a year; not before 2000. */
export const maximumYearsAhead = 1;
export const effectiveOnMessages = {
  tooEarly: "The date cannot be before 1 January 2000.",
  tooFar: `The date must be within ${maximumYearsAhead} year of today.`,
} as const;

/** The problem with the day a change takes effect, or null. Pure: the action checks it against its own clock. */
export function effectiveOnProblem(value: string, today: string): string | null {
  if (value < earliestRecordDay) return effectiveOnMessages.tooEarly;
  // A day's slack: the person's day and UTC's can differ.
  if (value > addDays(addYears(today, maximumYearsAhead), 1)) return effectiveOnMessages.tooFar;
  return null;
}

export const notifyCircumstanceChangeSchema = z.object({
  kind: z.enum(circumstanceChangeKinds, { error: "Choose what has changed." }),
  details: textField({ max: 4000, multiline: true, required: "Say what has changed, for example your new employer and job title." }),
  effectiveOn: z
    .string()
    .trim()
    .min(1, "Enter the date the change takes effect.")
    .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
    .superRefine((value, ctx) => {
      const problem = effectiveOnProblem(value, utcToday());
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type NotifyCircumstanceChangeInput = z.input<typeof notifyCircumstanceChangeSchema>;
export const notifyCircumstanceChangeFields = ["kind", "details", "effectiveOn"] as const;

export const acknowledgeCircumstanceChangeSchema = z.object({
  changeId: z.uuid("Not found."),
});
export type AcknowledgeCircumstanceChangeInput = z.input<typeof acknowledgeCircumstanceChangeSchema>;
