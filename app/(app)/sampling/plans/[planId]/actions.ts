"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addPlanItem } from "@/lib/sampling/add-plan-item";
import { dropPlanItem } from "@/lib/sampling/drop-plan-item";
import type { AddPlanItemInput, DropPlanItemInput, RecordSamplingPlanInput } from "@/lib/sampling/plan-schemas";
import { recordSamplingPlan } from "@/lib/sampling/record-sampling-plan";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/sampling", "layout");
  return done;
}

export async function addPlanItemAction(workspaceKey: string, input: AddPlanItemInput) {
  return thenRevalidate(performAction(addPlanItem, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function dropPlanItemAction(workspaceKey: string, input: DropPlanItemInput) {
  return thenRevalidate(performAction(dropPlanItem, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordSamplingPlanAction(workspaceKey: string, input: RecordSamplingPlanInput) {
  return thenRevalidate(performAction(recordSamplingPlan, input, { expectedWorkspaceKey: workspaceKey }));
}
