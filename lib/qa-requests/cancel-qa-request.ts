import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import type { QaRequestCancelledSummary } from "./audit-summaries";
import { requireOpenQaRequest, updateOpenQaRequest } from "./load-request";
import { cancelQaRequestSchema } from "./schemas";

/** Withdraws a quality-assurance request that is no longer needed, with the reason kept as its outcome. */
export const cancelQaRequest = defineAwardingBodyAction({
  name: "qaRequest.cancel",
  audit: { label: "Cancelled a quality-assurance request", summary: auditSummary<QaRequestCancelledSummary>() },
  input: cancelQaRequestSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const request = await requireOpenQaRequest(tx, access, input.requestId, input.version);
    await updateOpenQaRequest(tx, request, {
      status: "CANCELLED",
      outcome: input.reason,
      completedOn: new Date(`${isoDay(now)}T00:00:00Z`),
      completedById: access.userId,
    });
    await audit({
      targetType: "QualityAssuranceRequest",
      targetId: request.id,
      summary: { assessor: request.assessor.name, kind: request.kind, reason: input.reason },
    });
    return { requestId: request.id };
  },
});
