import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { FeedbackReplySummary } from "./audit-summaries";
import { replyToFeedbackSchema } from "./schemas";

/** The candidate replies, once, to feedback on their own work (RD06 "feedback the candidate gives"). */
export const replyToFeedback = defineCentreAction({
  name: "feedback.reply",
  audit: { label: "Replied to feedback", summary: auditSummary<FeedbackReplySummary>() },
  input: replyToFeedbackSchema,
  permission: "portfolio.own",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const feedback = await tx.feedback.findFirst({ where: { id: input.feedbackId, centreId } });
    if (!feedback) throw notFound("Feedback");
    const candidate = await loadOwnCandidate(tx, access, feedback.candidateId);
    if (feedback.version !== input.version) throw new AppError("STALE");
    if (feedback.candidateResponse !== null) {
      const message = "You have already replied to this feedback.";
      throw new AppError("CONFLICT", message, { response: [message] });
    }
    const { count } = await tx.feedback.updateMany({
      where: { id: feedback.id, centreId, version: feedback.version, candidateResponse: null },
      data: { candidateResponse: input.response, candidateRespondedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({ targetType: "Feedback", targetId: feedback.id, summary: { candidate: candidate.name, response: input.response } });
    return { feedbackId: feedback.id };
  },
});
