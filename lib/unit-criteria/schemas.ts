import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";
import { numberingProblems } from "./numbering";

// Typing in a unit's learning outcomes and assessment criteria, shared by the form and the action.

export const maximumOutcomes = 20;
export const maximumCriteriaPerOutcome = 30;

const criterionSchema = z.object({
  ref: z.string().trim().max(6, "Use at most 6 characters."),
  text: textField({ max: 1000, multiline: true, required: "Enter what the candidate must show for this criterion." }),
});

const outcomeSchema = z.object({
  ref: z.string().trim().max(3, "Use at most 3 characters."),
  title: textField({ max: 300, required: "Enter the learning outcome, for example \u201cUnderstand how to handle complaints\u201d." }),
  criteria: z
    .array(criterionSchema)
    .min(1, "Give this outcome at least one assessment criterion.")
    .max(maximumCriteriaPerOutcome, `An outcome can have at most ${maximumCriteriaPerOutcome} criteria.`),
});

export const enterUnitCriteriaSchema = z
  .object({
    unitId: z.uuid("Not found."),
    outcomes: z
      .array(outcomeSchema)
      .min(1, "Give the unit at least one learning outcome.")
      .max(maximumOutcomes, `A unit can have at most ${maximumOutcomes} outcomes.`),
  })
  .superRefine((value, ctx) => {
    for (const problem of numberingProblems(value.outcomes)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  });
export type EnterUnitCriteriaInput = z.input<typeof enterUnitCriteriaSchema>;
