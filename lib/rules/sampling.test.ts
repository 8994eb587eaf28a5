import { describe, expect, it } from "vitest";
import { defaultSamplingPolicy } from "./policies";
import { chooseSample, samplingCoverage, type DecisionForSampling } from "./sampling";

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
});
