import { z } from "zod";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// The CPD log's inputs (ICS A3; handbook 4.2, 4.5; Naace CPD), shared by its forms and actions.
// Dates are calendar days, "YYYY-MM-DD"; hours are typed as text ("1.5").

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks again against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export const cpdCategories = ["ASSESSOR_SKILLS", "OCCUPATIONAL_KNOWLEDGE"] as const;
export const minimumCpdHours = 0.25;
export const maximumCpdHours = 200;
export const cpdFutureMessage = "CPD is logged once it has happened: the date cannot be in the future.";
export const hoursMessage = `Enter the hours as a number from ${minimumCpdHours} to ${maximumCpdHours}, for example 1.5.`;

/** "1.5" → 1.5; null for an empty value; NaN for anything that is not a number with at most two decimals. */
export function parseHours(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const cpdEntryFields = z
  .object({
    activityOn: z
      .string()
      .trim()
      .min(1, "Enter the date of the activity.")
      .refine(realDay, { message: "Enter a real date, for example 2026-03-31." })
      .superRefine((value, ctx) => {
        const problem = realDay(value) ? happenedOnProblem(value, tomorrowUtc(), cpdFutureMessage) : null;
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    hours: z.string().trim().max(10, hoursMessage),
    category: z.enum(cpdCategories, { error: "Choose what the CPD was about." }),
    description: textField({ max: 2000, multiline: true, required: "Say what the activity was and what you learnt." }),
    /** "" or a policy's mandatory event kind ("icsAssessorForum", "naaceAnnualEvent"). */
    mandatoryEvent: z.string().trim().max(60).default(""),
  })
  .superRefine((value, ctx) => {
    const hours = parseHours(value.hours);
    if (hours === null) {
      if (value.mandatoryEvent === "") ctx.addIssue({ code: "custom", path: ["hours"], message: "Enter the hours of CPD." });
    } else if (Number.isNaN(hours) || hours < minimumCpdHours || hours > maximumCpdHours) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: hoursMessage });
    }
  });

export const recordCpdEntrySchema = cpdEntryFields;
export type RecordCpdEntryInput = z.input<typeof recordCpdEntrySchema>;

export const updateCpdEntrySchema = z
  .object({ cpdEntryId: z.uuid("Not found."), version: z.number().int().positive() })
  .and(cpdEntryFields);
export type UpdateCpdEntryInput = z.input<typeof updateCpdEntrySchema>;

export const removeCpdEntrySchema = z.object({ cpdEntryId: z.uuid("Not found."), version: z.number().int().positive() });
export type RemoveCpdEntryInput = z.input<typeof removeCpdEntrySchema>;
