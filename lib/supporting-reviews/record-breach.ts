import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { applyApprovalEvent } from "@/lib/approvals/apply-approval-event";
import type { BreachRecordedSummary } from "./audit-summaries";
import { requireIcsApproval } from "./review-access";
import { recordBreachSchema } from "./schemas";

/**
 * ICS "Breach": a recorded breach of the Code puts the assessor into a supporting review (the
 * lifecycle event recordBreach) and opens one, or joins the review already open, in one
 * transaction. The lifecycle rule refuses a breach for an assessor not yet approved or withdrawn.
 */
export const recordBreach = defineAwardingBodyAction({
  name: "supportingReview.recordBreach",
  audit: { label: "Recorded a breach of the assessor code", summary: auditSummary<BreachRecordedSummary>() },
  input: recordBreachSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const awardingBodyId = access.workspace.awardingBodyId;
    const approval = await requireIcsApproval(tx, access, input.userId);
    const { state } = await applyApprovalEvent(tx, {
      access,
      approvalId: approval.id,
      event: { type: "recordBreach", on: input.occurredOn, description: input.description },
      reason: input.description,
      now,
    });
    const open = await tx.supportingReview.findFirst({
      where: { awardingBodyId, approvalId: approval.id, status: "OPEN" },
      select: { id: true, version: true },
    });
    const review =
      open ??
      (await tx.supportingReview.create({
        data: { awardingBodyId, approvalId: approval.id, openedOn: new Date(`${input.occurredOn}T00:00:00Z`) },
        select: { id: true, version: true },
      }));
    if (open) {
      // A new breach changes what the open review is about: forms showing the old one must reload.
      await tx.supportingReview.update({ where: { id: open.id }, data: { version: { increment: 1 } } });
    }
    const breach = await tx.breach.create({
      data: {
        awardingBodyId,
        approvalId: approval.id,
        supportingReviewId: review.id,
        occurredOn: new Date(`${input.occurredOn}T00:00:00Z`),
        description: input.description,
        recordedById: access.userId,
      },
      select: { id: true },
    });
    await audit({
      targetType: "Breach",
      targetId: breach.id,
      summary: {
        assessor: approval.assessor.name,
        occurredOn: input.occurredOn,
        description: input.description,
        supportingReviewId: review.id,
        openedReview: open === null,
        stateAfter: state.record.state,
      },
    });
    return { breachId: breach.id, reviewId: review.id };
  },
});
