import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import { snapshotOf } from "./arrangement-snapshot";
import type { ArrangementRemovedSummary } from "./audit-summaries";
import { arrangementOf } from "./queries";
import { removeArrangementSchema } from "./schemas";

/**
 * The centre removes an arrangement recorded in error (one that has ended is given an end date
 * instead). The audit trail keeps what it said.
 */
export const removeArrangement = defineCentreAction({
  name: "assessmentArrangement.remove",
  audit: { label: "Removed a reasonable adjustment or special consideration", summary: auditSummary<ArrangementRemovedSummary>() },
  input: removeArrangementSchema,
  permission: "assessmentArrangement.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const row = await arrangementOf(tx, { centreId, candidateId: candidate.id, arrangementId: input.arrangementId });
    if (!row) throw notFound("Arrangement");
    if (row.version !== input.version) throw new AppError("STALE");
    const { count } = await tx.assessmentArrangement.deleteMany({ where: { id: row.id, centreId, version: row.version } });
    if (count !== 1) throw new AppError("STALE");
    await audit({ targetType: "AssessmentArrangement", targetId: row.id, summary: { candidate: candidate.name, ...snapshotOf(row) } });
    return { arrangementId: row.id };
  },
});
