import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { applyApprovalEvent } from "@/lib/approvals/apply-approval-event";
import type { ApprovalWithdrawnSummary } from "./audit-summaries";
import { bumpReview, requireOpenReview } from "./review-access";
import { withdrawApprovalSchema } from "./schemas";

/**
 * Ends a supporting review by withdrawing the assessor's approval, for repeated breaches or no
 * response to the correspondence (ICS "Breach"). The lifecycle rule refuses until the condition
 * is met (two breaches under the Institute's policy; no response recorded first).
 */
export const withdrawApproval = defineAwardingBodyAction({
  name: "supportingReview.withdrawApproval",
  audit: { label: "Withdrew an assessor's approval after a supporting review", summary: auditSummary<ApprovalWithdrawnSummary>() },
  input: withdrawApprovalSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const review = await requireOpenReview(tx, access, input.reviewId, input.version);
    await applyApprovalEvent(tx, {
      access,
      approvalId: review.approvalId,
      event: { type: "withdraw", on: input.withdrawnOn, reason: input.reason },
      reason: input.outcome,
      now,
    });
    await bumpReview(tx, review, {
      status: "APPROVAL_WITHDRAWN",
      closedOn: new Date(`${input.withdrawnOn}T00:00:00Z`),
      outcome: input.outcome,
    });
    await audit({
      targetType: "SupportingReview",
      targetId: review.id,
      summary: { assessor: review.approval.assessor.name, withdrawnOn: input.withdrawnOn, reason: input.reason, outcome: input.outcome },
    });
    return { reviewId: review.id };
  },
});
