import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { SamplingPlanItemDroppedSummary } from "./plan-audit-summaries";
import { bumpPlanVersion, loadPlanForChange } from "./plan-changes";
import { dropPlanItemSchema } from "./plan-schemas";

/** The IQA drops an item from their draft plan, with their reason; the row stays, marked dropped. */
export const dropPlanItem = defineCentreAction({
  name: "sampling.dropPlanItem",
  audit: { label: "Dropped a decision from a sampling plan", summary: auditSummary<SamplingPlanItemDroppedSummary>() },
  input: dropPlanItemSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const plan = await loadPlanForChange(tx, access, input.planId, input.version);
    const item = await tx.samplingPlanItem.findFirst({
      where: { id: input.itemId, centreId, planId: plan.id },
      include: {
        unitDecision: {
          select: {
            candidate: { select: { name: true } },
            unit: { select: { urn: true, title: true } },
            assessor: { select: { name: true } },
          },
        },
      },
    });
    if (!item) throw notFound("Plan item");
    if (item.droppedAt !== null) throw new AppError("CONFLICT", "That decision has already been dropped from the plan.");
    const sampled = await tx.samplingRecord.findFirst({ where: { centreId, planItemId: item.id }, select: { id: true } });
    if (sampled) throw new AppError("CONFLICT", "That decision has been sampled: it stays in the plan.");
    const { count } = await tx.samplingPlanItem.updateMany({
      where: { id: item.id, centreId, version: item.version, droppedAt: null },
      data: { droppedAt: now, droppedReason: input.reason, droppedById: access.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    const version = await bumpPlanVersion(tx, plan);
    const decision = item.unitDecision;
    await audit({
      targetType: "SamplingPlan",
      targetId: plan.id,
      summary: {
        candidate: decision.candidate.name,
        unit: `${decision.unit.urn} ${decision.unit.title}`,
        assessor: decision.assessor.name,
        reason: input.reason,
      },
    });
    return { planId: plan.id, itemId: item.id, version };
  },
});
