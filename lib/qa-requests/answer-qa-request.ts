import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { QaRequestAnsweredSummary } from "./audit-summaries";
import { answerQaRequestSchema } from "./schemas";

/**
 * The assessor answers a quality-assurance request from their professional record. Only the
 * assessor it was sent to, while it is open; anyone else's request is "not found". The entry goes
 * on the awarding body's audit chain, beside the request.
 */
export const answerQaRequest = definePersonalAction({
  name: "qaRequest.answer",
  audit: { label: "Answered a quality-assurance request", summary: auditSummary<QaRequestAnsweredSummary>() },
  input: answerQaRequestSchema,
  permission: "professionalRecord.own",
  async handler(input, { tx, access, now, audit }) {
    const request = await tx.qualityAssuranceRequest.findFirst({
      where: { id: input.requestId, assessorUserId: access.userId },
      select: { id: true, kind: true, status: true, version: true, awardingBodyId: true },
    });
    if (!request) throw notFound("Quality-assurance request");
    if (request.version !== input.version) throw new AppError("STALE");
    if (request.status !== "OPEN") {
      const message = request.status === "COMPLETED" ? "This request is already completed." : "This request was cancelled.";
      throw new AppError("CONFLICT", message, { _form: [message] });
    }
    const { count } = await tx.qualityAssuranceRequest.updateMany({
      where: { id: request.id, assessorUserId: access.userId, version: request.version, status: "OPEN" },
      data: { assessorResponse: input.response, respondedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "QualityAssuranceRequest",
      targetId: request.id,
      centreId: null,
      awardingBodyId: request.awardingBodyId,
      summary: { kind: request.kind, response: input.response },
    });
    return { requestId: request.id };
  },
});
