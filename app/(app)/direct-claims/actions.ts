"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { changeDirectClaimsStatus } from "@/lib/direct-claims/change-direct-claims-status";
import { recordDirectClaimsStatus } from "@/lib/direct-claims/record-direct-claims-status";
import { reinstateDirectClaimsStatus } from "@/lib/direct-claims/reinstate-direct-claims-status";
import type {
  ChangeDirectClaimsStatusInput,
  RecordDirectClaimsStatusInput,
  ReinstateDirectClaimsStatusInput,
  WithdrawDirectClaimsStatusInput,
} from "@/lib/direct-claims/schemas";
import { withdrawDirectClaimsStatus } from "@/lib/direct-claims/withdraw-direct-claims-status";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The home page's warnings and the certificate claims (provisional or not) read DCS.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordDirectClaimsStatusAction(workspaceKey: string, input: RecordDirectClaimsStatusInput) {
  return thenRevalidate(performAction(recordDirectClaimsStatus, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function changeDirectClaimsStatusAction(workspaceKey: string, input: ChangeDirectClaimsStatusInput) {
  return thenRevalidate(performAction(changeDirectClaimsStatus, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawDirectClaimsStatusAction(workspaceKey: string, input: WithdrawDirectClaimsStatusInput) {
  return thenRevalidate(performAction(withdrawDirectClaimsStatus, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function reinstateDirectClaimsStatusAction(workspaceKey: string, input: ReinstateDirectClaimsStatusInput) {
  return thenRevalidate(performAction(reinstateDirectClaimsStatus, input, { expectedWorkspaceKey: workspaceKey }));
}
