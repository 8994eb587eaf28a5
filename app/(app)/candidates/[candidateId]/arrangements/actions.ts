"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { changeArrangement } from "@/lib/assessment-arrangements/change-arrangement";
import { recordArrangement } from "@/lib/assessment-arrangements/record-arrangement";
import { removeArrangement } from "@/lib/assessment-arrangements/remove-arrangement";
import type { ChangeArrangementInput, RecordArrangementInput, RemoveArrangementInput } from "@/lib/assessment-arrangements/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The candidate page, the record-an-activity screen and the portfolio show arrangements in force.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordArrangementAction(workspaceKey: string, input: RecordArrangementInput) {
  return thenRevalidate(performAction(recordArrangement, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function changeArrangementAction(workspaceKey: string, input: ChangeArrangementInput) {
  return thenRevalidate(performAction(changeArrangement, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function removeArrangementAction(workspaceKey: string, input: RemoveArrangementInput) {
  return thenRevalidate(performAction(removeArrangement, input, { expectedWorkspaceKey: workspaceKey }));
}
