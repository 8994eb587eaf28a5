// A spec turned into flat numeric tables once, and cached per spec object, so that evaluating a
// rule of combination for thousands of candidates does no string work beyond one map look-up per
// achieved unit.
import type { CombinationRule, QualificationSpec } from "./qualification-spec";

/** A rule that needs at least `threshold` of something among the counted units. */
export interface LowerDimension {
  readonly rule: CombinationRule;
  readonly key: string;
  readonly threshold: number;
  /** allOfGroup counts units (weight 1 each); the other rules count credit. */
  readonly countsUnits: boolean;
  /** Indexes of the units that count towards it. */
  readonly unitIndexes: readonly number[];
}

/** A rule that caps how much of a group's credit may be counted. */
export interface UpperDimension {
  readonly rule: CombinationRule;
  readonly key: string;
  readonly cap: number;
  readonly unitIndexes: readonly number[];
}

export interface CompiledSpec {
  readonly spec: QualificationSpec;
  readonly unitCount: number;
  readonly urns: readonly string[];
  readonly indexByUrn: ReadonlyMap<string, number>;
  readonly credit: Int32Array;
  readonly lower: readonly LowerDimension[];
  readonly upper: readonly UpperDimension[];
  /** Unit-major weights: lowerWeights[unit * lower.length + dimension]. */
  readonly lowerWeights: Int32Array;
  readonly upperWeights: Int32Array;
  /** Each barred combination as unit indexes. */
  readonly barredSets: readonly (readonly number[])[];
  /** For each unit, the barred combinations it belongs to. */
  readonly barredSetsOfUnit: readonly (readonly number[])[];
  /** 1 when choosing whether to count the unit matters: it is capped or in a barred combination. */
  readonly restricted: Uint8Array;
  /** 1 when the unit belongs to a group whose units are all mandatory. */
  readonly mandatory: Uint8Array;
}

// Keyed by the spec object: specs are treated as immutable, so build a new spec object rather than
// editing one that has already been evaluated.
const cache = new WeakMap<QualificationSpec, CompiledSpec>();

export function compileSpec(spec: QualificationSpec): CompiledSpec {
  const cached = cache.get(spec);
  if (cached) return cached;
  const compiled = compile(spec);
  cache.set(spec, compiled);
  return compiled;
}

export function ruleKey(rule: CombinationRule): string {
  switch (rule.kind) {
    case "allOfGroup":
    case "minimumCreditFromGroup":
    case "maximumCreditFromGroup":
      return `${rule.kind}:${rule.group}`;
    case "minimumCreditAtOrAboveLevel":
      return `${rule.kind}:${rule.level}`;
    case "minimumTotalCredit":
      return rule.kind;
    case "barredCombination":
      return `${rule.kind}:${rule.unitUrns.join("+")}`;
  }
}

function compile(spec: QualificationSpec): CompiledSpec {
  const units = spec.units;
  const unitCount = units.length;
  const indexByUrn = new Map<string, number>();
  const credit = new Int32Array(unitCount);
  units.forEach((unit, index) => {
    if (indexByUrn.has(unit.urn)) throw new Error(`Unit ${unit.urn} is listed twice in the spec`);
    if (!Number.isInteger(unit.credit) || unit.credit < 0) {
      throw new Error(`Unit ${unit.urn} has credit ${unit.credit}; credit must be a whole number, 0 or more`);
    }
    indexByUrn.set(unit.urn, index);
    credit[index] = unit.credit;
  });

  const inGroup = (group: string) => units.flatMap((unit, index) => (unit.group === group ? [index] : []));
  const lower: LowerDimension[] = [];
  const upper: UpperDimension[] = [];
  const barredSets: number[][] = [];
  for (const rule of spec.rules) {
    const key = ruleKey(rule);
    switch (rule.kind) {
      case "allOfGroup": {
        const unitIndexes = inGroup(rule.group);
        lower.push({ rule, key, threshold: unitIndexes.length, countsUnits: true, unitIndexes });
        break;
      }
      case "minimumTotalCredit":
        lower.push({
          rule,
          key,
          threshold: checkedCredit(rule.credit, key),
          countsUnits: false,
          unitIndexes: units.map((_, index) => index),
        });
        break;
      case "minimumCreditFromGroup":
        lower.push({ rule, key, threshold: checkedCredit(rule.credit, key), countsUnits: false, unitIndexes: inGroup(rule.group) });
        break;
      case "minimumCreditAtOrAboveLevel": {
        const unitIndexes = units.flatMap((unit, index) => (unit.level >= rule.level ? [index] : []));
        lower.push({ rule, key, threshold: checkedCredit(rule.credit, key), countsUnits: false, unitIndexes });
        break;
      }
      case "maximumCreditFromGroup":
        upper.push({ rule, key, cap: checkedCredit(rule.credit, key), unitIndexes: inGroup(rule.group) });
        break;
      case "barredCombination":
        barredSets.push(
          rule.unitUrns.map((urn) => {
            const index = indexByUrn.get(urn);
            if (index === undefined) throw new Error(`Barred combination names unit ${urn}, which is not in the spec`);
            return index;
          }),
        );
        break;
    }
  }

  const lowerWeights = new Int32Array(unitCount * lower.length);
  lower.forEach((dimension, d) => {
    for (const index of dimension.unitIndexes) {
      lowerWeights[index * lower.length + d] = dimension.countsUnits ? 1 : (credit[index] ?? 0);
    }
  });
  const upperWeights = new Int32Array(unitCount * upper.length);
  const restricted = new Uint8Array(unitCount);
  upper.forEach((dimension, u) => {
    for (const index of dimension.unitIndexes) {
      upperWeights[index * upper.length + u] = credit[index] ?? 0;
      restricted[index] = 1;
    }
  });
  const barredSetsOfUnit: number[][] = units.map(() => []);
  barredSets.forEach((set, s) => {
    for (const index of set) {
      barredSetsOfUnit[index]?.push(s);
      restricted[index] = 1;
    }
  });
  const mandatory = new Uint8Array(unitCount);
  for (const dimension of lower) if (dimension.countsUnits) for (const index of dimension.unitIndexes) mandatory[index] = 1;

  return {
    spec,
    unitCount,
    urns: units.map((unit) => unit.urn),
    indexByUrn,
    credit,
    lower,
    upper,
    lowerWeights,
    upperWeights,
    barredSets,
    barredSetsOfUnit,
    restricted,
    mandatory,
  };
}

function checkedCredit(value: number, key: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`Rule ${key} has credit ${value}; it must be a whole number, 0 or more`);
  return value;
}
