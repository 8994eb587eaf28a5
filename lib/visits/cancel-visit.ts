import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import type { VisitCancelledSummary } from "./audit-summaries";
import { loadVisitForChange, requirePlanned, saveVisit } from "./load-visit";
import { cancelVisitSchema } from "./schemas";

/** The centre admin cancels a planned visit, saying why; it stays in the list as cancelled. */
export const cancelVisit = defineCentreAction({
  name: "visit.cancel",
  audit: { label: "Cancelled an external verifier visit", summary: auditSummary<VisitCancelledSummary>() },
  input: cancelVisitSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const visit = await loadVisitForChange(tx, centreId, input);
    requirePlanned(visit, "cancelled");
    await saveVisit(tx, centreId, visit, { status: "CANCELLED", cancelledReason: input.cancelledReason });
    await audit({
      targetType: "ExternalVerifierVisit",
      targetId: visit.id,
      summary: { visitOn: isoDay(visit.visitOn), externalVerifier: visit.externalVerifierName ?? "", reason: input.cancelledReason },
    });
    return { visitId: visit.id };
  },
});
