import { z } from "zod";
import { requiredDateField } from "@/lib/candidates/schemas";
import { dayNumber } from "@/lib/rules/dates";
import { textField } from "@/lib/validation/text-fields";

// Proposing a sampling plan and changing its items, shared by the forms and the actions.

/** The longest plan period (about 24 months): a plan is for a stretch of work, not all of it. */
export const maxPlanPeriodDays = 731;

export const proposeSamplingPlanSchema = z
  .object({
    qualificationId: z.uuid("Choose a qualification."),
    periodFrom: requiredDateField("Enter the first day of the plan period."),
    periodTo: requiredDateField("Enter the last day of the plan period."),
    /** "" for the default: derived from the centre, qualification and period, so it can be reproduced. */
    seed: textField({ max: 200 }),
  })
  .superRefine((value, ctx) => {
    if (value.periodFrom === "" || value.periodTo === "") return;
    let from: number;
    let to: number;
    try {
      from = dayNumber(value.periodFrom);
      to = dayNumber(value.periodTo);
    } catch {
      return; // the date fields say so
    }
    if (to < from) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "The period must end on or after its first day." });
    else if (to - from > maxPlanPeriodDays)
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "A plan period can be at most 24 months long." });
  });
export type ProposeSamplingPlanInput = z.input<typeof proposeSamplingPlanSchema>;

export const addPlanItemSchema = z.object({
  planId: z.uuid("Not found."),
  /** The plan's version the IQA saw. */
  version: z.number().int().positive(),
  unitDecisionId: z.uuid("Choose a decision."),
  reason: textField({ max: 2000, multiline: true, required: "Say why you are adding this decision." }),
});
export type AddPlanItemInput = z.input<typeof addPlanItemSchema>;

export const dropPlanItemSchema = z.object({
  planId: z.uuid("Not found."),
  version: z.number().int().positive(),
  itemId: z.uuid("Not found."),
  reason: textField({ max: 2000, multiline: true, required: "Say why you are dropping this decision." }),
});
export type DropPlanItemInput = z.input<typeof dropPlanItemSchema>;

export const recordSamplingPlanSchema = z.object({
  planId: z.uuid("Not found."),
  version: z.number().int().positive(),
});
export type RecordSamplingPlanInput = z.input<typeof recordSamplingPlanSchema>;
