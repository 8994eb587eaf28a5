"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { answerQaRequest } from "@/lib/qa-requests/answer-qa-request";
import type { AnswerQaRequestInput } from "@/lib/qa-requests/schemas";

export async function answerQaRequestAction(workspaceKey: string, input: AnswerQaRequestInput) {
  const result = await performAction(answerQaRequest, input, { expectedWorkspaceKey: workspaceKey });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
