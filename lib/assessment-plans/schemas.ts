import { z } from "zod";
import { isIsoDate } from "@/lib/rules/dates";
import { secretField, textField } from "@/lib/validation/text-fields";
import { assessmentMethods } from "./labels";

// Shared by the plan forms and the plan actions (RD05 record of assessment planning).

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isIsoDate(value), { message: "Enter a real date, for example 2027-03-31." });

const planFields = {
  title: textField({ max: 200, required: "Give the plan a title, for example \u201cComplaints: observation and discussion\u201d." }),
  activities: textField({ max: 10_000, multiline: true, required: "Describe the activities you have agreed." }),
  methods: z
    .array(z.enum(assessmentMethods, { error: "Choose methods from the list." }))
    .min(1, "Choose at least one assessment method.")
    .max(assessmentMethods.length),
  evidenceSources: textField({ max: 5_000, multiline: true, required: "Say where the evidence will come from." }),
  unitIds: z.array(z.uuid("Choose units from the list.")).min(1, "Choose the units this plan covers.").max(100),
  plannedOn: optionalDate,
  reviewOn: optionalDate,
  place: textField({ max: 200 }),
  peopleInvolved: textField({ max: 1_000, multiline: true }),
};

function checkPlan(value: { plannedOn: string; reviewOn: string; unitIds: string[]; methods: string[] }, ctx: z.RefinementCtx) {
  if (value.plannedOn !== "" && value.reviewOn !== "" && value.reviewOn < value.plannedOn) {
    ctx.addIssue({ code: "custom", path: ["reviewOn"], message: "The review date cannot be before the planned date." });
  }
  if (new Set(value.unitIds).size !== value.unitIds.length) {
    ctx.addIssue({ code: "custom", path: ["unitIds"], message: "Each unit can be chosen once." });
  }
  if (new Set(value.methods).size !== value.methods.length) {
    ctx.addIssue({ code: "custom", path: ["methods"], message: "Each method can be chosen once." });
  }
}

export const createAssessmentPlanSchema = z.object({ candidateId: z.uuid("Not found."), ...planFields }).superRefine(checkPlan);
export type CreateAssessmentPlanInput = z.input<typeof createAssessmentPlanSchema>;

export const updateAssessmentPlanSchema = z
  .object({
    planId: z.uuid("Not found."),
    /** The version of the plan the assessor edited; a newer one means someone else changed it. */
    version: z.number().int().positive(),
    ...planFields,
  })
  .superRefine(checkPlan);
export type UpdateAssessmentPlanInput = z.input<typeof updateAssessmentPlanSchema>;

export const planFormFields = [
  "title",
  "activities",
  "methods",
  "evidenceSources",
  "unitIds",
  "plannedOn",
  "reviewOn",
  "place",
  "peopleInvolved",
] as const;

export const confirmAssessmentPlanSchema = z.object({
  planId: z.uuid("Not found."),
  /** The numbered version of the plan the candidate read: signing is refused if it has moved on. */
  recordVersion: z.number().int().positive(),
  password: secretField({ required: "Enter your password to sign." }),
});
export type ConfirmAssessmentPlanInput = z.input<typeof confirmAssessmentPlanSchema>;
