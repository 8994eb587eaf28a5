// The CAMERA coverage of an IQA sample (OCR handbook 5.20.1; common IQA practice): for each of
// Candidates, Assessors, Methods, Evidence, Records and Assessment sites (plus units and the
// interim/summative stage), how many decisions there are and how many were sampled, and which
// required values the sample misses. Used both for a planned sample and for what an IQA has
// actually sampled so far.
import { listInEnglish, problem, warning, type RuleFinding } from "./findings";
import type { IsoDate } from "./dates";

export type SamplingStage = "interim" | "summative";

/** How much of an assessor's work is sampled depends on the risk they carry. */
export type AssessorRisk = "new" | "unqualified" | "high" | "medium" | "low";

export type CoverageDimension = "candidates" | "assessors" | "methods" | "evidence" | "records" | "sites" | "units" | "stages";

export interface SamplingPolicy {
  /** Share of each assessor's decisions to sample, 0–1, by risk. */
  readonly rates: Readonly<Record<AssessorRisk, number>>;
  /** At least this many decisions of every assessor with decisions in the period. */
  readonly minimumPerAssessor: number;
  /** Dimensions the sample must cover completely over the plan period. */
  readonly mustCover: readonly CoverageDimension[];
  /** Whether each assessor's interim and summative decisions must both be sampled. */
  readonly bothStagesPerAssessor: boolean;
  /**
   * The share of the sample, 0–1, that should be interim (formative) decisions. Absent or 0: no
   * target. The rule adds interim decisions until the share is met or none are left.
   */
  readonly interimShare?: number;
  readonly source: string;
}

/** An assessment decision as the IQA sees it. */
export interface DecisionForSampling {
  readonly id: string;
  readonly candidateId: string;
  readonly assessorId: string;
  readonly unitUrn: string;
  /** Assessment methods used, e.g. "observation", "professionalDiscussion". */
  readonly methods: readonly string[];
  /** Kinds of evidence, e.g. "workProduct", "witnessStatement". */
  readonly evidenceTypes: readonly string[];
  /** Records behind the decision, e.g. "RD05 planning", "RD06 feedback". */
  readonly records: readonly string[];
  readonly site: string;
  readonly decidedOn: IsoDate;
  readonly stage: SamplingStage;
}

export interface CoverageRow {
  readonly value: string;
  readonly decisions: number;
  readonly sampled: number;
}

export interface AssessorCoverage {
  readonly assessorId: string;
  readonly risk: AssessorRisk;
  readonly rate: number;
  readonly decisions: number;
  /** How many of the assessor's decisions the policy requires in the sample. */
  readonly required: number;
  readonly sampled: number;
}

export interface SamplingCoverage {
  readonly dimensions: Readonly<Record<CoverageDimension, CoverageRow[]>>;
  /** Assessor × unit: the usual IQA sampling-plan grid. */
  readonly assessorUnitMatrix: {
    readonly assessorId: string;
    readonly unitUrn: string;
    readonly decisions: number;
    readonly sampled: number;
  }[];
  readonly assessors: AssessorCoverage[];
  /** What the sample misses, against the policy. */
  readonly gaps: RuleFinding[];
}

const DIMENSION_NAMES: Record<CoverageDimension, string> = {
  candidates: "candidate",
  assessors: "assessor",
  methods: "assessment method",
  evidence: "kind of evidence",
  records: "kind of record",
  sites: "assessment site",
  units: "unit",
  stages: "stage",
};

export function valuesOf(decision: DecisionForSampling, dimension: CoverageDimension): readonly string[] {
  switch (dimension) {
    case "candidates":
      return [decision.candidateId];
    case "assessors":
      return [decision.assessorId];
    case "methods":
      return decision.methods;
    case "evidence":
      return decision.evidenceTypes;
    case "records":
      return decision.records;
    case "sites":
      return [decision.site];
    case "units":
      return [decision.unitUrn];
    case "stages":
      return [decision.stage];
  }
}

/** Unknown assessors are treated as new: sampling too much is safer than too little. */
export function riskOf(assessorId: string, assessorRisk: Readonly<Record<string, AssessorRisk>>): AssessorRisk {
  return assessorRisk[assessorId] ?? "new";
}

export function requiredSampleSize(decisionCount: number, risk: AssessorRisk, policy: SamplingPolicy): number {
  if (decisionCount === 0) return 0;
  const byRate = Math.ceil(decisionCount * Math.min(1, Math.max(0, policy.rates[risk])) - 1e-9);
  return Math.min(decisionCount, Math.max(policy.minimumPerAssessor, byRate));
}

export function samplingCoverage(
  decisions: readonly DecisionForSampling[],
  sampledIds: ReadonlySet<string>,
  assessorRisk: Readonly<Record<string, AssessorRisk>>,
  policy: SamplingPolicy,
): SamplingCoverage {
  const dimensionList = Object.keys(DIMENSION_NAMES) as CoverageDimension[];
  const dimensions = {} as Record<CoverageDimension, CoverageRow[]>;
  const gaps: RuleFinding[] = [];
  for (const dimension of dimensionList) {
    const rows = new Map<string, { decisions: number; sampled: number }>();
    for (const decision of decisions) {
      for (const value of valuesOf(decision, dimension)) {
        const row = rows.get(value) ?? { decisions: 0, sampled: 0 };
        row.decisions += 1;
        if (sampledIds.has(decision.id)) row.sampled += 1;
        rows.set(value, row);
      }
    }
    dimensions[dimension] = [...rows.entries()].sort(([a], [b]) => compareText(a, b)).map(([value, row]) => ({ value, ...row }));
    const unsampled = dimensions[dimension].filter((row) => row.sampled === 0).map((row) => row.value);
    if (policy.mustCover.includes(dimension) && unsampled.length > 0) {
      gaps.push(
        problem(
          `sampling.uncovered-${dimension}`,
          `No sampled decision covers ${unsampled.length === 1 ? `the ${DIMENSION_NAMES[dimension]}` : `these ${DIMENSION_NAMES[dimension]}s`}: ${listInEnglish(unsampled)}.`,
          policy.source,
        ),
      );
    }
  }

  const matrix = new Map<string, { assessorId: string; unitUrn: string; decisions: number; sampled: number }>();
  const byAssessor = new Map<string, { decisions: number; sampled: number; stages: Map<SamplingStage, number> }>();
  for (const decision of decisions) {
    const key = `${decision.assessorId}\u0000${decision.unitUrn}`;
    const cell = matrix.get(key) ?? { assessorId: decision.assessorId, unitUrn: decision.unitUrn, decisions: 0, sampled: 0 };
    const assessor = byAssessor.get(decision.assessorId) ?? { decisions: 0, sampled: 0, stages: new Map<SamplingStage, number>() };
    const sampled = sampledIds.has(decision.id);
    cell.decisions += 1;
    assessor.decisions += 1;
    if (!assessor.stages.has(decision.stage)) assessor.stages.set(decision.stage, 0);
    if (sampled) {
      cell.sampled += 1;
      assessor.sampled += 1;
      assessor.stages.set(decision.stage, (assessor.stages.get(decision.stage) ?? 0) + 1);
    }
    matrix.set(key, cell);
    byAssessor.set(decision.assessorId, assessor);
  }

  const assessors: AssessorCoverage[] = [...byAssessor.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([assessorId, counts]) => {
      const risk = riskOf(assessorId, assessorRisk);
      const required = requiredSampleSize(counts.decisions, risk, policy);
      if (counts.sampled < required) {
        gaps.push(
          problem(
            "sampling.assessor-below-rate",
            `Assessor ${assessorId} (${risk} risk): ${counts.sampled} of ${counts.decisions} decisions sampled; the policy needs ${required}.`,
            policy.source,
          ),
        );
      }
      if (policy.bothStagesPerAssessor) {
        const missing = [...counts.stages.entries()].filter(([, sampled]) => sampled === 0).map(([stage]) => stage);
        if (missing.length > 0) {
          gaps.push(
            problem(
              "sampling.assessor-stage-unsampled",
              `None of assessor ${assessorId}'s ${listInEnglish(missing)} decisions is sampled.`,
              policy.source,
            ),
          );
        }
      }
      return { assessorId, risk, rate: policy.rates[risk], decisions: counts.decisions, required, sampled: counts.sampled };
    });

  const interimGap = interimShareGap(decisions, sampledIds, policy);
  if (interimGap) gaps.push(interimGap);

  const assessorUnitMatrix = [...matrix.values()].sort(
    (a, b) => compareText(a.assessorId, b.assessorId) || compareText(a.unitUrn, b.unitUrn),
  );
  return { dimensions, assessorUnitMatrix, assessors, gaps };
}

/** The share of sampled decisions that are interim; null when nothing is sampled. */
export function interimShareOf(decisions: readonly DecisionForSampling[], sampledIds: ReadonlySet<string>): number | null {
  let sampled = 0;
  let interim = 0;
  for (const decision of decisions) {
    if (!sampledIds.has(decision.id)) continue;
    sampled += 1;
    if (decision.stage === "interim") interim += 1;
  }
  return sampled === 0 ? null : interim / sampled;
}

/** Whether `share` falls short of the target (with a little slack for floating point). */
export function belowInterimTarget(share: number, target: number): boolean {
  return share < target - 1e-9;
}

function interimShareGap(
  decisions: readonly DecisionForSampling[],
  sampledIds: ReadonlySet<string>,
  policy: SamplingPolicy,
): RuleFinding | null {
  const target = Math.min(1, Math.max(0, policy.interimShare ?? 0));
  if (target === 0 || decisions.length === 0) return null;
  const share = interimShareOf(decisions, sampledIds) ?? 0;
  if (!belowInterimTarget(share, target)) return null;
  const sampled = decisions.filter((decision) => sampledIds.has(decision.id));
  const interim = sampled.filter((decision) => decision.stage === "interim").length;
  const unsampledInterim = decisions.filter((decision) => decision.stage === "interim" && !sampledIds.has(decision.id)).length;
  const said = `${interim} of ${sampled.length} sampled decisions are interim (${asPercent(share)}); the strategy asks for at least ${asPercent(target)}.`;
  // Nothing more can be done when every interim decision is already in the sample: say so, but do not block.
  return unsampledInterim > 0
    ? problem("sampling.interim-share-below-target", `${said} Sample more interim decisions.`, policy.source)
    : warning("sampling.interim-share-below-target", `${said} Every interim decision of the period is already sampled.`, policy.source);
}

function asPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Code-unit order, not locale order, so results are identical on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
