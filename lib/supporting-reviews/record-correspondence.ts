import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import type { CorrespondenceRecordedSummary } from "./audit-summaries";
import { requireOpenReview } from "./review-access";
import { recordCorrespondenceSchema } from "./schemas";

/** A dated letter or email in an open supporting review: to the assessor (with when a reply is due) or from them. */
export const recordCorrespondence = defineAwardingBodyAction({
  name: "supportingReview.recordCorrespondence",
  audit: { label: "Recorded supporting-review correspondence", summary: auditSummary<CorrespondenceRecordedSummary>() },
  input: recordCorrespondenceSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, audit }) {
    const review = await requireOpenReview(tx, access, input.reviewId);
    const responseDueOn = input.direction === "TO_ASSESSOR" && input.responseDueOn !== "" ? input.responseDueOn : null;
    const letter = await tx.supportingReviewCorrespondence.create({
      data: {
        awardingBodyId: access.workspace.awardingBodyId,
        supportingReviewId: review.id,
        direction: input.direction,
        sentOn: new Date(`${input.sentOn}T00:00:00Z`),
        summary: input.summary,
        responseDueOn: responseDueOn ? new Date(`${responseDueOn}T00:00:00Z`) : null,
        recordedById: access.userId,
      },
      select: { id: true },
    });
    await audit({
      targetType: "SupportingReviewCorrespondence",
      targetId: letter.id,
      summary: {
        assessor: review.approval.assessor.name,
        direction: input.direction,
        sentOn: input.sentOn,
        summary: input.summary,
        responseDueOn,
      },
    });
    return { correspondenceId: letter.id };
  },
});
