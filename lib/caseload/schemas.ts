import { z } from "zod";
import { textField } from "@/lib/validation/text-fields";

/**
 * Opening a candidate of another of the person's centres from the caseload: switch to that centre
 * (the ordinary, audited workspace switch, which refuses a centre the person does not hold) and
 * then go to the candidate, or to one of their units.
 */
export const openCandidateSchema = z.object({
  workspaceKey: textField({ max: 100, required: "Choose a centre." }),
  candidateId: z.uuid("Not found."),
  unitId: z.union([z.uuid("Not found."), z.literal("")]).optional(),
});
export type OpenCandidateInput = z.input<typeof openCandidateSchema>;

/** Where the candidate opens: only ever a path built here from checked ids, never one from the form. */
export function candidatePath(input: { candidateId: string; unitId?: string }): string {
  return input.unitId ? `/candidates/${input.candidateId}/units/${input.unitId}` : `/candidates/${input.candidateId}`;
}
