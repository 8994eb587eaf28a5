"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { allocateStaff } from "@/lib/candidates/allocate-staff";
import { confirmEntry } from "@/lib/candidates/confirm-entry";
import { reinstateCandidate } from "@/lib/candidates/reinstate-candidate";
import type {
  AllocateStaffInput,
  CandidateRef,
  ConfirmEntryInput,
  UpdateRegistrationInput,
  WithdrawCandidateInput,
} from "@/lib/candidates/schemas";
import { updateRegistration } from "@/lib/candidates/update-registration";
import { withdrawCandidate } from "@/lib/candidates/withdraw-candidate";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/candidates", "layout");
  return done;
}

export async function updateRegistrationAction(workspaceKey: string, input: UpdateRegistrationInput) {
  return thenRevalidate(performAction(updateRegistration, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function confirmEntryAction(workspaceKey: string, input: ConfirmEntryInput) {
  return thenRevalidate(performAction(confirmEntry, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function allocateStaffAction(workspaceKey: string, input: AllocateStaffInput) {
  return thenRevalidate(performAction(allocateStaff, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawCandidateAction(workspaceKey: string, input: WithdrawCandidateInput) {
  return thenRevalidate(performAction(withdrawCandidate, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function reinstateCandidateAction(workspaceKey: string, input: CandidateRef) {
  return thenRevalidate(performAction(reinstateCandidate, input, { expectedWorkspaceKey: workspaceKey }));
}
