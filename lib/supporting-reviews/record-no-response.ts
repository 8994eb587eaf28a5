import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { applyApprovalEvent } from "@/lib/approvals/apply-approval-event";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { noResponseRefusal, unansweredLetter } from "@/lib/rules/supporting-review-correspondence";
import type { NoResponseRecordedSummary } from "./audit-summaries";
import { bumpReview, requireOpenReview } from "./review-access";
import { recordNoResponseSchema } from "./schemas";
import { reviewLetters } from "./review-letters";

/**
 * Records that the assessor has not answered the Institute's correspondence about a breach (the
 * lifecycle event recordCorrespondenceUnanswered), which allows withdrawal for no response. Only
 * when a letter to the assessor had a response date that has passed with no reply after it.
 */
export const recordNoResponse = defineAwardingBodyAction({
  name: "supportingReview.recordNoResponse",
  audit: { label: "Recorded no response to breach correspondence", summary: auditSummary<NoResponseRecordedSummary>() },
  input: recordNoResponseSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const review = await requireOpenReview(tx, access, input.reviewId, input.version);
    const already = await tx.assessorApprovalEvent.count({
      where: { approvalId: review.approvalId, type: "recordCorrespondenceUnanswered", recordedAt: { gte: review.createdAt } },
    });
    if (already > 0) {
      const message = "No response is already recorded in this review.";
      throw new AppError("CONFLICT", message, { _form: [message] });
    }
    const letters = await reviewLetters(tx, review.id);
    const today = isoDay(now);
    const refusal = noResponseRefusal(letters, today);
    if (refusal) throw new AppError("INVALID_INPUT", refusal, { _form: [refusal] });
    const letter = unansweredLetter(letters, today)!;
    await applyApprovalEvent(tx, {
      access,
      approvalId: review.approvalId,
      event: { type: "recordCorrespondenceUnanswered", on: letter.responseDueOn },
      reason: `No reply to the letter of ${letter.sentOn}, due by ${letter.responseDueOn}.`,
      now,
    });
    await bumpReview(tx, review);
    await audit({
      targetType: "SupportingReview",
      targetId: review.id,
      summary: { assessor: review.approval.assessor.name, letterSentOn: letter.sentOn, responseDueOn: letter.responseDueOn },
    });
    return { reviewId: review.id };
  },
});
