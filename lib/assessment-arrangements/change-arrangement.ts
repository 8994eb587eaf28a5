import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import { arrangementUnit, dayOf, snapshotOf } from "./arrangement-snapshot";
import type { ArrangementChangedSummary } from "./audit-summaries";
import { arrangementOf } from "./queries";
import { changeArrangementSchema } from "./schemas";

/** The centre corrects or extends an arrangement (its end date, say), on the version the admin saw. */
export const changeArrangement = defineCentreAction({
  name: "assessmentArrangement.change",
  audit: { label: "Changed a reasonable adjustment or special consideration", summary: auditSummary<ArrangementChangedSummary>() },
  input: changeArrangementSchema,
  permission: "assessmentArrangement.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const before = await arrangementOf(tx, { centreId, candidateId: candidate.id, arrangementId: input.arrangementId });
    if (!before) throw notFound("Arrangement");
    if (before.version !== input.version) throw new AppError("STALE");
    const unit = await arrangementUnit(tx, candidate, input.unitId);
    const data = {
      kind: input.kind,
      reason: input.reason,
      arrangement: input.arrangement,
      unitId: unit?.id ?? null,
      appliesFrom: dayOf(input.appliesFrom)!,
      appliesUntil: dayOf(input.appliesUntil),
      approvedByAwardingBodyOn: dayOf(input.approvedByAwardingBodyOn),
    };
    const { count } = await tx.assessmentArrangement.updateMany({
      where: { id: before.id, centreId, version: before.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "AssessmentArrangement",
      targetId: before.id,
      summary: { candidate: candidate.name, before: snapshotOf(before), after: snapshotOf({ ...data, unit }) },
    });
    return { arrangementId: before.id };
  },
});
