import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";

// Shared by the candidate's appeal form and the action.

export const lodgeAppealSchema = z
  .object({
    candidateId: z.uuid("Not found."),
    /** One of the candidate's recorded unit decisions, or "" to describe the decision instead. */
    unitDecisionId: z.union([z.literal(""), z.uuid("Choose a decision from the list.")]),
    decisionDescription: textField({ max: 1_000, multiline: true }),
    grounds: textField({ max: 10_000, multiline: true, required: "Say what you disagree with and why." }),
  })
  .superRefine((value, ctx) => {
    if (value.unitDecisionId === "" && value.decisionDescription === "") {
      ctx.addIssue({
        code: "custom",
        path: ["decisionDescription"],
        message: "Choose the decision you are appealing against, or describe it.",
      });
    }
  })
  // A description typed before a decision was chosen from the list is not part of the appeal.
  .transform((value) => ({ ...value, decisionDescription: value.unitDecisionId === "" ? value.decisionDescription : "" }));
export type LodgeAppealInput = z.input<typeof lodgeAppealSchema>;
export const lodgeAppealFields = ["unitDecisionId", "decisionDescription", "grounds"] as const;
