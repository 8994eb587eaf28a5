import type { AssessorRiskLevel, SamplingOutcome, SamplingStage } from "@/lib/db/generated/client";
import type { AssessorRisk, CoverageDimension } from "@/lib/rules/sampling";

// The words IQAs use, the same on every screen, in audit entries and in RD11.

export const riskLevelLabels: Record<AssessorRiskLevel, string> = {
  NEW: "New assessor",
  UNQUALIFIED: "Not yet qualified",
  HIGH: "Under action (high risk)",
  MEDIUM: "Medium risk",
  LOW: "Experienced, low risk",
};

export const riskLevels = ["NEW", "UNQUALIFIED", "HIGH", "MEDIUM", "LOW"] as const satisfies readonly AssessorRiskLevel[];

export const samplingOutcomeLabels: Record<SamplingOutcome, string> = {
  AGREE: "Agree",
  AGREE_WITH_ACTION: "Agree with action",
  DISAGREE: "Disagree",
};

export const samplingStageLabels: Record<SamplingStage, string> = {
  INTERIM: "Interim",
  SUMMATIVE: "Summative",
};

const ruleRisk: Record<AssessorRiskLevel, AssessorRisk> = {
  NEW: "new",
  UNQUALIFIED: "unqualified",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
};

/** The sampling rule's name for a stored risk level. */
export function toRuleRisk(level: AssessorRiskLevel): AssessorRisk {
  return ruleRisk[level];
}

/** What a sampling strategy can require the sample to cover (the CAMERA dimensions, units and stages). */
export const coverageDimensionLabels: Record<CoverageDimension, string> = {
  candidates: "Every candidate",
  assessors: "Every assessor",
  units: "Every unit",
  methods: "Every assessment method",
  evidence: "Every kind of evidence",
  records: "Every kind of assessment record",
  sites: "Every assessment site",
  stages: "Both interim and summative decisions",
};
