import { describe, expect, it } from "vitest";
import { defaultSamplingPolicy } from "./policies";
import {
  chooseSample,
  interimShareOf,
  samplingCoverage,
  type AssessorRisk,
  type CoverageDimension,
  type DecisionForSampling,
  type SampleReason,
  type SamplingRequest,
} from "./sampling";
import { belowInterimTarget, requiredSampleSize, riskOf, valuesOf } from "./sampling-coverage";
import { seededRandom, seededShuffle } from "./seeded-random";

const policy = defaultSamplingPolicy;
const period = { from: "2025-01-01", to: "2025-12-31" };

function decisions(): DecisionForSampling[] {
  const list: DecisionForSampling[] = [];
  const units = ["L/506/2150", "Y/506/2152", "R/506/2151", "H/506/1912"];
  const sites = ["Leeds", "York"];
  const methods = ["observation", "professionalDiscussion", "questioning"];
  for (let i = 0; i < 60; i++) {
    list.push({
      id: `d${String(i).padStart(2, "0")}`,
      candidateId: `c${i % 12}`,
      assessorId: i % 3 === 0 ? "new-assessor" : "experienced",
      unitUrn: units[i % units.length] as string,
      methods: [methods[i % methods.length] as string],
      evidenceTypes: [i % 4 === 0 ? "witnessStatement" : "workProduct"],
      records: ["RD06 feedback"],
      site: sites[i % 5 === 0 ? 1 : 0] as string,
      decidedOn: `2025-${String((i % 12) + 1).padStart(2, "0")}-10`,
      stage: i % 2 === 0 ? "summative" : "interim",
    });
  }
  return list;
}

const request = {
  decisions: decisions(),
  assessorRisk: { "new-assessor": "new" as const, experienced: "low" as const },
  policy,
  period,
  seed: "2025 plan",
};

describe("IQA sampling", () => {
  it("handbook 5.20.1: the same seed always gives the same sample, whatever order the decisions arrive in", () => {
    const first = chooseSample(request);
    const again = chooseSample({ ...request, decisions: request.decisions.slice().reverse() });
    expect(again.sampledDecisionIds).toEqual(first.sampledDecisionIds);
    expect(chooseSample({ ...request, seed: "another seed" }).sampledDecisionIds).not.toEqual(first.sampledDecisionIds);
  });

  it("handbook 5.20.1: every decision of a new assessor is sampled; a low-risk assessor at the lower rate", () => {
    const plan = chooseSample(request);
    const byAssessor = Object.fromEntries(plan.coverage.assessors.map((row) => [row.assessorId, row]));
    expect(byAssessor["new-assessor"]).toMatchObject({ decisions: 20, required: 20, sampled: 20 });
    expect(byAssessor.experienced).toMatchObject({ decisions: 40, required: 4 });
    expect(byAssessor.experienced?.sampled).toBeGreaterThanOrEqual(4);
  });

  it("handbook 5.20.1: the sample covers every assessor, unit, method, site and both stages, so there are no gaps", () => {
    const plan = chooseSample(request);
    expect(plan.coverage.gaps).toEqual([]);
    for (const dimension of ["assessors", "units", "methods", "sites", "stages"] as const) {
      for (const row of plan.coverage.dimensions[dimension]) expect(row.sampled, `${dimension} ${row.value}`).toBeGreaterThan(0);
    }
  });

  it("handbook 5.20.1: the CAMERA matrix counts decisions and sampled decisions per candidate, assessor, method, evidence, record and site", () => {
    const plan = chooseSample(request);
    expect(Object.keys(plan.coverage.dimensions)).toEqual([
      "candidates",
      "assessors",
      "methods",
      "evidence",
      "records",
      "sites",
      "units",
      "stages",
    ]);
    expect(plan.coverage.dimensions.candidates).toHaveLength(12);
    expect(plan.coverage.dimensions.sites).toEqual([
      { value: "Leeds", decisions: 48, sampled: expect.any(Number) },
      { value: "York", decisions: 12, sampled: expect.any(Number) },
    ]);
    expect(plan.coverage.assessorUnitMatrix.reduce((total, cell) => total + cell.decisions, 0)).toBe(60);
  });

  it("handbook 5.20.1: an existing sample is checked for gaps: uncovered units, sites, stages and assessors below their rate", () => {
    const all = decisions();
    const onlyLeedsObservations = new Set(
      all
        .filter((decision) => decision.site === "Leeds" && decision.methods.includes("observation"))
        .map((decision) => decision.id)
        .slice(0, 2),
    );
    const coverage = samplingCoverage(all, onlyLeedsObservations, request.assessorRisk, policy);
    const codes = coverage.gaps.map((gap) => gap.code);
    expect(codes).toContain("sampling.uncovered-sites");
    expect(codes).toContain("sampling.uncovered-methods");
    expect(codes).toContain("sampling.assessor-below-rate");
    expect(coverage.gaps.find((gap) => gap.code === "sampling.uncovered-sites")?.message).toBe(
      "No sampled decision covers the assessment site: York.",
    );
  });

  it("handbook 5.20.1: only decisions in the plan period are sampled; unknown assessors are sampled as new", () => {
    const plan = chooseSample({ ...request, assessorRisk: {}, period: { from: "2025-01-01", to: "2025-01-31" } });
    const inJanuary = decisions()
      .filter((decision) => decision.decidedOn.startsWith("2025-01"))
      .map((decision) => decision.id);
    expect(plan.sampledDecisionIds.slice().sort()).toEqual(inJanuary.slice().sort());
  });

  it("handbook 5.20.1: every sampled decision says why it was chosen (rate, coverage or interim share), and nothing else has a reason", () => {
    const plan = chooseSample({ ...request, policy: { ...policy, interimShare: 0.6 } });
    expect(Object.keys(plan.reasons).sort()).toEqual(plan.sampledDecisionIds.slice().sort());
    const all = new Map(decisions().map((decision) => [decision.id, decision]));
    for (const id of plan.sampledDecisionIds) {
      const reason = plan.reasons[id];
      const decision = all.get(id);
      if (reason?.kind === "rate") {
        expect(reason.risk).toBe(decision?.assessorId === "new-assessor" ? "new" : "low");
        expect(reason).toMatchObject(
          decision?.assessorId === "new-assessor"
            ? { rate: 1, quota: 20, assessorDecisions: 20 }
            : { rate: 0.1, quota: 4, assessorDecisions: 40 },
        );
      } else if (reason?.kind === "interim-share") {
        expect(reason.share).toBe(0.6);
        expect(decision?.stage).toBe("interim");
      } else {
        expect(reason?.kind).toBe("coverage");
      }
    }
    for (const id of plan.addedForCoverage) expect(plan.reasons[id]?.kind).toBe("coverage");
    const rateCount = Object.values(plan.reasons).filter((reason) => reason.kind === "rate").length;
    expect(rateCount).toBe(24);
  });

  it("handbook 5.20.1: a coverage addition names the dimension and value it covers", () => {
    // Only the experienced assessor at a 1% rate: one decision by rate, the other sites and units for coverage.
    const onlyExperienced = decisions().filter((decision) => decision.assessorId === "experienced");
    const byId = new Map(onlyExperienced.map((decision) => [decision.id, decision]));
    const plan = chooseSample({
      ...request,
      decisions: onlyExperienced,
      policy: { ...policy, rates: { ...policy.rates, low: 0.01 } },
    });
    expect(plan.sampledDecisionIds.filter((id) => plan.reasons[id]?.kind === "rate")).toHaveLength(1);
    expect(plan.addedForCoverage.length).toBeGreaterThan(0);
    const dimensionsSeen = new Set<string>();
    for (const id of plan.addedForCoverage) {
      const reason = plan.reasons[id];
      const decision = byId.get(id);
      if (reason?.kind !== "coverage") throw new Error(`${id} was not added for coverage`);
      dimensionsSeen.add(reason.dimension);
      if (reason.dimension === "sites") expect(decision?.site).toBe(reason.value);
      if (reason.dimension === "units") expect(decision?.unitUrn).toBe(reason.value);
      if (reason.dimension === "methods") expect(decision?.methods).toContain(reason.value);
      if (reason.dimension === "stages") expect(decision?.stage).toBe(reason.value);
    }
    expect(dimensionsSeen.has("units")).toBe(true);
    expect(plan.coverage.gaps).toEqual([]);
  });

  it("strategy: interim decisions are added until they make up the interim share, deterministically", () => {
    const interimPolicy = { ...policy, interimShare: 0.6 };
    const plan = chooseSample({ ...request, policy: interimPolicy });
    const all = new Map(decisions().map((decision) => [decision.id, decision]));
    const interim = plan.sampledDecisionIds.filter((id) => all.get(id)?.stage === "interim").length;
    expect(interim / plan.sampledDecisionIds.length).toBeGreaterThanOrEqual(0.6);
    // Not more than needed: without the last interim addition the share would be below target.
    const added = plan.sampledDecisionIds.filter((id) => plan.reasons[id]?.kind === "interim-share");
    expect(added.length).toBeGreaterThan(0);
    expect((interim - 1) / (plan.sampledDecisionIds.length - 1)).toBeLessThan(0.6);
    expect(interimShareOf(decisions(), new Set(plan.sampledDecisionIds))).toBe(interim / plan.sampledDecisionIds.length);
    expect(plan.coverage.gaps).toEqual([]);

    const again = chooseSample({ ...request, policy: interimPolicy, decisions: request.decisions.slice().reverse() });
    expect(again.sampledDecisionIds).toEqual(plan.sampledDecisionIds);
    expect(again.reasons).toEqual(plan.reasons);
  });

  it("strategy: with no interim share set, or one already met, nothing is added for it", () => {
    const plain = chooseSample(request);
    expect(Object.values(plain.reasons).some((reason) => reason.kind === "interim-share")).toBe(false);
    const low = chooseSample({ ...request, policy: { ...policy, interimShare: 0.1 } });
    expect(low.sampledDecisionIds).toEqual(plain.sampledDecisionIds);
  });

  it("strategy: the coverage check reports an interim share below target; a warning when every interim decision is already sampled", () => {
    const all = decisions();
    const summativeOnly = new Set(all.filter((decision) => decision.stage === "summative").map((decision) => decision.id));
    const coverage = samplingCoverage(all, summativeOnly, request.assessorRisk, { ...policy, interimShare: 0.3 });
    const gap = coverage.gaps.find((finding) => finding.code === "sampling.interim-share-below-target");
    expect(gap).toMatchObject({ severity: "problem" });
    expect(gap?.message).toBe(
      "0 of 30 sampled decisions are interim (0%); the strategy asks for at least 30%. Sample more interim decisions.",
    );

    const fewInterim = all.filter((decision) => decision.stage === "summative" || decision.id === "d01");
    const everything = new Set(fewInterim.map((decision) => decision.id));
    const exhausted = samplingCoverage(fewInterim, everything, request.assessorRisk, { ...policy, interimShare: 0.5 });
    expect(exhausted.gaps.find((finding) => finding.code === "sampling.interim-share-below-target")).toMatchObject({
      severity: "warning",
      message:
        "1 of 31 sampled decisions are interim (3%); the strategy asks for at least 50%. Every interim decision of the period is already sampled.",
    });
    const chosen = chooseSample({ ...request, decisions: fewInterim, policy: { ...policy, interimShare: 0.5 } });
    expect(chosen.sampledDecisionIds).toContain("d01");

    const met = samplingCoverage(all, summativeOnly, request.assessorRisk, { ...policy, interimShare: 0 });
    expect(met.gaps.some((finding) => finding.code === "sampling.interim-share-below-target")).toBe(false);
  });
});

// The sampling rule written the plain way (every pick scans all of the assessor's remaining
// decisions), to check that the faster chooseSample gives exactly the same sample and reasons.
function referenceSample(request: SamplingRequest): { ids: string[]; added: string[]; reasons: Record<string, SampleReason> } {
  const { policy } = request;
  const inPeriod = request.decisions.filter((d) => d.decidedOn >= request.period.from && d.decidedOn <= request.period.to);
  const ordered = seededShuffle(
    inPeriod.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    request.seed,
  );
  const dimensions = policy.mustCover.filter((dimension) => dimension !== "assessors");
  const chosen = new Set<string>();
  const reasons: Record<string, SampleReason> = {};
  const covered = new Set<string>();
  const key = (dimension: CoverageDimension, value: string) => `${dimension}\u0000${value}`;
  const stageKey = (d: DecisionForSampling) => key("stages", `${d.assessorId}\u0000${d.stage}`);
  const take = (d: DecisionForSampling, reason: SampleReason) => {
    chosen.add(d.id);
    reasons[d.id] = reason;
    for (const dimension of dimensions) for (const value of valuesOf(d, dimension)) covered.add(key(dimension, value));
    covered.add(stageKey(d));
  };
  const uncovered = (d: DecisionForSampling): SampleReason[] => {
    const list: SampleReason[] = [];
    for (const dimension of dimensions)
      for (const value of valuesOf(d, dimension))
        if (!covered.has(key(dimension, value))) list.push({ kind: "coverage", dimension, value });
    if (policy.bothStagesPerAssessor && !covered.has(stageKey(d))) list.push({ kind: "coverage", dimension: "stages", value: d.stage });
    return list;
  };
  const assessorIds = [...new Set(ordered.map((d) => d.assessorId))].sort();
  for (const assessorId of assessorIds) {
    const remaining = ordered.filter((d) => d.assessorId === assessorId);
    const risk = riskOf(assessorId, request.assessorRisk);
    const quota = requiredSampleSize(remaining.length, risk, policy);
    const reason: SampleReason = { kind: "rate", risk, rate: policy.rates[risk], quota, assessorDecisions: remaining.length };
    if (quota >= remaining.length) {
      for (const decision of remaining) take(decision, reason);
      continue;
    }
    for (let picked = 0; picked < quota; picked++) {
      let bestIndex = 0;
      for (let index = 1; index < remaining.length; index++)
        if (uncovered(remaining[index] as DecisionForSampling).length > uncovered(remaining[bestIndex] as DecisionForSampling).length)
          bestIndex = index;
      const [decision] = remaining.splice(bestIndex, 1);
      if (decision) take(decision, reason);
    }
  }
  const added: string[] = [];
  for (const d of ordered) {
    const [first] = chosen.has(d.id) ? [] : uncovered(d);
    if (!first) continue;
    take(d, first);
    added.push(d.id);
  }
  const target = Math.min(1, Math.max(0, policy.interimShare ?? 0));
  const reason: SampleReason = { kind: "interim-share", share: target };
  const interimOf = (assessorId: string) =>
    ordered.filter((d) => d.assessorId === assessorId && d.stage === "interim" && chosen.has(d.id)).length;
  while (target > 0 && chosen.size > 0) {
    const interim = ordered.filter((d) => d.stage === "interim" && chosen.has(d.id)).length;
    if (!belowInterimTarget(interim / chosen.size, target)) break;
    let next: DecisionForSampling | null = null;
    for (const assessorId of assessorIds) {
      const candidate = ordered.find((d) => d.assessorId === assessorId && d.stage === "interim" && !chosen.has(d.id));
      if (candidate && (next === null || interimOf(assessorId) < interimOf(next.assessorId))) next = candidate;
    }
    if (next === null) break;
    take(next, reason);
  }
  return { ids: ordered.filter((d) => chosen.has(d.id)).map((d) => d.id), added, reasons };
}

function randomDecisions(seed: string, count: number): DecisionForSampling[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const methods = ["observation", "professionalDiscussion", "questioning", "workProduct", "simulation", "recognition"];
  const evidence = ["workProduct", "witnessStatement", "photo", "video", "reflectiveAccount"];
  const records = ["RD05 planning", "RD06 feedback", "RD08 witness statement", "RD09 activity"];
  return Array.from({ length: count }, (_, i) => ({
    id: `r${String(i).padStart(4, "0")}`,
    candidateId: `c${Math.floor(random() * 150)}`,
    assessorId: `a${Math.floor(random() * 9)}`,
    unitUrn: `U/${Math.floor(random() * 25)}`,
    methods: [...new Set([pick(methods), pick(methods)])],
    evidenceTypes: random() < 0.2 ? [] : [pick(evidence)],
    records: [...new Set([pick(records), pick(records)])],
    site: `site ${Math.floor(random() * 12)}`,
    decidedOn: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
    stage: random() < 0.35 ? ("interim" as const) : ("summative" as const),
  }));
}

describe("IQA sampling: the fast choice is the plain one", () => {
  const risks: AssessorRisk[] = ["low", "medium", "high", "unqualified", "low", "medium", "low", "new", "low"];
  const assessorRisk = Object.fromEntries(risks.map((risk, i) => [`a${i}`, risk]));
  const cases = [
    { name: "default policy", policy },
    {
      name: "every dimension, interim share 30%",
      policy: {
        ...policy,
        mustCover: ["candidates", "assessors", "methods", "evidence", "records", "sites", "units"] as CoverageDimension[],
        interimShare: 0.3,
      },
    },
    {
      name: "low rates, no stage rule, interim share 50%",
      policy: { ...policy, rates: { ...policy.rates, low: 0.02, medium: 0.05 }, bothStagesPerAssessor: false, interimShare: 0.5 },
    },
  ];
  for (const { name, policy: casePolicy } of cases) {
    it(`the same sampled ids, coverage additions and reasons as a straightforward scan (${name})`, () => {
      for (const seed of ["plan A", "plan B", "plan C"]) {
        const sampleRequest: SamplingRequest = {
          decisions: randomDecisions(`${name} ${seed}`, 700),
          assessorRisk,
          policy: casePolicy,
          period: { from: "2025-02-01", to: "2025-11-30" },
          seed,
        };
        const fast = chooseSample(sampleRequest);
        const plain = referenceSample(sampleRequest);
        expect(fast.sampledDecisionIds).toEqual(plain.ids);
        expect(fast.addedForCoverage).toEqual(plain.added);
        expect(JSON.stringify(fast.reasons)).toBe(JSON.stringify(plain.reasons));
        expect(fast.sampledDecisionIds.length).toBeGreaterThan(50);
        expect(fast.sampledDecisionIds.length).toBeLessThan(600);
      }
    });
  }
});
