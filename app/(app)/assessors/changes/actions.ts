"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { acknowledgeCircumstanceChange } from "@/lib/circumstances/acknowledge-circumstance-change";
import type { AcknowledgeCircumstanceChangeInput } from "@/lib/circumstances/schemas";

// Takes the workspace key the page was rendered for (see performAction).

export async function acknowledgeCircumstanceChangeAction(workspaceKey: string, input: AcknowledgeCircumstanceChangeInput) {
  const result = await performAction(acknowledgeCircumstanceChange, input, { expectedWorkspaceKey: workspaceKey });
  // The register and each assessor's compliance review show changes too.
  if (result.ok) revalidatePath("/assessors", "layout");
  return result;
}
