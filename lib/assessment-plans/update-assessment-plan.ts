import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { PlanUpdatedSummary } from "./audit-summaries";
import { loadCentrePlan, planColumns, planUnits, writePlanVersion } from "./plan-changes";
import { updateAssessmentPlanSchema } from "./schemas";

/**
 * An assessor changes a plan. A change the candidate would see becomes the plan's next version,
 * which the candidate confirms again (status back to waiting); earlier versions and their
 * signatures stay readable and valid for those versions only.
 */
export const updateAssessmentPlan = defineCentreAction({
  name: "assessmentPlan.update",
  audit: { label: "Changed an assessment plan", summary: auditSummary<PlanUpdatedSummary>() },
  input: updateAssessmentPlanSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const plan = await loadCentrePlan(tx, access, input.planId);
    const candidate = await loadCandidate(tx, access, plan.candidateId);
    if (plan.version !== input.version) throw new AppError("STALE");
    await assertMayAssess(tx, access, candidate, now);
    const units = await planUnits(tx, candidate.qualificationId, input.unitIds);
    const changes = planColumns(input);
    const oldUnits = await tx.unit.findMany({ where: { id: { in: plan.unitIds } }, select: { id: true, urn: true, title: true } });
    const version = await writePlanVersion(tx, { ...plan, ...changes }, units, access.userId);
    // A new version needs the candidate's confirmation again; unchanged content keeps the status.
    const status = version.created ? "AWAITING_CANDIDATE" : plan.status;
    const { count } = await tx.assessmentPlan.updateMany({
      where: { id: plan.id, centreId: access.workspace.centreId, version: plan.version },
      data: { ...changes, status, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "AssessmentPlan",
      targetId: plan.id,
      summary: {
        candidate: candidate.name,
        recordVersion: version.version,
        newVersion: version.created,
        before: {
          title: plan.title,
          methods: plan.methods,
          units: oldUnits.map((unit) => unit.urn),
          plannedOn: isoDay(plan.plannedOn),
          reviewOn: isoDay(plan.reviewOn),
          status: plan.status,
        },
        after: {
          title: input.title,
          methods: input.methods,
          units: units.map((unit) => unit.urn),
          plannedOn: input.plannedOn,
          reviewOn: input.reviewOn,
          status,
        },
      },
    });
    return { planId: plan.id, recordVersion: version.version, newVersion: version.created };
  },
});
