// Rule of combination (OCR handbook 2.1, 2.2): whether the units a candidate has achieved make up
// the qualification. The qualification is achieved when *some* subset of the achieved units meets
// every rule, so extra units never block an award: with 11 credits from a group capped at 9,
// 9 of them count and the certificate still lists all 11.
import { listInEnglish, plural } from "./findings";
import { compileSpec, type CompiledSpec, type LowerDimension } from "./rule-of-combination-compiled";
import { groupName, type QualificationSpec } from "./qualification-spec";

export type {
  CombinationRule,
  QualificationGroup,
  QualificationSpec,
  QualificationUnit,
  RegulatedQualificationSpec,
} from "./qualification-spec";
export { suggestUnitsToComplete, type CompletionSuggestion } from "./rule-of-combination-completion";

export interface CombinationShortfall {
  /** Which rule is not met, e.g. "minimumCreditFromGroup:B". */
  readonly rule: string;
  /** Plain English for the candidate. */
  readonly message: string;
  /** Credit still needed for a credit rule. */
  readonly missingCredit?: number;
  /** Mandatory units still needed for an all-of-group rule. */
  readonly missingUnitUrns?: readonly string[];
}

export interface CombinationResult {
  readonly achieved: boolean;
  /** The achieved units that count towards the qualification, in the spec's unit order. */
  readonly countedUnitUrns: string[];
  /** Credit of the counted units. */
  readonly totalCredit: number;
  /** Every rule not met by the best counted subset; empty when achieved. */
  readonly shortfalls: CombinationShortfall[];
  /** Achieved units that do not count (over a group's maximum, or barred). They still appear on the certificate. */
  readonly notCountedUnitUrns: string[];
  /** URNs that are not units of this qualification; ignored. */
  readonly unrecognisedUnitUrns: string[];
}

export function evaluateRuleOfCombination(spec: QualificationSpec, achievedUnitUrns: readonly string[]): CombinationResult {
  const compiled = compileSpec(spec);
  const lowerCount = compiled.lower.length;
  const seen = new Uint8Array(compiled.unitCount);
  const sums = new Float64Array(lowerCount);
  const free: number[] = [];
  const restricted: number[] = [];
  const unrecognisedUnitUrns: string[] = [];

  for (const urn of achievedUnitUrns) {
    const index = compiled.indexByUrn.get(urn);
    if (index === undefined) {
      unrecognisedUnitUrns.push(urn);
      continue;
    }
    if (seen[index] === 1) continue;
    seen[index] = 1;
    if (compiled.restricted[index] === 1) {
      restricted.push(index);
    } else {
      free.push(index);
      addWeights(compiled, index, sums);
    }
  }

  const chosen = restricted.length === 0 ? restricted : chooseRestrictedUnits(compiled, restricted, sums);
  const counted = free.length === 0 ? chosen.slice() : chosen.length === 0 ? free : free.concat(chosen);
  counted.sort((a, b) => a - b);

  const countedMark = new Uint8Array(compiled.unitCount);
  const countedUnitUrns: string[] = [];
  let totalCredit = 0;
  for (const index of counted) {
    countedMark[index] = 1;
    countedUnitUrns.push(compiled.urns[index] as string);
    totalCredit += compiled.credit[index] ?? 0;
  }
  const notCountedUnitUrns: string[] = [];
  for (const index of restricted) if (countedMark[index] === 0) notCountedUnitUrns.push(compiled.urns[index] as string);

  const shortfalls: CombinationShortfall[] = [];
  for (let d = 0; d < lowerCount; d++) {
    const dimension = compiled.lower[d] as LowerDimension;
    const have = sums[d] ?? 0;
    if (have < dimension.threshold) shortfalls.push(describeShortfall(spec, dimension, have, countedMark));
  }

  return {
    achieved: shortfalls.length === 0,
    countedUnitUrns,
    totalCredit,
    shortfalls,
    notCountedUnitUrns,
    unrecognisedUnitUrns,
  };
}

function addWeights(compiled: CompiledSpec, index: number, sums: Float64Array): void {
  const lowerCount = sums.length;
  const offset = index * lowerCount;
  for (let d = 0; d < lowerCount; d++) sums[d] = (sums[d] ?? 0) + (compiled.lowerWeights[offset + d] ?? 0);
}

/**
 * Picks which capped or barred achieved units to count: the subset that leaves the smallest total
 * shortfall (none, when the qualification is achieved), preferring more credit on a tie. Adds the
 * chosen units' weights to `sums` and returns them. Counting every such unit is tried first because
 * it is almost always allowed; otherwise a depth-first search with an optimistic bound decides.
 */
function chooseRestrictedUnits(compiled: CompiledSpec, restricted: number[], sums: Float64Array): number[] {
  const lowerCount = compiled.lower.length;
  const upperCount = compiled.upper.length;
  if (fitsTogether(compiled, restricted)) {
    for (const index of restricted) addWeights(compiled, index, sums);
    return restricted;
  }

  const order = restricted.slice().sort((a, b) => (compiled.credit[b] ?? 0) - (compiled.credit[a] ?? 0) || a - b);
  const count = order.length;
  // remaining[k * lowerCount + d]: what units order[k..] could still add to rule d.
  const remaining = new Float64Array((count + 1) * lowerCount);
  for (let k = count - 1; k >= 0; k--) {
    const offset = (order[k] as number) * lowerCount;
    for (let d = 0; d < lowerCount; d++) {
      remaining[k * lowerCount + d] = (remaining[(k + 1) * lowerCount + d] ?? 0) + (compiled.lowerWeights[offset + d] ?? 0);
    }
  }
  const thresholds = compiled.lower.map((dimension) => dimension.threshold);
  const caps = compiled.upper.map((dimension) => dimension.cap);
  const current = Float64Array.from(sums);
  const used = new Float64Array(upperCount);
  const barredUsed = new Uint8Array(compiled.barredSets.length);
  const taken: number[] = [];
  let bestDeficit = Infinity;
  let bestCredit = -1;
  let best: number[] = [];
  let takenCredit = 0;

  const search = (k: number): void => {
    if (bestDeficit === 0) return;
    let bound = 0;
    for (let d = 0; d < lowerCount; d++) {
      const reachable = (current[d] ?? 0) + (remaining[k * lowerCount + d] ?? 0);
      if (reachable < (thresholds[d] ?? 0)) bound += (thresholds[d] ?? 0) - reachable;
    }
    if (bound > bestDeficit) return;
    if (k === count) {
      let deficit = 0;
      for (let d = 0; d < lowerCount; d++) deficit += Math.max(0, (thresholds[d] ?? 0) - (current[d] ?? 0));
      if (deficit < bestDeficit || (deficit === bestDeficit && takenCredit > bestCredit)) {
        bestDeficit = deficit;
        bestCredit = takenCredit;
        best = taken.slice();
      }
      return;
    }
    const index = order[k] as number;
    if (canAdd(index)) {
      apply(index, 1);
      taken.push(index);
      search(k + 1);
      taken.pop();
      apply(index, -1);
    }
    search(k + 1);
  };

  const canAdd = (index: number): boolean => {
    for (let u = 0; u < upperCount; u++) {
      if ((used[u] ?? 0) + (compiled.upperWeights[index * upperCount + u] ?? 0) > (caps[u] ?? 0)) return false;
    }
    for (const set of compiled.barredSetsOfUnit[index] ?? []) if (barredUsed[set] === 1) return false;
    return true;
  };
  const apply = (index: number, sign: 1 | -1): void => {
    for (let d = 0; d < lowerCount; d++) current[d] = (current[d] ?? 0) + sign * (compiled.lowerWeights[index * lowerCount + d] ?? 0);
    for (let u = 0; u < upperCount; u++) used[u] = (used[u] ?? 0) + sign * (compiled.upperWeights[index * upperCount + u] ?? 0);
    for (const set of compiled.barredSetsOfUnit[index] ?? []) barredUsed[set] = sign === 1 ? 1 : 0;
    takenCredit += sign * (compiled.credit[index] ?? 0);
  };

  search(0);
  for (const index of best) addWeights(compiled, index, sums);
  return best;
}

function fitsTogether(compiled: CompiledSpec, indexes: readonly number[]): boolean {
  const upperCount = compiled.upper.length;
  for (let u = 0; u < upperCount; u++) {
    let total = 0;
    for (const index of indexes) total += compiled.upperWeights[index * upperCount + u] ?? 0;
    if (total > (compiled.upper[u]?.cap ?? 0)) return false;
  }
  if (compiled.barredSets.length > 0) {
    const barredUsed = new Uint8Array(compiled.barredSets.length);
    for (const index of indexes) {
      for (const set of compiled.barredSetsOfUnit[index] ?? []) {
        if (barredUsed[set] === 1) return false;
        barredUsed[set] = 1;
      }
    }
  }
  return true;
}

function describeShortfall(
  spec: QualificationSpec,
  dimension: LowerDimension,
  have: number,
  countedMark: Uint8Array,
): CombinationShortfall {
  const rule = dimension.rule;
  const missingCredit = dimension.threshold - have;
  switch (rule.kind) {
    case "allOfGroup": {
      const missing = dimension.unitIndexes.filter((index) => countedMark[index] === 0).map((index) => spec.units[index]);
      const names = missing.map((unit) => `${unit?.title} (${unit?.urn})`);
      return {
        rule: dimension.key,
        message: `You still need ${missing.length === 1 ? "this mandatory unit" : `these ${missing.length} mandatory units`} from ${groupName(spec, rule.group)}: ${listInEnglish(names)}.`,
        missingUnitUrns: missing.map((unit) => unit?.urn ?? ""),
      };
    }
    case "minimumTotalCredit":
      return {
        rule: dimension.key,
        message: `You need ${plural(missingCredit, "more credit", "more credits")}: the qualification needs at least ${rule.credit} and ${have} of your credits count.`,
        missingCredit,
      };
    case "minimumCreditFromGroup": {
      const group = groupName(spec, rule.group);
      return {
        rule: dimension.key,
        message: `You need ${plural(missingCredit, "more credit", "more credits")} from ${group}: at least ${rule.credit} must come from ${group} and you have ${have}.`,
        missingCredit,
      };
    }
    case "minimumCreditAtOrAboveLevel":
      return {
        rule: dimension.key,
        message: `You need ${plural(missingCredit, "more credit", "more credits")} from units at level ${rule.level} or above: at least ${rule.credit} must be at level ${rule.level} or above and you have ${have}.`,
        missingCredit,
      };
    default:
      return { rule: dimension.key, message: "This rule of combination is not met.", missingCredit };
  }
}
