import "server-only";
import type { Prisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import type { ReviewLetter } from "@/lib/rules/supporting-review-correspondence";

/** A review's correspondence in the shape the rule reads (the review is already scoped to its body). */
export async function reviewLetters(tx: Prisma.TransactionClient, supportingReviewId: string): Promise<ReviewLetter[]> {
  const rows = await tx.supportingReviewCorrespondence.findMany({
    where: { supportingReviewId },
    select: { direction: true, sentOn: true, responseDueOn: true },
  });
  return rows.map((row) => ({
    direction: row.direction === "TO_ASSESSOR" ? "toAssessor" : "fromAssessor",
    sentOn: isoDay(row.sentOn),
    responseDueOn: row.responseDueOn ? isoDay(row.responseDueOn) : null,
  }));
}
