import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { SamplingStrategyAuditNumbers, SamplingStrategySavedSummary } from "./audit-summaries";
import { saveSamplingStrategySchema } from "./schemas";
import { loadSamplingStrategy, strategyNumbers } from "./strategy";
import { loadCentreQualification } from "./strategy-queries";

/**
 * The centre sets its sampling strategy for a qualification it delivers (handbook 5.20.1): the
 * rates by assessor risk, the minimum per assessor, the interim share, what the sample must cover,
 * the plan period and how often standardisation is held. The first save creates it (version 0:
 * refused if someone created one meanwhile); later saves name the version read.
 */
export const saveSamplingStrategy = defineCentreAction({
  name: "sampling.saveStrategy",
  audit: { label: "Saved a sampling strategy", summary: auditSummary<SamplingStrategySavedSummary>() },
  input: saveSamplingStrategySchema,
  permission: "sampling.strategy",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const qualification = await loadCentreQualification(tx, centreId, input.qualificationId);
    const current = await loadSamplingStrategy(tx, centreId, qualification.id);
    const after: SamplingStrategyAuditNumbers = {
      rateNewPercent: input.rateNewPercent,
      rateUnqualifiedPercent: input.rateUnqualifiedPercent,
      rateHighPercent: input.rateHighPercent,
      rateMediumPercent: input.rateMediumPercent,
      rateLowPercent: input.rateLowPercent,
      minimumPerAssessor: input.minimumPerAssessor,
      interimPercent: input.interimPercent,
      mustCover: input.mustCover,
      bothStagesPerAssessor: input.bothStagesPerAssessor,
      planPeriodMonths: input.planPeriodMonths,
      standardisationIntervalMonths: input.standardisationIntervalMonths,
    };
    let strategyId: string;
    let version: number;
    if (input.version === 0) {
      if (current.id !== null) throw new AppError("STALE");
      // ON CONFLICT DO NOTHING: a strategy created by someone else meanwhile is refused as stale.
      const { count } = await tx.samplingStrategy.createMany({
        data: [{ centreId, qualificationId: qualification.id, ...after, updatedById: access.userId, createdAt: now, updatedAt: now }],
        skipDuplicates: true,
      });
      if (count !== 1) throw new AppError("STALE");
      const created = await tx.samplingStrategy.findUniqueOrThrow({
        where: { centreId_qualificationId: { centreId, qualificationId: qualification.id } },
        select: { id: true, version: true },
      });
      strategyId = created.id;
      version = created.version;
    } else {
      if (current.id === null || current.version !== input.version) throw new AppError("STALE");
      const { count } = await tx.samplingStrategy.updateMany({
        where: { id: current.id, centreId, version: input.version },
        data: { ...after, updatedById: access.userId, updatedAt: now, version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("STALE");
      strategyId = current.id;
      version = input.version + 1;
    }
    const before: SamplingStrategyAuditNumbers | null = current.id === null ? null : strategyNumbers(current);
    await audit({
      targetType: "SamplingStrategy",
      targetId: strategyId,
      summary: { qualification: `${qualification.qualificationNumber} ${qualification.title}`, before, after },
    });
    return { strategyId, version };
  },
});
