import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { createActionPoints } from "./action-points";
import type { ActionPointAddedSummary } from "./audit-summaries";
import { loadVisit } from "./load-visit";
import { addVisitActionPointSchema } from "./schemas";

/** The centre admin adds an action point or recommendation to a completed visit's report; its owner is emailed. */
export const addVisitActionPoint = defineCentreAction({
  name: "visit.addActionPoint",
  audit: { label: "Added an action point from an external verifier's report", summary: auditSummary<ActionPointAddedSummary>() },
  input: addVisitActionPointSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, audit, afterCommit }) {
    const visit = await loadVisit(tx, access.workspace.centreId, input.visitId);
    if (visit.status !== "COMPLETED") {
      throw new AppError("CONFLICT", "Action points come from the external verifier's report: record the report first.");
    }
    const { visitId: _visitId, ...point } = input;
    const { summaries, emailDeliveries } = await createActionPoints(tx, access, visit, [point], { fieldPrefix: () => "", afterCommit });
    await audit({ targetType: "ExternalVerifierVisit", targetId: visit.id, summary: { visitOn: isoDay(visit.visitOn), ...summaries[0]! } });
    return { visitId: visit.id, emailDelivery: emailDeliveries[0]! };
  },
});
