import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { SamplingPlanRecordedSummary } from "./plan-audit-summaries";
import { bumpPlanVersion, loadPlanForChange } from "./plan-changes";
import { recordSamplingPlanSchema } from "./plan-schemas";

/** The IQA records their draft plan: the sample they will work through (RD11). No more adding or dropping. */
export const recordSamplingPlan = defineCentreAction({
  name: "sampling.recordPlan",
  audit: { label: "Recorded a sampling plan", summary: auditSummary<SamplingPlanRecordedSummary>() },
  input: recordSamplingPlanSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const plan = await loadPlanForChange(tx, access, input.planId, input.version);
    const items = await tx.samplingPlanItem.count({ where: { centreId: plan.centreId, planId: plan.id, droppedAt: null } });
    if (items === 0)
      throw new AppError("CONFLICT", "Every decision has been dropped from this plan: add at least one before recording it.");
    const version = await bumpPlanVersion(tx, plan, { status: "RECORDED", recordedAt: now });
    await audit({
      targetType: "SamplingPlan",
      targetId: plan.id,
      summary: {
        qualification: plan.qualification.title,
        period: { from: isoDay(plan.periodFrom), to: isoDay(plan.periodTo) },
        items,
      },
    });
    return { planId: plan.id, version };
  },
});
