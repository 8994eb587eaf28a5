"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { commentOnActivity } from "@/lib/activities/comment-on-activity";
import type { CommentOnActivityInput } from "@/lib/activities/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function commentOnActivityAction(workspaceKey: string, input: CommentOnActivityInput) {
  const result = await performAction(commentOnActivity, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/candidates", "layout");
  return result;
}
