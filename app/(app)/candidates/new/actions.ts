"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { registerCandidate } from "@/lib/candidates/register-candidate";
import type { RegisterCandidateInput } from "@/lib/candidates/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function registerCandidateAction(workspaceKey: string, input: RegisterCandidateInput) {
  const result = await performAction(registerCandidate, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/candidates", "layout");
  return result;
}
