"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordSampleSignature } from "@/lib/sample-signatures/record-sample-signature";
import type { RecordSampleSignatureInput } from "@/lib/sample-signatures/schemas";

// The person's own sample signature: a personal action (no centre), so no workspace key is checked.

export async function recordSampleSignatureAction(input: RecordSampleSignatureInput) {
  const result = await performAction(recordSampleSignature, input);
  if (result.ok) revalidatePath("/professional-record/signature");
  return result;
}
