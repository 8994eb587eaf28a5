"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { declareConflict } from "@/lib/conflicts/declare-conflict";
import { endConflict } from "@/lib/conflicts/end-conflict";
import type { DeclareConflictInput, EndConflictInput } from "@/lib/conflicts/schemas";

// The person's own declarations: personal actions (no centre), so no workspace key is checked.

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) {
    revalidatePath("/professional-record/conflicts");
    revalidatePath("/conflicts");
    revalidatePath("/candidates", "layout");
  }
  return done;
}

export async function declareConflictAction(input: DeclareConflictInput) {
  return thenRevalidate(performAction(declareConflict, input));
}

export async function endConflictAction(input: EndConflictInput) {
  return thenRevalidate(performAction(endConflict, input));
}
