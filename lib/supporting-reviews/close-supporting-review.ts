import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { applyApprovalEvent } from "@/lib/approvals/apply-approval-event";
import type { SupportingReviewClosedSummary } from "./audit-summaries";
import { bumpReview, requireOpenReview } from "./review-access";
import { closeSupportingReviewSchema } from "./schemas";

/** Closes a supporting review: the assessor returns to the permission level they held before it (closeSupportingReview). */
export const closeSupportingReview = defineAwardingBodyAction({
  name: "supportingReview.close",
  audit: { label: "Closed a supporting review", summary: auditSummary<SupportingReviewClosedSummary>() },
  input: closeSupportingReviewSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const review = await requireOpenReview(tx, access, input.reviewId, input.version);
    const { state } = await applyApprovalEvent(tx, {
      access,
      approvalId: review.approvalId,
      event: { type: "closeSupportingReview", on: input.closedOn },
      reason: input.outcome,
      now,
    });
    await bumpReview(tx, review, { status: "CLOSED", closedOn: new Date(`${input.closedOn}T00:00:00Z`), outcome: input.outcome });
    await audit({
      targetType: "SupportingReview",
      targetId: review.id,
      summary: {
        assessor: review.approval.assessor.name,
        closedOn: input.closedOn,
        outcome: input.outcome,
        stateAfter: state.record.state,
      },
    });
    return { reviewId: review.id, state: state.record.state };
  },
});
