"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { saveSamplingStrategy } from "@/lib/sampling/save-sampling-strategy";
import type { SaveSamplingStrategyInput } from "@/lib/sampling/schemas";

export async function saveSamplingStrategyAction(workspaceKey: string, input: SaveSamplingStrategyInput) {
  const result = await performAction(saveSamplingStrategy, input, { expectedWorkspaceKey: workspaceKey });
  // Plans, the IQA home and standardisation due dates all read the strategy.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
