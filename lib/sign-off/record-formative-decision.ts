import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import type { FormativeDecisionSummary } from "./audit-summaries";
import { toDay } from "./decisions";
import { recordFormativeDecisionSchema } from "./schemas";
import { loadUnitOfCandidate } from "./unit-records";

/** A formative decision on a unit (RD10): progress so far with the rationale; never signed, never counts. */
export const recordFormativeDecision = defineCentreAction({
  name: "signOff.recordFormativeDecision",
  audit: { label: "Recorded a formative decision", summary: auditSummary<FormativeDecisionSummary>() },
  input: recordFormativeDecisionSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const unit = await loadUnitOfCandidate(tx, candidate, input.unitId);
    await assertMayAssess(tx, access, candidate, now);
    const decision = await tx.unitDecision.create({
      data: {
        centreId: access.workspace.centreId,
        candidateId: candidate.id,
        unitId: unit.id,
        decisionType: "FORMATIVE",
        outcome: input.outcome,
        rationale: input.rationale,
        decidedOn: toDay(input.decidedOn),
        assessorUserId: access.userId,
      },
    });
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: { candidate: candidate.name, unit: unit.urn, after: { outcome: input.outcome, decidedOn: input.decidedOn } },
    });
    return { decisionId: decision.id };
  },
});
