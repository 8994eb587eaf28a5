import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";
import { dueOnProblem, happenedOnProblem } from "@/lib/rules/record-dates";

// Shared by the RD07 forms (feedback to the assessor, the assessor's response, completing an
// action) and their actions. Dates are calendar days, "YYYY-MM-DD".

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today's date in UTC, shifted by whole days: a day's slack either way, as UK and UTC days differ by an hour. */
const utcDay = (shiftDays: number) => new Date(Date.now() + shiftDays * 86_400_000).toISOString().slice(0, 10);

export const maximumActionsPerFeedback = 10;
export const sameActionTwice = "This action is listed twice: remove one.";

export const iqaActionSchema = z.object({
  description: textField({ max: 2000, multiline: true, required: "Say what the assessor should do." }),
  dueOn: z
    .string()
    .trim()
    .min(1, "Enter the date it is due.")
    .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
    .superRefine((value, ctx) => {
      // From yesterday (a day's slack) to two years ahead; the action checks again against its own clock.
      const problem = dueOnProblem(value, utcDay(0));
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type IqaActionFormInput = z.input<typeof iqaActionSchema>;

export const giveIqaFeedbackSchema = z.object({
  assessorUserId: z.uuid("Choose the assessor."),
  feedbackOnPractice: textField({ max: 10_000, multiline: true, required: "Write your feedback on the assessor's practice." }),
  givenOn: z
    .string()
    .trim()
    .min(1, "Enter the date the feedback was given.")
    .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
    .superRefine((value, ctx) => {
      const problem = happenedOnProblem(value, utcDay(1), "The date cannot be in the future.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  actions: z
    .array(iqaActionSchema)
    .max(maximumActionsPerFeedback, `Set at most ${maximumActionsPerFeedback} actions.`)
    .superRefine((actions, ctx) => {
      // The same action twice is a slip (a double click on "Add an action").
      const seen = new Set<string>();
      actions.forEach((action, index) => {
        const key = JSON.stringify([action.description.trim(), action.dueOn.trim()]);
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "description"], message: sameActionTwice });
        seen.add(key);
      });
    }),
});
export type GiveIqaFeedbackInput = z.input<typeof giveIqaFeedbackSchema>;
export const giveIqaFeedbackFields = ["assessorUserId", "feedbackOnPractice", "givenOn", "actions"] as const;

export const acknowledgeIqaFeedbackSchema = z.object({
  feedbackId: z.uuid("Not found."),
  /** The version of the feedback the assessor read. */
  version: z.number().int().positive(),
  assessorResponse: textField({ max: 10_000, multiline: true, required: "Write your response to the feedback." }),
});
export type AcknowledgeIqaFeedbackInput = z.input<typeof acknowledgeIqaFeedbackSchema>;

export const completeIqaActionSchema = z.object({
  actionId: z.uuid("Not found."),
  /** The version of the action the owner saw. */
  version: z.number().int().positive(),
  completionNote: textField({ max: 4000, multiline: true, required: "Say what you did to complete the action." }),
});
export type CompleteIqaActionInput = z.input<typeof completeIqaActionSchema>;
