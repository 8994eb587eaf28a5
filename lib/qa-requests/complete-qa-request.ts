import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import type { QaRequestCompletedSummary } from "./audit-summaries";
import { requireOpenQaRequest, updateOpenQaRequest } from "./load-request";
import { completeQaRequestSchema } from "./schemas";

/** Closes a quality-assurance request with what it found. */
export const completeQaRequest = defineAwardingBodyAction({
  name: "qaRequest.complete",
  audit: { label: "Completed a quality-assurance request", summary: auditSummary<QaRequestCompletedSummary>() },
  input: completeQaRequestSchema,
  permission: "assessorRegister.manage",
  async handler(input, { tx, access, now, audit }) {
    const request = await requireOpenQaRequest(tx, access, input.requestId, input.version);
    await updateOpenQaRequest(tx, request, {
      status: "COMPLETED",
      outcome: input.outcome,
      completedOn: new Date(`${isoDay(now)}T00:00:00Z`),
      completedById: access.userId,
    });
    await audit({
      targetType: "QualityAssuranceRequest",
      targetId: request.id,
      summary: { assessor: request.assessor.name, kind: request.kind, outcome: input.outcome },
    });
    return { requestId: request.id };
  },
});
