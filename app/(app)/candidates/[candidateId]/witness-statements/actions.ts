"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordWitnessStatement } from "@/lib/witness-statements/record-witness-statement";
import type { RecordWitnessStatementInput } from "@/lib/witness-statements/schemas";

export async function recordWitnessStatementAction(workspaceKey: string, input: RecordWitnessStatementInput) {
  const result = await performAction(recordWitnessStatement, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/candidates", "layout");
  return result;
}
