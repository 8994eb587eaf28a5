import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { IqaFeedbackAcknowledgedSummary } from "./audit-summaries";
import { acknowledgeIqaFeedbackSchema } from "./schemas";

/**
 * The assessor acknowledges RD07 feedback from their IQA and responds to it, once: the response
 * is part of the record, so a second one is refused rather than overwriting the first. Only the
 * assessor the feedback is for may respond; anyone else's is "not found", as another centre's is.
 */
export const acknowledgeIqaFeedback = defineCentreAction({
  name: "iqaFeedback.acknowledge",
  audit: { label: "Acknowledged and responded to IQA feedback (RD07)", summary: auditSummary<IqaFeedbackAcknowledgedSummary>() },
  input: acknowledgeIqaFeedbackSchema,
  permission: "iqaFeedback.receive",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const feedback = await tx.iqaFeedback.findFirst({
      where: { id: input.feedbackId, centreId, assessorUserId: access.userId },
      select: { id: true, version: true, givenOn: true, respondedAt: true, iqa: { select: { name: true } } },
    });
    if (!feedback) throw notFound("Feedback");
    if (feedback.version !== input.version) throw new AppError("STALE");
    if (feedback.respondedAt !== null) {
      const message = "You have already responded to this feedback.";
      throw new AppError("CONFLICT", message, { assessorResponse: [message] });
    }
    const { count } = await tx.iqaFeedback.updateMany({
      where: { id: feedback.id, centreId, version: feedback.version, respondedAt: null },
      data: { acknowledgedAt: now, assessorResponse: input.assessorResponse, respondedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "IqaFeedback",
      targetId: feedback.id,
      summary: { iqa: feedback.iqa.name, givenOn: isoDay(feedback.givenOn), assessorResponse: input.assessorResponse },
    });
    return { feedbackId: feedback.id };
  },
});
