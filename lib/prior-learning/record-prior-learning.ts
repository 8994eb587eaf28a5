import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import type { PriorLearningRecordedSummary } from "./audit-summaries";
import { candidateUnits, unitName } from "./candidate-units";
import { recordPriorLearningSchema } from "./schemas";

/**
 * Prior learning is put forward for one of the candidate's units (handbook 9.9): what they learned
 * or achieved before, and the evidence, against some of the unit's assessment criteria or all of
 * them. It waits for the assessor's decision. Whoever records it must be free to assess the
 * candidate (not conflicted, not the candidate).
 */
export const recordPriorLearning = defineCentreAction({
  name: "priorLearning.record",
  audit: { label: "Recorded prior learning for a unit", summary: auditSummary<PriorLearningRecordedSummary>() },
  input: recordPriorLearningSchema,
  permission: "priorLearning.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    await assertMayAssess(tx, access, candidate, now);
    const unit = (await candidateUnits(tx, candidate)).find((candidateUnit) => candidateUnit.id === input.unitId);
    if (!unit) {
      const message = "Choose one of the units the candidate is entered for.";
      throw new AppError("INVALID_INPUT", message, { unitId: [message] });
    }
    const criterionIds = [...new Set(input.assessmentCriterionIds)];
    const criteria = unit.assessmentCriteria.filter((criterion) => criterionIds.includes(criterion.id));
    if (criteria.length !== criterionIds.length) {
      const message = "Choose criteria of the unit chosen.";
      throw new AppError("INVALID_INPUT", message, { assessmentCriterionIds: [message] });
    }
    const claim = await tx.priorLearningClaim.create({
      data: {
        centreId,
        candidateId: candidate.id,
        unitId: unit.id,
        assessmentCriterionIds: criteria.map((criterion) => criterion.id),
        priorLearning: input.priorLearning,
        evidence: input.evidence,
        status: "PROPOSED",
        recordedById: access.userId,
        createdAt: now,
      },
    });
    await audit({
      targetType: "PriorLearningClaim",
      targetId: claim.id,
      summary: {
        candidate: candidate.name,
        unit: unitName(unit),
        criteria: criteria.length ? criteria.map((criterion) => criterion.ref).join(", ") : "every criterion",
        priorLearning: input.priorLearning,
        evidence: input.evidence,
      },
    });
    return { claimId: claim.id };
  },
});
