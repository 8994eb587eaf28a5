"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { lodgeAppeal } from "@/lib/appeals/lodge-appeal";
import type { LodgeAppealInput } from "@/lib/appeals/schemas";

export async function lodgeAppealAction(workspaceKey: string, input: LodgeAppealInput) {
  const result = await performAction(lodgeAppeal, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) {
    // Caseload, portfolio and candidate pages all count these records.
    revalidatePath("/", "layout");
  }
  return result;
}
