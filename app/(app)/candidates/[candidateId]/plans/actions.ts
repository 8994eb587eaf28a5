"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { confirmAssessmentPlan } from "@/lib/assessment-plans/confirm-assessment-plan";
import { createAssessmentPlan } from "@/lib/assessment-plans/create-assessment-plan";
import type { ConfirmAssessmentPlanInput, CreateAssessmentPlanInput, UpdateAssessmentPlanInput } from "@/lib/assessment-plans/schemas";
import { updateAssessmentPlan } from "@/lib/assessment-plans/update-assessment-plan";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok)
    // Caseload, portfolio and candidate pages all count these records.
    revalidatePath("/", "layout");
  return done;
}

export async function createAssessmentPlanAction(workspaceKey: string, input: CreateAssessmentPlanInput) {
  return thenRevalidate(performAction(createAssessmentPlan, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function updateAssessmentPlanAction(workspaceKey: string, input: UpdateAssessmentPlanInput) {
  return thenRevalidate(performAction(updateAssessmentPlan, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function confirmAssessmentPlanAction(workspaceKey: string, input: ConfirmAssessmentPlanInput) {
  return thenRevalidate(performAction(confirmAssessmentPlan, input, { expectedWorkspaceKey: workspaceKey }));
}
