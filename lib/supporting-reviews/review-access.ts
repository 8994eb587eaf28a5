import "server-only";
import type { AwardingBodyAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { ownCaseRefusal } from "@/lib/rules/separation-of-duties";

// The loads every supporting-review action starts from, scoped to the acting body: another
// body's review or assessor is "not found", exactly like a missing one. Every caller changes the
// review, so both loads refuse a member of staff acting in their own review (separation of duties).

/** Refuses a member of staff recording anything in their own supporting review. */
function refuseOwnReview(access: AwardingBodyAccess, assessorUserId: string) {
  const refusal = ownCaseRefusal(access.userId, assessorUserId, "supportingReview", access.workspace.name);
  if (refusal) throw new AppError("FORBIDDEN", refusal, { _form: [refusal] });
}

export const supportingReviewsDoNotApply =
  "Supporting reviews are part of the Institute of Customer Service's approval lifecycle; this awarding body's assessor code deals with breaches through its own approval stages.";

/**
 * The assessor's ICS approval by the acting body (not found for anyone else; refused for a body
 * without the ICS lifecycle, or when the assessor is the member of staff acting).
 */
export async function requireIcsApproval(tx: Prisma.TransactionClient, access: AwardingBodyAccess, userId: string) {
  const awardingBodyId = access.workspace.awardingBodyId;
  const approval = await tx.assessorApproval.findFirst({
    where: { awardingBodyId, userId },
    select: { id: true, scheme: true, state: true, assessor: { select: { name: true } } },
  });
  if (!approval) throw notFound("Assessor");
  refuseOwnReview(access, userId);
  const policy = await awardingBodyPolicy(tx, awardingBodyId);
  if (approval.scheme !== "ICS" || !policy.icsLifecycle)
    throw new AppError("INVALID_INPUT", supportingReviewsDoNotApply, { _form: [supportingReviewsDoNotApply] });
  return approval;
}

/** An open supporting review of the acting body, at the version the person saw (when given); never the actor's own. */
export async function requireOpenReview(tx: Prisma.TransactionClient, access: AwardingBodyAccess, reviewId: string, version?: number) {
  const review = await tx.supportingReview.findFirst({
    where: { id: reviewId, awardingBodyId: access.workspace.awardingBodyId },
    select: {
      id: true,
      status: true,
      version: true,
      openedOn: true,
      createdAt: true,
      approvalId: true,
      approval: { select: { userId: true, assessor: { select: { name: true } } } },
    },
  });
  if (!review) throw notFound("Supporting review");
  refuseOwnReview(access, review.approval.userId);
  if (version !== undefined && review.version !== version) throw new AppError("STALE");
  if (review.status !== "OPEN") {
    const message = "This supporting review is closed; record a new breach to open another.";
    throw new AppError("CONFLICT", message, { _form: [message] });
  }
  return review;
}

/** Moves the review's version on (and its status when it ends); refuses when someone else got there first. */
export async function bumpReview(
  tx: Prisma.TransactionClient,
  review: { id: string; version: number },
  data: Omit<Prisma.SupportingReviewUpdateManyMutationInput, "version"> = {},
) {
  const { count } = await tx.supportingReview.updateMany({
    where: { id: review.id, version: review.version, status: "OPEN" },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
}
