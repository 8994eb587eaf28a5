"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import type { ProposeSamplingPlanInput } from "@/lib/sampling/plan-schemas";
import { proposeSamplingPlan } from "@/lib/sampling/propose-sampling-plan";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function proposeSamplingPlanAction(workspaceKey: string, input: ProposeSamplingPlanInput) {
  const result = await performAction(proposeSamplingPlan, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/sampling");
  return result;
}
