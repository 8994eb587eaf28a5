import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { confirmSigningPassword, signRecord } from "@/lib/signatures/sign-record";
import type { PlanConfirmedSummary } from "./audit-summaries";
import { planConfirmationStatement } from "./labels";
import { planContent } from "./plan-content";
import { loadCentrePlan, planRecordRef } from "./plan-changes";
import { confirmAssessmentPlanSchema } from "./schemas";

/**
 * The candidate confirms their plan: a deliberate signature (password re-entered) on exactly the
 * version they read. Only their own plan; a plan changed since they read it is refused.
 */
export const confirmAssessmentPlan = defineCentreAction({
  name: "assessmentPlan.confirm",
  audit: { label: "Confirmed an assessment plan", summary: auditSummary<PlanConfirmedSummary>() },
  input: confirmAssessmentPlanSchema,
  permission: "portfolio.own",
  async handler(input, { tx, access, now, audit }) {
    const plan = await loadCentrePlan(tx, access, input.planId);
    const candidate = await loadOwnCandidate(tx, access, plan.candidateId);
    await confirmSigningPassword(tx, access.userId, input.password, now);
    const units = await tx.unit.findMany({ where: { id: { in: plan.unitIds } }, select: { id: true, urn: true, title: true } });
    const signature = await signRecord(tx, {
      ref: planRecordRef(plan.centreId, plan.id),
      content: planContent(plan, units),
      signerUserId: access.userId,
      role: "CANDIDATE",
      statement: planConfirmationStatement,
      now,
      expectedVersion: input.recordVersion,
    });
    const { count } = await tx.assessmentPlan.updateMany({
      where: { id: plan.id, centreId: plan.centreId, version: plan.version },
      data: { status: "AGREED", version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "AssessmentPlan",
      targetId: plan.id,
      summary: { candidate: candidate.name, title: plan.title, recordVersion: signature.version, contentSha256: signature.contentSha256 },
    });
    return { planId: plan.id, recordVersion: signature.version };
  },
});
