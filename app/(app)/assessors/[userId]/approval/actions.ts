"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordApprovalEvent } from "@/lib/approvals/record-approval-event";
import type { RecordApprovalEventInput, StartApprovalInput } from "@/lib/approvals/schemas";
import { startApproval } from "@/lib/approvals/start-approval";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The register, the dashboard and the assessor's pages all show the approval state.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordApprovalEventAction(workspaceKey: string, input: RecordApprovalEventInput) {
  return thenRevalidate(performAction(recordApprovalEvent, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function startApprovalAction(workspaceKey: string, input: StartApprovalInput) {
  return thenRevalidate(performAction(startApproval, input, { expectedWorkspaceKey: workspaceKey }));
}
