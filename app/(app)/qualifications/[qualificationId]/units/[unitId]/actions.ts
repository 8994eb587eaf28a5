"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { enterUnitCriteria } from "@/lib/unit-criteria/enter-unit-criteria";
import type { EnterUnitCriteriaInput } from "@/lib/unit-criteria/schemas";

// Each action takes the workspace key the page was rendered for (see performAction).

export async function enterUnitCriteriaAction(workspaceKey: string, input: EnterUnitCriteriaInput) {
  const result = await performAction(enterUnitCriteria, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/qualifications", "layout");
  return result;
}
