"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { decidePriorLearning } from "@/lib/prior-learning/decide-prior-learning";
import { recordPriorLearning } from "@/lib/prior-learning/record-prior-learning";
import type { DecidePriorLearningInput, RecordPriorLearningInput } from "@/lib/prior-learning/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The candidate page and the record-an-activity screen show the claims to the assessor.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordPriorLearningAction(workspaceKey: string, input: RecordPriorLearningInput) {
  return thenRevalidate(performAction(recordPriorLearning, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function decidePriorLearningAction(workspaceKey: string, input: DecidePriorLearningInput) {
  return thenRevalidate(performAction(decidePriorLearning, input, { expectedWorkspaceKey: workspaceKey }));
}
