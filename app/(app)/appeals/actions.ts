"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { acknowledgeAppeal } from "@/lib/appeals/acknowledge-appeal";
import { decideAppeal } from "@/lib/appeals/decide-appeal";
import { recordAppealReferralOutcome } from "@/lib/appeals/record-appeal-referral-outcome";
import { referAppeal } from "@/lib/appeals/refer-appeal";
import type {
  AcknowledgeAppealInput,
  DecideAppealInput,
  RecordAppealReferralOutcomeInput,
  ReferAppealInput,
  StartAppealReviewInput,
  WithdrawAppealInput,
} from "@/lib/appeals/schemas";
import { startAppealReview } from "@/lib/appeals/start-appeal-review";
import { withdrawAppeal } from "@/lib/appeals/withdraw-appeal";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The register, the candidate's appeals and the unit page's claim all read the appeal's status.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function acknowledgeAppealAction(workspaceKey: string, input: AcknowledgeAppealInput) {
  return thenRevalidate(performAction(acknowledgeAppeal, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function startAppealReviewAction(workspaceKey: string, input: StartAppealReviewInput) {
  return thenRevalidate(performAction(startAppealReview, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function decideAppealAction(workspaceKey: string, input: DecideAppealInput) {
  return thenRevalidate(performAction(decideAppeal, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function withdrawAppealAction(workspaceKey: string, input: WithdrawAppealInput) {
  return thenRevalidate(performAction(withdrawAppeal, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function referAppealAction(workspaceKey: string, input: ReferAppealInput) {
  return thenRevalidate(performAction(referAppeal, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordAppealReferralOutcomeAction(workspaceKey: string, input: RecordAppealReferralOutcomeInput) {
  return thenRevalidate(performAction(recordAppealReferralOutcome, input, { expectedWorkspaceKey: workspaceKey }));
}
