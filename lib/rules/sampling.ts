// Choosing an IQA sample (OCR handbook 5.20.1; common IQA practice): from the assessment
// decisions of a plan period, a sample that meets each assessor's rate for their risk and covers
// every unit, method, site and stage the policy asks for. The choice is deterministic for a seed,
// so the sample can be reproduced exactly for an external verifier.
import type { IsoDate } from "./dates";
import { seededShuffle } from "./seeded-random";
import {
  requiredSampleSize,
  riskOf,
  samplingCoverage,
  valuesOf,
  type AssessorRisk,
  type CoverageDimension,
  type DecisionForSampling,
  type SamplingCoverage,
  type SamplingPolicy,
} from "./sampling-coverage";

export type {
  AssessorRisk,
  CoverageDimension,
  CoverageRow,
  DecisionForSampling,
  SamplingCoverage,
  SamplingPolicy,
  SamplingStage,
} from "./sampling-coverage";
export { samplingCoverage } from "./sampling-coverage";

export interface SamplingRequest {
  readonly decisions: readonly DecisionForSampling[];
  /** Risk per assessor id; an assessor not listed is treated as new. */
  readonly assessorRisk: Readonly<Record<string, AssessorRisk>>;
  readonly policy: SamplingPolicy;
  /** The plan period, inclusive. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** Any text; the same seed and decisions always give the same sample. */
  readonly seed: string;
}

export interface SamplingPlan {
  /** Sampled decision ids, in the seeded order (stable for a seed). */
  readonly sampledDecisionIds: string[];
  /** Decisions added beyond the assessors' rates to cover required units, methods, sites or stages. */
  readonly addedForCoverage: string[];
  readonly coverage: SamplingCoverage;
}

export function chooseSample(request: SamplingRequest): SamplingPlan {
  const { policy } = request;
  const inPeriod = request.decisions.filter(
    (decision) => decision.decidedOn >= request.period.from && decision.decidedOn <= request.period.to,
  );
  // Sort first so that the order decisions arrive in cannot change the sample.
  const ordered = seededShuffle(
    inPeriod.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    request.seed,
  );
  const dimensions = policy.mustCover.filter((dimension) => dimension !== "assessors");
  const chosen = new Set<string>();
  const covered = new Map<CoverageDimension, Set<string>>(dimensions.map((dimension) => [dimension, new Set<string>()]));
  const stagesCovered = new Set<string>();
  const take = (decision: DecisionForSampling) => {
    chosen.add(decision.id);
    for (const dimension of dimensions) for (const value of valuesOf(decision, dimension)) covered.get(dimension)?.add(value);
    stagesCovered.add(stageKey(decision));
  };
  // How many still-uncovered values a decision would cover; used to spread each assessor's quota.
  const gain = (decision: DecisionForSampling) => {
    let count = 0;
    for (const dimension of dimensions)
      for (const value of valuesOf(decision, dimension)) if (!covered.get(dimension)?.has(value)) count += 1;
    if (policy.bothStagesPerAssessor && !stagesCovered.has(stageKey(decision))) count += 1;
    return count;
  };

  const byAssessor = new Map<string, DecisionForSampling[]>();
  for (const decision of ordered) byAssessor.set(decision.assessorId, [...(byAssessor.get(decision.assessorId) ?? []), decision]);
  const assessorIds = [...byAssessor.keys()].sort();
  for (const assessorId of assessorIds) {
    const own = byAssessor.get(assessorId) ?? [];
    const quota = requiredSampleSize(own.length, riskOf(assessorId, request.assessorRisk), policy);
    const remaining = own.slice();
    for (let picked = 0; picked < quota; picked++) {
      let bestIndex = 0;
      let bestGain = -1;
      remaining.forEach((decision, index) => {
        const value = gain(decision);
        if (value > bestGain) {
          bestGain = value;
          bestIndex = index;
        }
      });
      const [decision] = remaining.splice(bestIndex, 1);
      if (decision) take(decision);
    }
  }

  const addedForCoverage: string[] = [];
  for (const decision of ordered) {
    if (chosen.has(decision.id) || gain(decision) === 0) continue;
    take(decision);
    addedForCoverage.push(decision.id);
  }

  const sampledDecisionIds = ordered.filter((decision) => chosen.has(decision.id)).map((decision) => decision.id);
  const coverage = samplingCoverage(inPeriod, chosen, request.assessorRisk, policy);
  return { sampledDecisionIds, addedForCoverage, coverage };
}

function stageKey(decision: DecisionForSampling): string {
  return `${decision.assessorId}\u0000${decision.stage}`;
}
