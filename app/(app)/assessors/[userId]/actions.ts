"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { cancelQaRequest } from "@/lib/qa-requests/cancel-qa-request";
import { completeQaRequest } from "@/lib/qa-requests/complete-qa-request";
import { createQaRequest } from "@/lib/qa-requests/create-qa-request";
import type { CancelQaRequestInput, CompleteQaRequestInput, CreateQaRequestInput } from "@/lib/qa-requests/schemas";
import { closeSupportingReview } from "@/lib/supporting-reviews/close-supporting-review";
import { recordBreach } from "@/lib/supporting-reviews/record-breach";
import { recordCorrespondence } from "@/lib/supporting-reviews/record-correspondence";
import { recordNoResponse } from "@/lib/supporting-reviews/record-no-response";
import { withdrawApproval } from "@/lib/supporting-reviews/withdraw-approval";
import type {
  CloseSupportingReviewInput,
  RecordBreachInput,
  RecordCorrespondenceInput,
  RecordNoResponseInput,
  WithdrawApprovalInput,
} from "@/lib/supporting-reviews/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The register, the dashboard and the assessor's own record show these counts too.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordBreachAction(workspaceKey: string, input: RecordBreachInput) {
  return thenRevalidate(performAction(recordBreach, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordCorrespondenceAction(workspaceKey: string, input: RecordCorrespondenceInput) {
  return thenRevalidate(performAction(recordCorrespondence, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordNoResponseAction(workspaceKey: string, input: RecordNoResponseInput) {
  return thenRevalidate(performAction(recordNoResponse, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function closeSupportingReviewAction(workspaceKey: string, input: CloseSupportingReviewInput) {
  return thenRevalidate(performAction(closeSupportingReview, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawApprovalAction(workspaceKey: string, input: WithdrawApprovalInput) {
  return thenRevalidate(performAction(withdrawApproval, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function createQaRequestAction(workspaceKey: string, input: CreateQaRequestInput) {
  return thenRevalidate(performAction(createQaRequest, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function completeQaRequestAction(workspaceKey: string, input: CompleteQaRequestInput) {
  return thenRevalidate(performAction(completeQaRequest, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function cancelQaRequestAction(workspaceKey: string, input: CancelQaRequestInput) {
  return thenRevalidate(performAction(cancelQaRequest, input, { expectedWorkspaceKey: workspaceKey }));
}
