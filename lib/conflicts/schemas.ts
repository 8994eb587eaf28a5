import { z } from "zod";
import { requiredDateField } from "@/lib/candidates/schemas";
import { textField } from "@/lib/validation/text-fields";
import { relationshipLabels } from "./labels";

// Declaring and ending a conflict of interest (ICS A2), shared by the forms and the actions.

const relationships = Object.keys(relationshipLabels) as (keyof typeof relationshipLabels)[];

export const declareConflictSchema = z.object({
  candidateId: z.uuid("Choose a candidate."),
  relationship: z.enum(relationships as [keyof typeof relationshipLabels, ...(keyof typeof relationshipLabels)[]], {
    error: "Choose the relationship.",
  }),
  details: textField({ max: 1000, multiline: true }),
  declaredOn: requiredDateField("Enter the date you are declaring it."),
});
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

export const endConflictSchema = z.object({
  declarationId: z.uuid("Not found."),
  version: z.number().int().positive(),
  endedOn: requiredDateField("Enter the date the relationship ended."),
});
export type EndConflictInput = z.input<typeof endConflictSchema>;
