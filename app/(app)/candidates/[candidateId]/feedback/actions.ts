"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { giveFeedback } from "@/lib/feedback/give-feedback";
import { replyToFeedback } from "@/lib/feedback/reply-to-feedback";
import type { GiveFeedbackInput, ReplyToFeedbackInput } from "@/lib/feedback/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok)
    // Caseload, portfolio and candidate pages all count these records.
    revalidatePath("/", "layout");
  return done;
}

export async function giveFeedbackAction(workspaceKey: string, input: GiveFeedbackInput) {
  return thenRevalidate(performAction(giveFeedback, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function replyToFeedbackAction(workspaceKey: string, input: ReplyToFeedbackInput) {
  return thenRevalidate(performAction(replyToFeedback, input, { expectedWorkspaceKey: workspaceKey }));
}
