"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordWitnessStatement } from "@/lib/witness-statements/record-witness-statement";
import type { RecordWitnessStatementInput, UpdateWitnessStatementInput } from "@/lib/witness-statements/schemas";
import { updateWitnessStatement } from "@/lib/witness-statements/update-witness-statement";

export async function recordWitnessStatementAction(workspaceKey: string, input: RecordWitnessStatementInput) {
  const result = await performAction(recordWitnessStatement, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok)
    // Caseload, portfolio and candidate pages all count these records.
    revalidatePath("/", "layout");
  return result;
}

export async function updateWitnessStatementAction(workspaceKey: string, input: UpdateWitnessStatementInput) {
  const result = await performAction(updateWitnessStatement, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok)
    // Caseload, portfolio and candidate pages all count these records.
    revalidatePath("/", "layout");
  return result;
}
