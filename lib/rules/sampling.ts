// Choosing an IQA sample (OCR handbook 5.20.1; common IQA practice): from the assessment
// decisions of a plan period, a sample that meets each assessor's rate for their risk and covers
// every unit, method, site and stage the policy asks for. The choice is deterministic for a seed,
// so the sample can be reproduced exactly for an external verifier.
import type { IsoDate } from "./dates";
import { seededShuffle } from "./seeded-random";
import {
  belowInterimTarget,
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
export { interimShareOf, samplingCoverage } from "./sampling-coverage";

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

/** Why a decision is in the sample; every sampled id has exactly one (the first that applied). */
export type SampleReason =
  /** Part of the assessor's quota for their risk: ceil(decisions × rate), at least the minimum. */
  | {
      readonly kind: "rate";
      readonly risk: AssessorRisk;
      readonly rate: number;
      readonly quota: number;
      readonly assessorDecisions: number;
    }
  /** Added to cover a value of a required dimension (for "stages": the assessor's stage) the sample missed. */
  | { readonly kind: "coverage"; readonly dimension: CoverageDimension; readonly value: string }
  /** Added so that interim decisions make up the strategy's share of the sample (`share`, 0–1). */
  | { readonly kind: "interim-share"; readonly share: number };

export interface SamplingPlan {
  /** Sampled decision ids, in the seeded order (stable for a seed). */
  readonly sampledDecisionIds: string[];
  /** Decisions added beyond the assessors' rates to cover required units, methods, sites or stages. */
  readonly addedForCoverage: string[];
  /** Why each sampled decision was chosen, by decision id. */
  readonly reasons: Record<string, SampleReason>;
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
  const reasons: Record<string, SampleReason> = {};
  const covered = new Map<CoverageDimension, Set<string>>(dimensions.map((dimension) => [dimension, new Set<string>()]));
  const stagesCovered = new Set<string>();
  const take = (decision: DecisionForSampling, reason: SampleReason) => {
    chosen.add(decision.id);
    reasons[decision.id] = reason;
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
  // The first value a decision would newly cover: what a coverage addition is for.
  const firstGain = (decision: DecisionForSampling): SampleReason | null => {
    for (const dimension of dimensions)
      for (const value of valuesOf(decision, dimension))
        if (!covered.get(dimension)?.has(value)) return { kind: "coverage", dimension, value };
    if (policy.bothStagesPerAssessor && !stagesCovered.has(stageKey(decision)))
      return { kind: "coverage", dimension: "stages", value: decision.stage };
    return null;
  };

  const byAssessor = new Map<string, DecisionForSampling[]>();
  for (const decision of ordered) {
    const own = byAssessor.get(decision.assessorId);
    if (own) own.push(decision);
    else byAssessor.set(decision.assessorId, [decision]);
  }
  const assessorIds = [...byAssessor.keys()].sort();
  for (const assessorId of assessorIds) {
    const own = byAssessor.get(assessorId) ?? [];
    const risk = riskOf(assessorId, request.assessorRisk);
    const quota = requiredSampleSize(own.length, risk, policy);
    const reason: SampleReason = { kind: "rate", risk, rate: policy.rates[risk], quota, assessorDecisions: own.length };
    if (quota >= own.length) {
      // Everything is sampled (e.g. a new assessor): no choice to spread.
      for (const decision of own) take(decision, reason);
      continue;
    }
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
      if (bestGain <= 0) {
        // Gains only fall as more is covered, so from here on every pick would be remaining[0]
        // (only a strictly larger gain replaces it): take the rest in the seeded order at once.
        for (const decision of remaining.slice(0, quota - picked)) take(decision, reason);
        break;
      }
      const [decision] = remaining.splice(bestIndex, 1);
      if (decision) take(decision, reason);
    }
  }

  const addedForCoverage: string[] = [];
  for (const decision of ordered) {
    if (chosen.has(decision.id)) continue;
    const reason = firstGain(decision);
    if (reason === null) continue;
    take(decision, reason);
    addedForCoverage.push(decision.id);
  }

  // Interim share: add interim decisions, in the seeded order but spreading them across assessors
  // (fewest interim decisions sampled first), until interim / sampled reaches the target.
  const target = Math.min(1, Math.max(0, policy.interimShare ?? 0));
  if (target > 0) {
    let sampledCount = chosen.size;
    let interimCount = ordered.filter((decision) => chosen.has(decision.id) && decision.stage === "interim").length;
    const interimByAssessor = new Map<string, number>();
    for (const decision of ordered)
      if (chosen.has(decision.id) && decision.stage === "interim")
        interimByAssessor.set(decision.assessorId, (interimByAssessor.get(decision.assessorId) ?? 0) + 1);
    const queues = new Map<string, DecisionForSampling[]>();
    for (const decision of ordered) {
      if (chosen.has(decision.id) || decision.stage !== "interim") continue;
      const queue = queues.get(decision.assessorId);
      if (queue) queue.push(decision);
      else queues.set(decision.assessorId, [decision]);
    }
    const reason: SampleReason = { kind: "interim-share", share: target };
    while (sampledCount > 0 && belowInterimTarget(interimCount / sampledCount, target)) {
      let nextAssessor: string | null = null;
      for (const assessorId of [...queues.keys()].sort()) {
        if ((queues.get(assessorId)?.length ?? 0) === 0) continue;
        if (nextAssessor === null || (interimByAssessor.get(assessorId) ?? 0) < (interimByAssessor.get(nextAssessor) ?? 0))
          nextAssessor = assessorId;
      }
      if (nextAssessor === null) break;
      const decision = queues.get(nextAssessor)?.shift();
      if (!decision) break;
      take(decision, reason);
      interimByAssessor.set(nextAssessor, (interimByAssessor.get(nextAssessor) ?? 0) + 1);
      sampledCount += 1;
      interimCount += 1;
    }
  }

  const sampledDecisionIds = ordered.filter((decision) => chosen.has(decision.id)).map((decision) => decision.id);
  const coverage = samplingCoverage(inPeriod, chosen, request.assessorRisk, policy);
  return { sampledDecisionIds, addedForCoverage, reasons, coverage };
}

function stageKey(decision: DecisionForSampling): string {
  return `${decision.assessorId}\u0000${decision.stage}`;
}
