import { describe, expect, it } from "vitest";
import { candidatePlacement, datasetPlan, generatedOutcomes, linkSplit, staffRoles } from "./dataset-plan";

describe("datasetPlan", () => {
  it("is the issue's dataset at scale 1", () => {
    const plan = datasetPlan();
    expect(plan.centres * plan.staffPerCentre).toBe(2_000);
    expect(plan.candidates).toBe(50_000);
    expect(plan.evidenceLinks).toBe(1_000_000);
    expect(plan.namedAssessorCandidates).toBe(300);
    expect(plan.fortyUnits).toBe(40);
  });

  it("shrinks candidates and links, never the special people, and refuses a scale outside (0, 1]", () => {
    const small = datasetPlan(0.001);
    expect(small.candidates).toBe(700);
    expect(small.evidenceLinks).toBe(7_000);
    expect(small.namedAssessorCandidates).toBe(300);
    expect(() => datasetPlan(0)).toThrow(/BENCH_SCALE/);
    expect(() => datasetPlan(2)).toThrow(/BENCH_SCALE/);
    expect(() => datasetPlan(Number.NaN)).toThrow(/BENCH_SCALE/);
  });
});

describe("candidatePlacement", () => {
  const plan = datasetPlan();

  it("gives the bench assessor exactly the first 300 candidates, at centre 1", () => {
    const placements = Array.from({ length: plan.candidates }, (_, i) => candidatePlacement(plan, i + 1));
    const benchAssessors = placements.filter((p) => p.centre === 1 && p.assessorPosition === 2);
    expect(benchAssessors).toHaveLength(300);
  });

  it("spreads everyone else over every centre and assessors 3 to 8 only", () => {
    const perCentre = new Map<number, number>();
    const positions = new Set<number>();
    for (let i = plan.namedAssessorCandidates + 1; i <= plan.candidates; i++) {
      const { centre, assessorPosition } = candidatePlacement(plan, i);
      perCentre.set(centre, (perCentre.get(centre) ?? 0) + 1);
      positions.add(assessorPosition);
    }
    expect(perCentre.size).toBe(200);
    expect(Math.max(...perCentre.values()) - Math.min(...perCentre.values())).toBeLessThanOrEqual(1);
    expect([...positions].sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect(staffRoles.slice(2, 8).every((role) => role === "ASSESSOR")).toBe(true);
  });
});

describe("linkSplit", () => {
  it("leaves the forty-unit candidate's links out of everyone else's, in items of at most 5", () => {
    expect(linkSplit(datasetPlan(), 402)).toEqual({ generalLinks: 999_598, generalItems: 199_920 });
    expect(() => linkSplit({ ...datasetPlan(), evidenceLinks: 10 }, 402)).toThrow(/402 links/);
  });
});

describe("generatedOutcomes", () => {
  it("numbers outcomes and criteria like the catalogue, with at least 5 different criteria a unit", () => {
    for (let unit = 0; unit < 45; unit++) {
      const outcomes = generatedOutcomes(unit, "Resolve customers' problems");
      const refs = outcomes.flatMap((o) => o.criteria.map((c) => c.ref));
      expect(refs.length).toBeGreaterThanOrEqual(5);
      expect(new Set(refs).size).toBe(refs.length);
      outcomes.forEach((o, i) => {
        expect(o.ref).toBe(String(i + 1));
        expect(o.criteria.every((c) => c.ref.startsWith(`${i + 1}.`))).toBe(true);
      });
    }
    expect(generatedOutcomes(0, "Resolve customers' problems")[0]!.title).toBe("Understand how to resolve customers' problems (part 1)");
  });
});
