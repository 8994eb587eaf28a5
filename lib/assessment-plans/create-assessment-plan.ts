import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import type { PlanCreatedSummary } from "./audit-summaries";
import { planColumns, planUnits, writePlanVersion } from "./plan-changes";
import { createAssessmentPlanSchema } from "./schemas";

/** An assessor writes an assessment plan with the candidate (RD05); the candidate then confirms it. */
export const createAssessmentPlan = defineCentreAction({
  name: "assessmentPlan.create",
  audit: { label: "Wrote an assessment plan", summary: auditSummary<PlanCreatedSummary>() },
  input: createAssessmentPlanSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const candidate = await loadCandidate(tx, access, input.candidateId);
    await assertMayAssess(tx, access, candidate, now);
    const units = await planUnits(tx, candidate.qualificationId, input.unitIds);
    const plan = await tx.assessmentPlan.create({
      data: {
        centreId: access.workspace.centreId,
        candidateId: candidate.id,
        ...planColumns(input),
        status: "AWAITING_CANDIDATE",
        createdById: access.userId,
      },
    });
    const version = await writePlanVersion(tx, plan, units, access.userId);
    await audit({
      targetType: "AssessmentPlan",
      targetId: plan.id,
      summary: {
        candidate: candidate.name,
        recordVersion: version.version,
        after: {
          title: plan.title,
          methods: input.methods,
          units: units.map((unit) => unit.urn),
          plannedOn: input.plannedOn,
          reviewOn: input.reviewOn,
        },
      },
    });
    return { planId: plan.id, recordVersion: version.version };
  },
});
