"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { discardActivityDraft } from "@/lib/activities/discard-activity-draft";
import { recordActivity } from "@/lib/activities/record-activity";
import { saveActivityDraft } from "@/lib/activities/save-activity-draft";
import type { DiscardActivityDraftInput, RecordActivityInput, SaveActivityDraftInput } from "@/lib/activities/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function recordActivityAction(workspaceKey: string, input: RecordActivityInput) {
  const result = await performAction(recordActivity, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath(`/candidates/${result.data.candidateId}`, "layout");
  return result;
}

export async function saveActivityDraftAction(workspaceKey: string, input: SaveActivityDraftInput) {
  return performAction(saveActivityDraft, input, { expectedWorkspaceKey: workspaceKey });
}

export async function discardActivityDraftAction(workspaceKey: string, input: DiscardActivityDraftInput) {
  return performAction(discardActivityDraft, input, { expectedWorkspaceKey: workspaceKey });
}
