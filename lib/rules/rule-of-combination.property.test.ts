import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ocrLevel3DiplomaInCustomerService as ocr } from "@/lib/qualifications/ocr-10380";
import { evaluateRuleOfCombination, suggestUnitsToComplete } from "./rule-of-combination";
import type { CombinationRule, QualificationSpec, QualificationUnit } from "./qualification-spec";

// An independent, deliberately naive reading of the rules, to check the fast implementation against.
function subsetMeetsRules(spec: QualificationSpec, counted: readonly QualificationUnit[]): boolean {
  const credit = (units: readonly QualificationUnit[]) => units.reduce((total, unit) => total + unit.credit, 0);
  return spec.rules.every((rule) => {
    switch (rule.kind) {
      case "allOfGroup":
        return spec.units.filter((unit) => unit.group === rule.group).every((unit) => counted.includes(unit));
      case "minimumTotalCredit":
        return credit(counted) >= rule.credit;
      case "minimumCreditFromGroup":
        return credit(counted.filter((unit) => unit.group === rule.group)) >= rule.credit;
      case "maximumCreditFromGroup":
        return credit(counted.filter((unit) => unit.group === rule.group)) <= rule.credit;
      case "minimumCreditAtOrAboveLevel":
        return credit(counted.filter((unit) => unit.level >= rule.level)) >= rule.credit;
      case "barredCombination":
        return counted.filter((unit) => rule.unitUrns.includes(unit.urn)).length <= 1;
    }
  });
}

function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) result.push(items.filter((_, i) => (mask >> i) & 1));
  return result;
}

function bruteForceAchieved(spec: QualificationSpec, achievedUrns: readonly string[]): boolean {
  const achieved = spec.units.filter((unit) => achievedUrns.includes(unit.urn));
  return subsets(achieved).some((counted) => subsetMeetsRules(spec, counted));
}

function bruteForceCheapestCompletion(spec: QualificationSpec, achievedUrns: readonly string[], exclude: readonly string[]) {
  const candidates = spec.units.filter((unit) => !achievedUrns.includes(unit.urn) && !exclude.includes(unit.urn));
  let best: { credit: number; units: number } | null = null;
  for (const added of subsets(candidates)) {
    const credit = added.reduce((total, unit) => total + unit.credit, 0);
    if (best && (credit > best.credit || (credit === best.credit && added.length >= best.units))) continue;
    if (bruteForceAchieved(spec, [...achievedUrns, ...added.map((unit) => unit.urn)])) best = { credit, units: added.length };
  }
  return best;
}

const groups = ["A", "B", "C"] as const;

const smallSpec: fc.Arbitrary<QualificationSpec> = fc
  .array(
    fc.record({
      credit: fc.integer({ min: 0, max: 6 }),
      level: fc.integer({ min: 1, max: 4 }),
      group: fc.constantFrom(...groups),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((rawUnits) => {
    const units: QualificationUnit[] = rawUnits.map((unit, i) => ({ ...unit, urn: `U${i}`, title: `Unit ${i}`, glh: 10 }));
    const urn = fc.constantFrom(...units.map((unit) => unit.urn));
    const group = fc.constantFrom(...groups);
    const credit = fc.integer({ min: 0, max: 20 });
    const creditRules: fc.Arbitrary<CombinationRule>[] = [
      group.map((g) => ({ kind: "allOfGroup", group: g }) as const),
      credit.map((c) => ({ kind: "minimumTotalCredit", credit: c }) as const),
      fc.tuple(group, credit).map(([g, c]) => ({ kind: "minimumCreditFromGroup", group: g, credit: c }) as const),
      fc.tuple(group, credit).map(([g, c]) => ({ kind: "maximumCreditFromGroup", group: g, credit: c }) as const),
      fc
        .tuple(fc.integer({ min: 1, max: 4 }), credit)
        .map(([l, c]) => ({ kind: "minimumCreditAtOrAboveLevel", level: l, credit: c }) as const),
    ];
    // A barred combination needs two distinct units to name.
    const barred = fc
      .uniqueArray(urn, { minLength: 2, maxLength: 3 })
      .map((urns) => ({ kind: "barredCombination", unitUrns: urns }) as const);
    const rule: fc.Arbitrary<CombinationRule> = fc.oneof(...creditRules, ...(units.length >= 2 ? [barred] : []));
    return fc.array(rule, { maxLength: 5 }).map((rules) => ({ units, rules }));
  });

const specWithAchieved = smallSpec.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    achieved: fc.subarray(spec.units.map((unit) => unit.urn)),
    extra: fc.subarray(spec.units.map((unit) => unit.urn)),
    exclude: fc.subarray(spec.units.map((unit) => unit.urn)),
  }),
);

describe("rule of combination properties (handbook 2.1: the rule of combination says how units combine)", () => {
  it("handbook 2.1: achieved exactly when some subset of the achieved units meets every rule", () => {
    fc.assert(
      fc.property(specWithAchieved, ({ spec, achieved }) => {
        const result = evaluateRuleOfCombination(spec, achieved);
        expect(result.achieved).toBe(bruteForceAchieved(spec, achieved));
        const counted = spec.units.filter((unit) => result.countedUnitUrns.includes(unit.urn));
        expect(result.countedUnitUrns.every((urn) => achieved.includes(urn))).toBe(true);
        if (result.achieved) expect(subsetMeetsRules(spec, counted)).toBe(true);
        else expect(result.shortfalls.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("handbook 2.1: achieving more units never takes an award away (monotone)", () => {
    fc.assert(
      fc.property(specWithAchieved, ({ spec, achieved, extra }) => {
        if (evaluateRuleOfCombination(spec, achieved).achieved) {
          expect(evaluateRuleOfCombination(spec, [...achieved, ...extra]).achieved).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("handbook 2.2: on the OCR diploma, achieving more units never takes an award away", () => {
    const urns = ocr.units.map((unit) => unit.urn);
    fc.assert(
      fc.property(fc.subarray(urns), fc.subarray(urns), (achieved, extra) => {
        if (evaluateRuleOfCombination(ocr, achieved).achieved) {
          expect(evaluateRuleOfCombination(ocr, [...achieved, ...extra]).achieved).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("handbook 2.2: a suggested completion always achieves, and never costs more credit (or more units) than brute force", () => {
    fc.assert(
      fc.property(specWithAchieved, ({ spec, achieved, exclude }) => {
        const suggestion = suggestUnitsToComplete(spec, achieved, { exclude });
        const cheapest = bruteForceCheapestCompletion(spec, achieved, exclude);
        if (cheapest === null) {
          expect(suggestion).toBeNull();
          return;
        }
        expect(suggestion).not.toBeNull();
        if (!suggestion) return;
        expect(evaluateRuleOfCombination(spec, [...achieved, ...suggestion.unitUrns]).achieved).toBe(true);
        expect(suggestion.unitUrns.some((urn) => achieved.includes(urn) || exclude.includes(urn))).toBe(false);
        const credit = spec.units.filter((unit) => suggestion.unitUrns.includes(unit.urn)).reduce((t, unit) => t + unit.credit, 0);
        expect(suggestion.additionalCredit).toBe(credit);
        expect(suggestion.additionalCredit).toBe(cheapest.credit);
        expect(suggestion.unitUrns.length).toBe(cheapest.units);
      }),
      { numRuns: 400 },
    );
  });

  it("handbook 2.2: on the OCR diploma, a suggested completion always achieves", () => {
    const urns = ocr.units.map((unit) => unit.urn);
    fc.assert(
      fc.property(fc.subarray(urns), fc.subarray(urns, { maxLength: 8 }), (achieved, exclude) => {
        const suggestion = suggestUnitsToComplete(ocr, achieved, { exclude });
        if (suggestion === null) {
          // Only impossible when a mandatory unit is excluded and not achieved.
          const mandatory = ocr.units.filter((unit) => unit.group === "A").map((unit) => unit.urn);
          expect(mandatory.some((urn) => exclude.includes(urn) && !achieved.includes(urn))).toBe(true);
          return;
        }
        expect(evaluateRuleOfCombination(ocr, [...achieved, ...suggestion.unitUrns]).achieved).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
