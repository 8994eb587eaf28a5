"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { editAwardingBodyPolicy } from "@/lib/policies/edit-awarding-body-policy";
import type { EditAwardingBodyPolicyInput } from "@/lib/policies/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function editAwardingBodyPolicyAction(workspaceKey: string, input: EditAwardingBodyPolicyInput) {
  const result = await performAction(editAwardingBodyPolicy, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/policy");
  return result;
}
