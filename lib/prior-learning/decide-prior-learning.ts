import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { PriorLearningDecidedSummary } from "./audit-summaries";
import { unitName } from "./candidate-units";
import { priorLearningStatusLabels } from "./labels";
import { decidePriorLearningSchema } from "./schemas";

/**
 * The assessor judges prior learning put forward (handbook 9.9): accepted or not, with reasons
 * (how it meets the criteria, and whether it is current) and the date. Only an assessor free to
 * assess the candidate decides; a claim is decided once, on the version the assessor saw.
 */
export const decidePriorLearning = defineCentreAction({
  name: "priorLearning.decide",
  audit: { label: "Decided on prior learning", summary: auditSummary<PriorLearningDecidedSummary>() },
  input: decidePriorLearningSchema,
  permission: "priorLearning.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const claim = await tx.priorLearningClaim.findFirst({
      where: { id: input.claimId, centreId, candidateId: candidate.id },
      select: { id: true, version: true, status: true, unitId: true, createdAt: true },
    });
    if (!claim) throw notFound("Prior learning");
    if (claim.version !== input.version) throw new AppError("STALE");
    await assertMayAssess(tx, access, candidate, now);
    if (claim.status !== "PROPOSED") {
      throw new AppError(
        "CONFLICT",
        `This prior learning has already been decided: ${priorLearningStatusLabels[claim.status].toLowerCase()}.`,
      );
    }
    if (input.decidedOn > isoDay(now)) {
      const message = "The date cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { decidedOn: [message] });
    }
    if (input.decidedOn < isoDay(claim.createdAt)) {
      const message = "The decision cannot be dated before the prior learning was recorded.";
      throw new AppError("INVALID_INPUT", message, { decidedOn: [message] });
    }
    const { count } = await tx.priorLearningClaim.updateMany({
      where: { id: claim.id, centreId, version: claim.version },
      data: {
        status: input.decision,
        decisionNotes: input.decisionNotes,
        decidedOn: new Date(`${input.decidedOn}T00:00:00Z`),
        decidedById: access.userId,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("STALE");
    const unit = await tx.unit.findFirst({ where: { id: claim.unitId }, select: { urn: true, title: true } });
    await audit({
      targetType: "PriorLearningClaim",
      targetId: claim.id,
      summary: {
        candidate: candidate.name,
        unit: unit ? unitName(unit) : claim.unitId,
        decision: priorLearningStatusLabels[input.decision],
        decidedOn: input.decidedOn,
        reasons: input.decisionNotes,
      },
    });
    return { claimId: claim.id };
  },
});
