"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordRiskRating } from "@/lib/sampling/record-risk-rating";
import type { RecordRiskRatingInput } from "@/lib/sampling/schemas";

export async function recordRiskRatingAction(workspaceKey: string, input: RecordRiskRatingInput) {
  const result = await performAction(recordRiskRating, input, { expectedWorkspaceKey: workspaceKey });
  // The rating sets how much of the assessor's work new plans sample; the IQA home shows it too.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
