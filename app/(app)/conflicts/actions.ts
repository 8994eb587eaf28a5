"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { declareConflict } from "@/lib/conflicts/declare-conflict";
import { endConflict } from "@/lib/conflicts/end-conflict";
import type { DeclareConflictInput, EndConflictInput } from "@/lib/conflicts/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) {
    revalidatePath("/conflicts");
    revalidatePath("/candidates", "layout");
  }
  return done;
}

export async function declareConflictAction(workspaceKey: string, input: DeclareConflictInput) {
  return thenRevalidate(performAction(declareConflict, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function endConflictAction(workspaceKey: string, input: EndConflictInput) {
  return thenRevalidate(performAction(endConflict, input, { expectedWorkspaceKey: workspaceKey }));
}
