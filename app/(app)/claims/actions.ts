"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { createClaimBatch } from "@/lib/certificate-claims/create-claim-batch";
import { markBatchClaimed } from "@/lib/certificate-claims/mark-batch-claimed";
import { recordCertificateReceived } from "@/lib/certificate-claims/record-certificate-received";
import { removeClaimLine } from "@/lib/certificate-claims/remove-claim-line";
import type {
  CreateClaimBatchInput,
  MarkBatchClaimedInput,
  RecordCertificateReceivedInput,
  RemoveClaimLineInput,
} from "@/lib/certificate-claims/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The claims page, the batch and the admin home's "claims ready" all read the batches.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function createClaimBatchAction(workspaceKey: string, input: CreateClaimBatchInput) {
  return thenRevalidate(performAction(createClaimBatch, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function removeClaimLineAction(workspaceKey: string, input: RemoveClaimLineInput) {
  return thenRevalidate(performAction(removeClaimLine, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function markBatchClaimedAction(workspaceKey: string, input: MarkBatchClaimedInput) {
  return thenRevalidate(performAction(markBatchClaimed, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordCertificateReceivedAction(workspaceKey: string, input: RecordCertificateReceivedInput) {
  return thenRevalidate(performAction(recordCertificateReceived, input, { expectedWorkspaceKey: workspaceKey }));
}
