// Which units a candidate should take next (OCR handbook 2.2, 5.3: choosing optional units):
// the set with the fewest additional credits that completes the rule of combination, ties broken
// by fewest units. Exact, not greedy.
//
// Why this is fast enough for thousands of candidates: apart from mandatory units (always needed)
// and units in barred combinations (enumerated), units that count towards exactly the same rules
// are interchangeable except for their credit. So each such class is reduced to a table "counting
// x credits from this class costs at least c", and a dynamic programme runs over the few classes,
// with every minimum capped at its threshold so that the number of states stays small.
import { compileSpec, type CompiledSpec } from "./rule-of-combination-compiled";
import type { QualificationSpec } from "./qualification-spec";

export interface CompletionSuggestion {
  /** Units to add, in the spec's unit order. Empty when the qualification is already achieved. */
  readonly unitUrns: string[];
  /** Total credit of the units to add. */
  readonly additionalCredit: number;
}

export interface CompletionOptions {
  /** Units that must not be suggested (e.g. not offered by the centre). Achieved units still count. */
  readonly exclude?: readonly string[];
}

/** Units are costed as credit × UNIT_WEIGHT + 1, so that credit decides first and unit count breaks ties. */
const UNIT_WEIGHT = 4096;

export function suggestUnitsToComplete(
  spec: QualificationSpec,
  achievedUnitUrns: readonly string[],
  options: CompletionOptions = {},
): CompletionSuggestion | null {
  const compiled = compileSpec(spec);
  const n = compiled.unitCount;
  const achieved = new Uint8Array(n);
  for (const urn of achievedUnitUrns) {
    const index = compiled.indexByUrn.get(urn);
    if (index !== undefined) achieved[index] = 1;
  }
  const available = new Uint8Array(n).fill(1);
  for (const urn of options.exclude ?? []) {
    const index = compiled.indexByUrn.get(urn);
    if (index !== undefined && achieved[index] === 0) available[index] = 0;
  }

  const start = newSelection(compiled);
  for (let index = 0; index < n; index++) {
    if (compiled.mandatory[index] !== 1) continue;
    if (available[index] === 0 || !canAdd(compiled, start, index)) return null;
    add(compiled, start, index, achieved[index] === 1);
  }

  const special: number[] = [];
  const classes = new Map<string, number[]>();
  for (let index = 0; index < n; index++) {
    if (compiled.mandatory[index] === 1 || available[index] === 0) continue;
    if ((compiled.barredSetsOfUnit[index]?.length ?? 0) > 0) {
      special.push(index);
      continue;
    }
    const signature = signatureOf(compiled, index);
    const members = classes.get(signature);
    if (members) members.push(index);
    else classes.set(signature, [index]);
  }
  const classTables = orderClasses(compiled, [...classes.values()]).map((members) => buildClassTable(compiled, members, achieved));

  let best: Completion | null = null;
  const tryWith = (selection: Selection): void => {
    const completion = completeWithClasses(compiled, selection, classTables, achieved);
    if (completion && (best === null || completion.cost < best.cost)) best = completion;
  };
  enumerateSpecial(compiled, start, special, 0, achieved, tryWith);

  const found = best as Completion | null;
  if (found === null) return null;
  const unitUrns = found.added.sort((a, b) => a - b).map((index) => compiled.urns[index] as string);
  const additionalCredit = found.added.reduce((total, index) => total + (compiled.credit[index] ?? 0), 0);
  return { unitUrns, additionalCredit };
}

/** Units counted so far: rule totals, credit used against caps, barred combinations used, cost. */
interface Selection {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly barredUsed: Uint8Array;
  readonly added: number[];
  cost: number;
}

interface Completion {
  readonly cost: number;
  readonly added: number[];
}

function newSelection(compiled: CompiledSpec): Selection {
  return {
    lower: new Float64Array(compiled.lower.length),
    upper: new Float64Array(compiled.upper.length),
    barredUsed: new Uint8Array(compiled.barredSets.length),
    added: [],
    cost: 0,
  };
}

function copySelection(selection: Selection): Selection {
  return {
    lower: selection.lower.slice(),
    upper: selection.upper.slice(),
    barredUsed: selection.barredUsed.slice(),
    added: selection.added.slice(),
    cost: selection.cost,
  };
}

function canAdd(compiled: CompiledSpec, selection: Selection, index: number): boolean {
  const upperCount = compiled.upper.length;
  for (let u = 0; u < upperCount; u++) {
    const after = (selection.upper[u] ?? 0) + (compiled.upperWeights[index * upperCount + u] ?? 0);
    if (after > (compiled.upper[u]?.cap ?? 0)) return false;
  }
  for (const set of compiled.barredSetsOfUnit[index] ?? []) if (selection.barredUsed[set] === 1) return false;
  return true;
}

function add(compiled: CompiledSpec, selection: Selection, index: number, alreadyAchieved: boolean): void {
  const lowerCount = compiled.lower.length;
  const upperCount = compiled.upper.length;
  for (let d = 0; d < lowerCount; d++)
    selection.lower[d] = (selection.lower[d] ?? 0) + (compiled.lowerWeights[index * lowerCount + d] ?? 0);
  for (let u = 0; u < upperCount; u++)
    selection.upper[u] = (selection.upper[u] ?? 0) + (compiled.upperWeights[index * upperCount + u] ?? 0);
  for (const set of compiled.barredSetsOfUnit[index] ?? []) selection.barredUsed[set] = 1;
  if (!alreadyAchieved) {
    selection.added.push(index);
    selection.cost += (compiled.credit[index] ?? 0) * UNIT_WEIGHT + 1;
  }
}

/** Tries every choice of units from barred combinations that the combinations allow. */
function enumerateSpecial(
  compiled: CompiledSpec,
  selection: Selection,
  special: readonly number[],
  k: number,
  achieved: Uint8Array,
  visit: (selection: Selection) => void,
): void {
  if (k === special.length) {
    visit(selection);
    return;
  }
  const index = special[k] as number;
  if (canAdd(compiled, selection, index)) {
    const withUnit = copySelection(selection);
    add(compiled, withUnit, index, achieved[index] === 1);
    enumerateSpecial(compiled, withUnit, special, k + 1, achieved, visit);
  }
  enumerateSpecial(compiled, selection, special, k + 1, achieved, visit);
}

/** Which rules a unit counts towards; units with the same signature are interchangeable but for credit. */
function signatureOf(compiled: CompiledSpec, index: number): string {
  let signature = "";
  const lowerCount = compiled.lower.length;
  const upperCount = compiled.upper.length;
  for (let d = 0; d < lowerCount; d++) signature += (compiled.lowerWeights[index * lowerCount + d] ?? 0) > 0 ? "1" : "0";
  signature += "|";
  for (let u = 0; u < upperCount; u++) signature += (compiled.upperWeights[index * upperCount + u] ?? 0) > 0 ? "1" : "0";
  return signature;
}

/** Counting `credit` from a class costs `cost`; `exactCredit` is the credit actually taken (may exceed a threshold). */
interface ClassOption {
  readonly credit: number;
  readonly exactCredit: number;
  readonly cost: number;
}

interface ClassTable {
  readonly members: readonly number[];
  readonly lowerDims: readonly number[];
  readonly upperDims: readonly number[];
  /** Options sorted by credit counted. */
  readonly options: readonly ClassOption[];
  /** take[item * (width) + x]: whether item improved the table at x (for rebuilding the choice). */
  readonly take: Uint8Array;
  readonly width: number;
}

/** Capped classes first (their choices interact); an uncapped class last lets the final step be a look-up. */
function orderClasses(compiled: CompiledSpec, classes: number[][]): number[][] {
  const upperCount = compiled.upper.length;
  const capped = (members: number[]) => {
    const index = members[0] as number;
    for (let u = 0; u < upperCount; u++) if ((compiled.upperWeights[index * upperCount + u] ?? 0) > 0) return true;
    return false;
  };
  return [...classes.filter(capped), ...classes.filter((members) => !capped(members))];
}

function buildClassTable(compiled: CompiledSpec, members: readonly number[], achieved: Uint8Array): ClassTable {
  const first = members[0] as number;
  const lowerCount = compiled.lower.length;
  const upperCount = compiled.upper.length;
  const lowerDims: number[] = [];
  const upperDims: number[] = [];
  for (let d = 0; d < lowerCount; d++) if ((compiled.lowerWeights[first * lowerCount + d] ?? 0) > 0) lowerDims.push(d);
  for (let u = 0; u < upperCount; u++) if ((compiled.upperWeights[first * upperCount + u] ?? 0) > 0) upperDims.push(u);

  let width = 0;
  for (const index of members) width += compiled.credit[index] ?? 0;
  // Credit beyond the tightest cap can never be counted.
  for (const u of upperDims) width = Math.min(width, compiled.upper[u]?.cap ?? 0);
  width += 1;

  const table = new Float64Array(width).fill(Infinity);
  table[0] = 0;
  const take = new Uint8Array(members.length * width);
  members.forEach((index, item) => {
    const credit = compiled.credit[index] ?? 0;
    const cost = achieved[index] === 1 ? 0 : credit * UNIT_WEIGHT + 1;
    for (let x = width - 1; x >= credit; x--) {
      const candidate = (table[x - credit] ?? Infinity) + cost;
      if (candidate < (table[x] ?? Infinity)) {
        table[x] = candidate;
        take[item * width + x] = 1;
      }
    }
  });

  const options: ClassOption[] = [];
  if (upperDims.length > 0) {
    for (let x = 0; x < width; x++) {
      const cost = table[x] ?? Infinity;
      if (cost < Infinity) options.push({ credit: x, exactCredit: x, cost });
    }
  } else {
    // Uncapped: more credit never hurts, so keep only options cheaper than every larger one, and
    // treat credit beyond the largest threshold as that threshold.
    let useful = 0;
    for (const d of lowerDims) useful = Math.max(useful, compiled.lower[d]?.threshold ?? 0);
    let cheapest = Infinity;
    for (let x = width - 1; x >= 0; x--) {
      const cost = table[x] ?? Infinity;
      if (cost < cheapest) {
        cheapest = cost;
        const credit = Math.min(x, useful);
        const last = options[options.length - 1];
        if (last && last.credit === credit) options[options.length - 1] = { credit, exactCredit: x, cost };
        else options.push({ credit, exactCredit: x, cost });
      }
    }
    options.reverse();
  }
  return { members, lowerDims, upperDims, options, take, width };
}

function unitsForCredit(table: ClassTable, credit: number, achieved: Uint8Array, compiled: CompiledSpec): number[] {
  const added: number[] = [];
  let x = credit;
  for (let item = table.members.length - 1; item >= 0 && x > 0; item--) {
    if (table.take[item * table.width + x] === 1) {
      const index = table.members[item] as number;
      if (achieved[index] === 0) added.push(index);
      x -= compiled.credit[index] ?? 0;
    }
  }
  return added;
}

/**
 * One layer of the dynamic programme: states reached after deciding some classes. A state is the
 * rule totals (each minimum capped at its threshold, each maximum exact), stored flat.
 */
interface Layer {
  readonly values: number[];
  readonly costs: number[];
  /** Index of the previous layer's state and the option taken from this layer's class. */
  readonly previous: number[];
  readonly option: number[];
}

function completeWithClasses(
  compiled: CompiledSpec,
  start: Selection,
  tables: readonly ClassTable[],
  achieved: Uint8Array,
): Completion | null {
  const lowerCount = compiled.lower.length;
  const width = lowerCount + compiled.upper.length;
  // Limits per tracked value: minimums are capped at their threshold, maximums may not exceed their cap.
  const limit = [...compiled.lower.map((dimension) => dimension.threshold), ...compiled.upper.map((dimension) => dimension.cap)];
  const stride: number[] = [];
  let span = 1;
  for (const value of limit) {
    stride.push(span);
    span *= value + 1;
  }
  if (!Number.isSafeInteger(span)) throw new Error("Rule of combination is too large to search for a completion");

  const first: number[] = [];
  for (let k = 0; k < width; k++) {
    const value = k < lowerCount ? Math.min(start.lower[k] ?? 0, limit[k] ?? 0) : (start.upper[k - lowerCount] ?? 0);
    first.push(value);
  }
  let layer: Layer = { values: first, costs: [start.cost], previous: [-1], option: [-1] };
  const layers: Layer[] = [layer];
  const lastTable = tables[tables.length - 1];
  const lookUpLast = lastTable !== undefined && lastTable.upperDims.length === 0;
  const searched = lookUpLast ? tables.length - 1 : tables.length;

  for (let t = 0; t < searched; t++) {
    const table = tables[t] as ClassTable;
    const touched = [...table.lowerDims, ...table.upperDims.map((u) => u + lowerCount)];
    const index = new Map<number, number>();
    const next: Layer = { values: [], costs: [], previous: [], option: [] };
    const stateCount = layer.costs.length;
    for (let state = 0; state < stateCount; state++) {
      const base = state * width;
      let key = 0;
      for (let k = 0; k < width; k++) key += (layer.values[base + k] ?? 0) * (stride[k] ?? 0);
      const stateCost = layer.costs[state] ?? Infinity;
      for (let o = 0; o < table.options.length; o++) {
        const option = table.options[o] as ClassOption;
        let newKey = key;
        let fits = true;
        for (const k of touched) {
          const old = layer.values[base + k] ?? 0;
          let value = old + option.credit;
          if (k < lowerCount) value = Math.min(value, limit[k] ?? 0);
          else if (value > (limit[k] ?? 0)) {
            fits = false;
            break;
          }
          newKey += (value - old) * (stride[k] ?? 0);
        }
        if (!fits) continue;
        const cost = stateCost + option.cost;
        const existing = index.get(newKey);
        if (existing !== undefined && cost >= (next.costs[existing] ?? Infinity)) continue;
        if (existing === undefined) {
          index.set(newKey, next.costs.length);
          for (let k = 0; k < width; k++) next.values.push(layer.values[base + k] ?? 0);
          next.costs.push(cost);
          next.previous.push(state);
          next.option.push(o);
          applyOption(next.values, next.costs.length - 1, width, touched, option.credit, lowerCount, limit);
        } else {
          next.costs[existing] = cost;
          next.previous[existing] = state;
          next.option[existing] = o;
          for (let k = 0; k < width; k++) next.values[existing * width + k] = layer.values[base + k] ?? 0;
          applyOption(next.values, existing, width, touched, option.credit, lowerCount, limit);
        }
      }
    }
    layer = next;
    layers.push(layer);
  }

  // The last (uncapped) class: the cheapest option giving at least what is still needed.
  const cheapestFrom = lookUpLast && lastTable ? cheapestOptionFrom(lastTable) : [];
  let bestCost = Infinity;
  let bestState = -1;
  let bestLastOption = -1;
  const stateCount = layer.costs.length;
  states: for (let state = 0; state < stateCount; state++) {
    let optionIndex = -1;
    let cost = layer.costs[state] ?? Infinity;
    let need = 0;
    for (let d = 0; d < lowerCount; d++) {
      const gap = (limit[d] ?? 0) - (layer.values[state * width + d] ?? 0);
      if (gap <= 0) continue;
      if (!lookUpLast || !lastTable?.lowerDims.includes(d)) continue states;
      need = Math.max(need, gap);
    }
    if (lookUpLast) {
      optionIndex = cheapestFrom[need] ?? -1;
      if (optionIndex < 0) continue;
      cost += lastTable?.options[optionIndex]?.cost ?? Infinity;
    }
    if (cost < bestCost) {
      bestCost = cost;
      bestState = state;
      bestLastOption = optionIndex;
    }
  }
  if (bestState < 0) return null;

  const added = start.added.slice();
  if (lookUpLast && lastTable) {
    const option = lastTable.options[bestLastOption];
    if (option) added.push(...unitsForCredit(lastTable, option.exactCredit, achieved, compiled));
  }
  let state = bestState;
  for (let t = searched - 1; t >= 0; t--) {
    const reached = layers[t + 1] as Layer;
    const table = tables[t] as ClassTable;
    const option = table.options[reached.option[state] ?? -1];
    if (option) added.push(...unitsForCredit(table, option.exactCredit, achieved, compiled));
    state = reached.previous[state] ?? -1;
  }
  return { cost: bestCost, added };
}

function applyOption(
  values: number[],
  state: number,
  width: number,
  touched: readonly number[],
  credit: number,
  lowerCount: number,
  limit: readonly number[],
): void {
  for (const k of touched) {
    const at = state * width + k;
    const value = (values[at] ?? 0) + credit;
    values[at] = k < lowerCount ? Math.min(value, limit[k] ?? 0) : value;
  }
}

/** cheapestFrom[need]: index of the cheapest option counting at least `need` credits, or -1. */
function cheapestOptionFrom(table: ClassTable): number[] {
  const largest = table.options[table.options.length - 1]?.credit ?? 0;
  const result: number[] = [];
  let o = 0;
  for (let need = 0; need <= largest; need++) {
    while (o < table.options.length && (table.options[o]?.credit ?? 0) < need) o++;
    result.push(o < table.options.length ? o : -1);
  }
  return result;
}
