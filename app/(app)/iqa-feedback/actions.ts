"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { acknowledgeIqaFeedback } from "@/lib/iqa-feedback/acknowledge-iqa-feedback";
import { completeIqaAction } from "@/lib/iqa-feedback/complete-iqa-action";
import { giveIqaFeedback } from "@/lib/iqa-feedback/give-iqa-feedback";
import type { AcknowledgeIqaFeedbackInput, CompleteIqaActionInput, GiveIqaFeedbackInput } from "@/lib/iqa-feedback/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok)
    // Home pages show overdue actions; the sampling and standardisation pages show feedback and actions too.
    revalidatePath("/", "layout");
  return done;
}

export async function giveIqaFeedbackAction(workspaceKey: string, input: GiveIqaFeedbackInput) {
  return thenRevalidate(performAction(giveIqaFeedback, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function acknowledgeIqaFeedbackAction(workspaceKey: string, input: AcknowledgeIqaFeedbackInput) {
  return thenRevalidate(performAction(acknowledgeIqaFeedback, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function completeIqaActionAction(workspaceKey: string, input: CompleteIqaActionInput) {
  return thenRevalidate(performAction(completeIqaAction, input, { expectedWorkspaceKey: workspaceKey }));
}
