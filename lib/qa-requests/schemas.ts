import { z } from "zod";
import { dueOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";

// Shared by the quality-assurance request forms (ICS A5) and their actions.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const utcDay = (shiftDays: number) => new Date(Date.now() + shiftDays * 86_400_000).toISOString().slice(0, 10);

export const qaRequestKinds = ["REVIEW_CPD_LOG", "SAMPLE_DECISIONS", "OBSERVE_ASSESSMENT"] as const;
const version = z.number().int().positive();

export const createQaRequestSchema = z.object({
  userId: z.uuid("Not found."),
  kind: z.enum(qaRequestKinds, { error: "Choose what the request is for." }),
  details: textField({ max: 4000, multiline: true, required: "Say what the assessor should provide or arrange." }),
  dueOn: z
    .string()
    .trim()
    .min(1, "Enter the date it is due.")
    .refine(realDay, { message: "Enter a real date, for example 2027-03-31." })
    .superRefine((value, ctx) => {
      const problem = dueOnProblem(value, utcDay(0));
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type CreateQaRequestInput = z.input<typeof createQaRequestSchema>;
export const createQaRequestFields = ["kind", "details", "dueOn"] as const;

export const completeQaRequestSchema = z.object({
  requestId: z.uuid("Not found."),
  version,
  outcome: textField({ max: 4000, multiline: true, required: "Say what the request found." }),
});
export type CompleteQaRequestInput = z.input<typeof completeQaRequestSchema>;

export const cancelQaRequestSchema = z.object({
  requestId: z.uuid("Not found."),
  version,
  reason: textField({ max: 2000, multiline: true, required: "Say why the request is cancelled." }),
});
export type CancelQaRequestInput = z.input<typeof cancelQaRequestSchema>;

export const answerQaRequestSchema = z.object({
  requestId: z.uuid("Not found."),
  version,
  response: textField({ max: 4000, multiline: true, required: "Write your answer to the request." }),
});
export type AnswerQaRequestInput = z.input<typeof answerQaRequestSchema>;
