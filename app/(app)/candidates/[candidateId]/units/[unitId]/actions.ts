"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { amendUnitDecision } from "@/lib/sign-off/amend-unit-decision";
import { countersignUnitDecision } from "@/lib/sign-off/countersign-unit-decision";
import { recordFormativeDecision } from "@/lib/sign-off/record-formative-decision";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { signUnitDecision } from "@/lib/sign-off/sign-unit-decision";
import type {
  AmendUnitDecisionInput,
  RecordFormativeDecisionInput,
  SignOffUnitInput,
  SignUnitDeclarationInput,
  SignUnitDecisionInput,
} from "@/lib/sign-off/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/candidates", "layout");
  return done;
}

export async function signUnitDeclarationAction(workspaceKey: string, input: SignUnitDeclarationInput) {
  return thenRevalidate(performAction(signUnitDeclaration, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function signOffUnitAction(workspaceKey: string, input: SignOffUnitInput) {
  return thenRevalidate(performAction(signOffUnit, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function countersignUnitDecisionAction(workspaceKey: string, input: SignUnitDecisionInput) {
  return thenRevalidate(performAction(countersignUnitDecision, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function signUnitDecisionAction(workspaceKey: string, input: SignUnitDecisionInput) {
  return thenRevalidate(performAction(signUnitDecision, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordFormativeDecisionAction(workspaceKey: string, input: RecordFormativeDecisionInput) {
  return thenRevalidate(performAction(recordFormativeDecision, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function amendUnitDecisionAction(workspaceKey: string, input: AmendUnitDecisionInput) {
  return thenRevalidate(performAction(amendUnitDecision, input, { expectedWorkspaceKey: workspaceKey }));
}
