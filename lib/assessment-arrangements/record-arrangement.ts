import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { arrangementUnit, dayOf, snapshotOf } from "./arrangement-snapshot";
import type { ArrangementRecordedSummary } from "./audit-summaries";
import { recordArrangementSchema } from "./schemas";

/**
 * The centre records a reasonable adjustment or special consideration for a candidate (handbook
 * 9.10): the need, what is done, for one unit or every unit, from and until when, and the date
 * the awarding body approved it where its approval is needed. Their assessor sees it while it is
 * in force.
 */
export const recordArrangement = defineCentreAction({
  name: "assessmentArrangement.record",
  audit: { label: "Recorded a reasonable adjustment or special consideration", summary: auditSummary<ArrangementRecordedSummary>() },
  input: recordArrangementSchema,
  permission: "assessmentArrangement.manage",
  async handler(input, { tx, access, audit }) {
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const unit = await arrangementUnit(tx, candidate, input.unitId);
    const row = await tx.assessmentArrangement.create({
      data: {
        centreId: access.workspace.centreId,
        candidateId: candidate.id,
        kind: input.kind,
        reason: input.reason,
        arrangement: input.arrangement,
        unitId: unit?.id ?? null,
        appliesFrom: dayOf(input.appliesFrom)!,
        appliesUntil: dayOf(input.appliesUntil),
        approvedByAwardingBodyOn: dayOf(input.approvedByAwardingBodyOn),
        recordedById: access.userId,
      },
    });
    await audit({
      targetType: "AssessmentArrangement",
      targetId: row.id,
      summary: { candidate: candidate.name, ...snapshotOf({ ...row, unit }) },
    });
    return { arrangementId: row.id };
  },
});
