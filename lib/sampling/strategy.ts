import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { defaultSamplingPolicy } from "@/lib/rules/policies";
import type { CoverageDimension, SamplingPolicy } from "@/lib/rules/sampling";

type Db = Prisma.TransactionClient | PrismaClient;

/** The numbers of a sampling strategy, as stored or as the defaults a centre starts from. */
export type SamplingStrategyNumbers = {
  rateNewPercent: number;
  rateUnqualifiedPercent: number;
  rateHighPercent: number;
  rateMediumPercent: number;
  rateLowPercent: number;
  minimumPerAssessor: number;
  interimPercent: number;
  mustCover: CoverageDimension[];
  bothStagesPerAssessor: boolean;
  planPeriodMonths: number;
  standardisationIntervalMonths: number;
};

export type LoadedSamplingStrategy = SamplingStrategyNumbers & {
  /** null: the centre has not set one yet, and these are the defaults. */
  id: string | null;
  version: number;
  updatedAt: Date | null;
};

const percent = (share: number) => Math.round(share * 100);

/** Where a centre starts (lib/rules/policies.ts defaultSamplingPolicy); quarterly standardisation. */
export const defaultStrategyNumbers: SamplingStrategyNumbers = {
  rateNewPercent: percent(defaultSamplingPolicy.rates.new),
  rateUnqualifiedPercent: percent(defaultSamplingPolicy.rates.unqualified),
  rateHighPercent: percent(defaultSamplingPolicy.rates.high),
  rateMediumPercent: percent(defaultSamplingPolicy.rates.medium),
  rateLowPercent: percent(defaultSamplingPolicy.rates.low),
  minimumPerAssessor: defaultSamplingPolicy.minimumPerAssessor,
  interimPercent: 30,
  mustCover: [...defaultSamplingPolicy.mustCover],
  bothStagesPerAssessor: defaultSamplingPolicy.bothStagesPerAssessor,
  planPeriodMonths: 3,
  standardisationIntervalMonths: 3,
};

/** The centre's strategy for a qualification, or the defaults when it has none yet. */
export async function loadSamplingStrategy(db: Db, centreId: string, qualificationId: string): Promise<LoadedSamplingStrategy> {
  const stored = await db.samplingStrategy.findUnique({ where: { centreId_qualificationId: { centreId, qualificationId } } });
  if (!stored) return { ...defaultStrategyNumbers, id: null, version: 0, updatedAt: null };
  return {
    id: stored.id,
    version: stored.version,
    updatedAt: stored.updatedAt,
    rateNewPercent: stored.rateNewPercent,
    rateUnqualifiedPercent: stored.rateUnqualifiedPercent,
    rateHighPercent: stored.rateHighPercent,
    rateMediumPercent: stored.rateMediumPercent,
    rateLowPercent: stored.rateLowPercent,
    minimumPerAssessor: stored.minimumPerAssessor,
    interimPercent: stored.interimPercent,
    mustCover: stored.mustCover as CoverageDimension[],
    bothStagesPerAssessor: stored.bothStagesPerAssessor,
    planPeriodMonths: stored.planPeriodMonths,
    standardisationIntervalMonths: stored.standardisationIntervalMonths,
  };
}

/** Just the numbers of a loaded strategy (without its id, version and dates), e.g. to prefill a form. */
export function strategyNumbers(strategy: SamplingStrategyNumbers): SamplingStrategyNumbers {
  return {
    rateNewPercent: strategy.rateNewPercent,
    rateUnqualifiedPercent: strategy.rateUnqualifiedPercent,
    rateHighPercent: strategy.rateHighPercent,
    rateMediumPercent: strategy.rateMediumPercent,
    rateLowPercent: strategy.rateLowPercent,
    minimumPerAssessor: strategy.minimumPerAssessor,
    interimPercent: strategy.interimPercent,
    mustCover: [...strategy.mustCover],
    bothStagesPerAssessor: strategy.bothStagesPerAssessor,
    planPeriodMonths: strategy.planPeriodMonths,
    standardisationIntervalMonths: strategy.standardisationIntervalMonths,
  };
}

/** The sampling rule's policy for a strategy. */
export function toSamplingPolicy(strategy: SamplingStrategyNumbers): SamplingPolicy {
  return {
    rates: {
      new: strategy.rateNewPercent / 100,
      unqualified: strategy.rateUnqualifiedPercent / 100,
      high: strategy.rateHighPercent / 100,
      medium: strategy.rateMediumPercent / 100,
      low: strategy.rateLowPercent / 100,
    },
    minimumPerAssessor: strategy.minimumPerAssessor,
    mustCover: strategy.mustCover,
    bothStagesPerAssessor: strategy.bothStagesPerAssessor,
    interimShare: strategy.interimPercent / 100,
    source: "Centre sampling strategy (OCR handbook 5.20.1)",
  };
}
