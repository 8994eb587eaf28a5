import { z } from "zod";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import { textField } from "@/lib/validation/text-fields";
import { priorLearningDecisions } from "./labels";

// Shared by the prior-learning forms and their actions (handbook 9.9). Dates are calendar days,
// "YYYY-MM-DD", from 2000 to today.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
/** Today's date in UTC plus a day's slack (UK and UTC days differ by an hour); the action checks against its own clock. */
const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export const recordPriorLearningSchema = z.object({
  candidateId: z.uuid("Not found."),
  unitId: z.uuid("Choose the unit."),
  /** The assessment criteria it is put forward against; none: every criterion of the unit. */
  assessmentCriterionIds: z.array(z.uuid("Choose criteria from the list.")).max(200).default([]),
  priorLearning: textField({
    max: 10_000,
    multiline: true,
    required: "Describe what the candidate learned or achieved before, and where.",
  }),
  evidence: textField({
    max: 10_000,
    multiline: true,
    required: "Describe the evidence offered (certificates, references, work products).",
  }),
});
export type RecordPriorLearningInput = z.input<typeof recordPriorLearningSchema>;
export const recordPriorLearningFields = ["unitId", "assessmentCriterionIds", "priorLearning", "evidence"] as const;

export const decidePriorLearningSchema = z.object({
  candidateId: z.uuid("Not found."),
  claimId: z.uuid("Not found."),
  /** The version of the claim the assessor saw. */
  version: z.number().int().positive(),
  decision: z.enum(priorLearningDecisions, "Choose whether the prior learning is accepted."),
  decisionNotes: textField({
    max: 10_000,
    multiline: true,
    required: "Give the reasons: how the prior learning meets the criteria (or does not), and whether it is current.",
  }),
  decidedOn: z
    .string()
    .trim()
    .min(1, { message: "Enter the date of the decision.", abort: true })
    .refine(realDay, { message: "Enter a real date, for example 2026-03-31.", abort: true })
    .superRefine((value, ctx) => {
      const problem = happenedOnProblem(value, tomorrowUtc(), "The date cannot be in the future.");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type DecidePriorLearningInput = z.input<typeof decidePriorLearningSchema>;
export const decidePriorLearningFields = ["decision", "decisionNotes", "decidedOn"] as const;
