import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { noResponseRefusal, unansweredLetter } from "@/lib/rules/supporting-review-correspondence";
import { reviewLetters } from "./review-letters";

// Supporting reviews (ICS "Breach") as the awarding body's staff read them: the list on an
// assessor's compliance review and one review with its breaches and correspondence. Body in
// every where; another body's review is "not found", like a missing one.

type Db = PrismaClient | Prisma.TransactionClient;

/** One body's reviews of one approval, newest first, with how many breaches and letters each holds. */
export async function supportingReviewsOf(db: Db, { awardingBodyId, approvalId }: { awardingBodyId: string; approvalId: string }) {
  return db.supportingReview.findMany({
    where: { awardingBodyId, approvalId },
    select: {
      id: true,
      openedOn: true,
      status: true,
      closedOn: true,
      outcome: true,
      _count: { select: { breaches: true, correspondence: true } },
    },
    orderBy: [{ openedOn: "desc" }, { createdAt: "desc" }],
  });
}

/** One body's breaches recorded against one approval, newest first. */
export async function breachesOf(db: Db, { awardingBodyId, approvalId }: { awardingBodyId: string; approvalId: string }) {
  return db.breach.findMany({
    where: { awardingBodyId, approvalId },
    select: { id: true, occurredOn: true, description: true, supportingReviewId: true, supportingReview: { select: { status: true } } },
    orderBy: [{ occurredOn: "desc" }, { recordedAt: "desc" }],
  });
}

/** A supporting review of the assessor, for the body's staff, with what the page needs to offer. */
export async function getSupportingReview(access: AccessContext, userId: string, reviewId: string, now: Date = new Date()) {
  const body = requireAwardingBodyPermission(access, "assessorRegister.view", "Supporting review");
  const db = getPrisma();
  const awardingBodyId = body.workspace.awardingBodyId;
  const review = await db.supportingReview.findFirst({
    where: { id: reviewId, awardingBodyId, approval: { userId, awardingBodyId } },
    select: {
      id: true,
      approvalId: true,
      openedOn: true,
      status: true,
      closedOn: true,
      outcome: true,
      version: true,
      createdAt: true,
      approval: { select: { state: true, assessor: { select: { id: true, name: true } } } },
      breaches: {
        select: { id: true, occurredOn: true, description: true, recordedById: true, recordedAt: true },
        orderBy: { occurredOn: "asc" },
      },
      correspondence: {
        select: { id: true, direction: true, sentOn: true, summary: true, responseDueOn: true, recordedById: true, recordedAt: true },
        orderBy: [{ sentOn: "asc" }, { recordedAt: "asc" }],
      },
    },
  });
  if (!review) throw notFound("Supporting review");
  const recorderIds = [...new Set([...review.breaches, ...review.correspondence].map((row) => row.recordedById))];
  const recorders = await db.user.findMany({ where: { id: { in: recorderIds } }, select: { id: true, name: true } });
  const recorderName = new Map(recorders.map((user) => [user.id, user.name]));
  const asOf = isoDay(now);
  const letters = await reviewLetters(db, review.id);
  const noResponseRecorded =
    (await db.assessorApprovalEvent.count({
      where: {
        approvalId: review.approvalId,
        awardingBodyId,
        type: "recordCorrespondenceUnanswered",
        recordedAt: { gte: review.createdAt },
      },
    })) > 0;
  return {
    ...review,
    breaches: review.breaches.map((row) => ({ ...row, recordedByName: recorderName.get(row.recordedById) ?? "" })),
    correspondence: review.correspondence.map((row) => ({ ...row, recordedByName: recorderName.get(row.recordedById) ?? "" })),
    /** The letter whose response date has passed unanswered, if any. */
    unanswered: unansweredLetter(letters, asOf),
    /** Why "no response" cannot be recorded now, or null when it can. */
    noResponseRefusal: noResponseRecorded ? "No response is already recorded in this review." : noResponseRefusal(letters, asOf),
    noResponseRecorded,
  };
}

export type SupportingReviewDetail = Awaited<ReturnType<typeof getSupportingReview>>;
