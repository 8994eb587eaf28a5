import type { AssessorRiskLevel } from "@/lib/db/generated/client";
import type { CoverageDimension } from "@/lib/rules/sampling";

// What the sampling actions' audit entries carry (before/after and facts; never secrets).
// Sections are owned by the action they serve.

// ---------------------------------------------------------------------------------------------
// Sampling strategy

export type SamplingStrategyAuditNumbers = {
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

export type SamplingStrategySavedSummary = {
  qualification: string;
  /** null when the centre had no strategy for the qualification before (it used the defaults). */
  before: SamplingStrategyAuditNumbers | null;
  after: SamplingStrategyAuditNumbers;
};

// ---------------------------------------------------------------------------------------------
// Assessor risk ratings

export type RiskRatingAuditEntry = { risk: AssessorRiskLevel; reason: string; ratedOn: string };

export type RiskRatingRecordedSummary = {
  assessor: string;
  /** The rating it replaces as current; null for an assessor's first rating. */
  before: RiskRatingAuditEntry | null;
  after: RiskRatingAuditEntry;
  /** The standardisation exercise whose outcome led to the rating, if any. */
  standardisationExercise: string | null;
};
