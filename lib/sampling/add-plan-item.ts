import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { applyExclusions, loadDecisionsForSampling, samplingConflicts, exclusionMessage } from "./decisions-in-scope";
import type { SamplingPlanItemAddedSummary } from "./plan-audit-summaries";
import { bumpPlanVersion, loadPlanForChange } from "./plan-changes";
import { addPlanItemSchema } from "./plan-schemas";

/**
 * The IQA adds a decision in the plan's scope to their draft plan, with their reason. Their own
 * decisions, decisions they countersigned and candidates they have a declared conflict with are
 * refused, saying why. A decision dropped earlier is planned again (the same row, with the new reason).
 */
export const addPlanItem = defineCentreAction({
  name: "sampling.addPlanItem",
  audit: { label: "Added a decision to a sampling plan", summary: auditSummary<SamplingPlanItemAddedSummary>() },
  input: addPlanItemSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const plan = await loadPlanForChange(tx, access, input.planId, input.version);
    const exists = await tx.unitDecision.findFirst({ where: { id: input.unitDecisionId, centreId }, select: { id: true } });
    if (!exists) throw notFound("Assessment decision");
    const [decision] = await loadDecisionsForSampling(tx, {
      centreId,
      qualificationId: plan.qualificationId,
      iqaUserId: plan.iqaUserId,
      from: isoDay(plan.periodFrom),
      to: isoDay(plan.periodTo),
      on: isoDay(now),
      decisionIds: [input.unitDecisionId],
    });
    if (!decision) {
      const message = `That decision is not in this plan's scope: a decision on ${plan.qualification.title} made between ${isoDay(plan.periodFrom)} and ${isoDay(plan.periodTo)} (signed off, awaiting countersignature, or formative) for a candidate allocated to you or to no IQA.`;
      throw new AppError("CONFLICT", message, { unitDecisionId: [message] });
    }
    const { excluded } = applyExclusions([decision], plan.iqaUserId, await samplingConflicts(tx, centreId, plan.iqaUserId), isoDay(now));
    if (excluded[0]) {
      const message = exclusionMessage(excluded[0].reason, decision);
      throw new AppError("FORBIDDEN", message, { unitDecisionId: [message] });
    }
    const existing = await tx.samplingPlanItem.findFirst({ where: { centreId, planId: plan.id, unitDecisionId: decision.id } });
    if (existing && existing.droppedAt === null) {
      const message = "That decision is already in the plan.";
      throw new AppError("CONFLICT", message, { unitDecisionId: [message] });
    }
    const stage = decision.stage === "interim" ? ("INTERIM" as const) : ("SUMMATIVE" as const);
    const item = existing
      ? await tx.samplingPlanItem.update({
          where: { id: existing.id },
          data: {
            origin: "ADDED_BY_IQA",
            reason: input.reason,
            stage,
            droppedAt: null,
            droppedReason: null,
            droppedById: null,
            version: { increment: 1 },
          },
        })
      : await tx.samplingPlanItem.create({
          data: {
            centreId,
            planId: plan.id,
            unitDecisionId: decision.id,
            stage,
            origin: "ADDED_BY_IQA",
            reason: input.reason,
            createdAt: now,
          },
        });
    const version = await bumpPlanVersion(tx, plan);
    await audit({
      targetType: "SamplingPlan",
      targetId: plan.id,
      summary: {
        candidate: decision.candidateName,
        unit: `${decision.unitUrn} ${decision.unitTitle}`,
        assessor: decision.assessorName,
        reason: input.reason,
        restored: Boolean(existing),
      },
    });
    return { planId: plan.id, itemId: item.id, version };
  },
});
