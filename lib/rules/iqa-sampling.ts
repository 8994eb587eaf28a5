// Internal quality assurance around the sample (OCR handbook 4.4, 5.6, 5.20.1): which decisions an
// IQA may be offered, how often each assessor's sampled decisions were disagreed with over time,
// when standardisation is next due, how several assessors' judgements of the same evidence compare,
// whether an action set for an assessor is overdue, and where a plan item stands after a disagreement. Pure: no database, no clock.
import { checkIqaMayQualityAssure } from "./assessor-qualifications";
import { declarationInForce } from "./conflicts-of-interest";
import { addMonths, dayNumber, daysBetween, type IsoDate } from "./dates";

// ---------------------------------------------------------------------------------------------
// Decisions an IQA may sample

export interface DecisionForExclusion {
  readonly id: string;
  readonly assessorId: string;
  readonly candidateId: string;
  /** Who countersigned the decision (for an assessor working towards their qualification), if anyone. */
  readonly countersignedById: string | null;
}

/** A declared conflict of interest between a member of staff and a candidate. */
export interface SamplingConflict {
  readonly staffId: string;
  readonly candidateId: string;
  readonly declaredOn: IsoDate;
  /** null while the relationship continues. */
  readonly endedOn: IsoDate | null;
}

export type ExclusionReason = "own-decision" | "countersigned" | "conflict";

export interface SamplingExclusion {
  readonly inScope: string[];
  readonly excluded: { readonly id: string; readonly reason: ExclusionReason }[];
}

/**
 * Handbook 4.4, 5.20.1 and ICS A2: an IQA is never offered their own decisions, decisions they
 * countersigned, or decisions for a candidate with whom they have a declared conflict still in
 * force on the day. The first reason that applies is given, in that order. Order is kept.
 */
export function excludeFromSampling(input: {
  readonly decisions: readonly DecisionForExclusion[];
  readonly iqaId: string;
  readonly conflicts: readonly SamplingConflict[];
  readonly on: IsoDate;
}): SamplingExclusion {
  const conflicted = new Set(
    input.conflicts
      .filter((conflict) => conflict.staffId === input.iqaId && declarationInForce(conflict, input.on))
      .map((conflict) => conflict.candidateId),
  );
  const inScope: string[] = [];
  const excluded: { id: string; reason: ExclusionReason }[] = [];
  for (const decision of input.decisions) {
    // The qualification status is checked elsewhere; here only whose decision it is matters.
    const codes = checkIqaMayQualityAssure({ iqaId: input.iqaId, iqaStatus: "qualified", decision }).map((finding) => finding.code);
    if (codes.includes("iqa.own-decision")) excluded.push({ id: decision.id, reason: "own-decision" });
    else if (codes.includes("iqa.own-countersignature")) excluded.push({ id: decision.id, reason: "countersigned" });
    else if (conflicted.has(decision.candidateId)) excluded.push({ id: decision.id, reason: "conflict" });
    else inScope.push(decision.id);
  }
  return { inScope, excluded };
}

// ---------------------------------------------------------------------------------------------
// Disagree rates over time

export type SamplingOutcome = "agree" | "agreeWithAction" | "disagree";

export interface SampledOutcome {
  readonly assessorId: string;
  readonly sampledOn: IsoDate;
  readonly outcome: SamplingOutcome;
}

export interface DisagreeRatePeriod {
  /** "2026 Q1". */
  readonly period: string;
  readonly sampled: number;
  readonly disagreed: number;
  /** disagreed / sampled, 0–1; null when nothing was sampled in the period. */
  readonly rate: number | null;
}

export interface DisagreeRates {
  /** Every calendar quarter from `from` to `to`, oldest first, even those with no samples. */
  readonly periods: string[];
  /** One row per assessor with a sampled decision in the range, by assessor id. */
  readonly rows: { readonly assessorId: string; readonly byPeriod: DisagreeRatePeriod[] }[];
}

/** The calendar quarter of a day, e.g. "2026 Q1". */
export function quarterOf(date: IsoDate): string {
  dayNumber(date);
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Each assessor's share of sampled decisions the IQA disagreed with, per calendar quarter. */
export function disagreeRates(records: readonly SampledOutcome[], range: { readonly from: IsoDate; readonly to: IsoDate }): DisagreeRates {
  const periods: string[] = [];
  if (range.from <= range.to) {
    for (let day = range.from; ; day = addMonths(day, 3)) {
      const quarter = quarterOf(day);
      if (quarter > quarterOf(range.to)) break;
      if (periods[periods.length - 1] !== quarter) periods.push(quarter);
    }
  }
  const counts = new Map<string, Map<string, { sampled: number; disagreed: number }>>();
  for (const record of records) {
    if (record.sampledOn < range.from || record.sampledOn > range.to) continue;
    const byPeriod = counts.get(record.assessorId) ?? new Map<string, { sampled: number; disagreed: number }>();
    const quarter = quarterOf(record.sampledOn);
    const cell = byPeriod.get(quarter) ?? { sampled: 0, disagreed: 0 };
    cell.sampled += 1;
    if (record.outcome === "disagree") cell.disagreed += 1;
    byPeriod.set(quarter, cell);
    counts.set(record.assessorId, byPeriod);
  }
  const rows = [...counts.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((assessorId) => ({
      assessorId,
      byPeriod: periods.map((period) => {
        const cell = counts.get(assessorId)?.get(period) ?? { sampled: 0, disagreed: 0 };
        return { period, ...cell, rate: cell.sampled === 0 ? null : cell.disagreed / cell.sampled };
      }),
    }));
  return { periods, rows };
}

// ---------------------------------------------------------------------------------------------
// Standardisation due

export interface StandardisationDue {
  readonly due: boolean;
  /** When the next meeting is due; null when none has ever been held (due now). */
  readonly dueOn: IsoDate | null;
  /** Days past the due date; 0 when not yet due or never held. */
  readonly overdueByDays: number;
}

/** Handbook 4.1, 5.20.1: standardisation is due `intervalMonths` after the last meeting, and at once if none was held. */
export function standardisationDue(input: {
  readonly lastHeldOn: IsoDate | null;
  readonly intervalMonths: number;
  readonly today: IsoDate;
}): StandardisationDue {
  dayNumber(input.today);
  if (input.lastHeldOn === null) return { due: true, dueOn: null, overdueByDays: 0 };
  const dueOn = addMonths(input.lastHeldOn, Math.max(0, Math.floor(input.intervalMonths)));
  const late = daysBetween(dueOn, input.today);
  return { due: late >= 0, dueOn, overdueByDays: Math.max(0, late) };
}

// ---------------------------------------------------------------------------------------------
// Standardisation exercise: judgements compared side by side

export type JudgementOutcome = "achieved" | "notYetAchieved";

export interface Judgement {
  readonly outcome: JudgementOutcome;
  /** The assessment criteria judged met. */
  readonly criterionIds: readonly string[];
}

export interface JudgementComparison {
  readonly perAssessor: {
    readonly assessorId: string;
    /** Whether the outcome matches the agreed one; null when no outcome is agreed yet. */
    readonly outcomeMatches: boolean | null;
    readonly criteriaMatching: number;
    /** Criteria the assessor judged differently from the reference, in the exercise's order. */
    readonly criteriaDiffering: string[];
  }[];
  readonly perCriterion: {
    readonly criterionId: string;
    readonly judgedMet: number;
    readonly judgedNotMet: number;
    /** Whether the agreed judgement has it met; null when nothing is agreed yet. */
    readonly agreedMet: boolean | null;
  }[];
  /**
   * With an agreed judgement: every assessor matched it on outcome and on every criterion.
   * Without one: every assessor gave the same outcome and judged every criterion alike.
   * False when nobody has judged yet.
   */
  readonly consistent: boolean;
}

/**
 * Compares assessors' judgements of the same evidence. Each criterion is compared with the agreed
 * judgement when there is one; before that, with the majority of the assessors (a tie compares as
 * differing for everyone, since the assessors are split).
 */
export function compareJudgements(input: {
  readonly criterionIds: readonly string[];
  readonly agreed: Judgement | null;
  readonly judgements: readonly (Judgement & { readonly assessorId: string })[];
}): JudgementComparison {
  const { agreed, judgements } = input;
  const metBy = judgements.map((judgement) => new Set(judgement.criterionIds));
  const perCriterion = input.criterionIds.map((criterionId) => {
    const judgedMet = metBy.filter((met) => met.has(criterionId)).length;
    return {
      criterionId,
      judgedMet,
      judgedNotMet: judgements.length - judgedMet,
      agreedMet: agreed ? agreed.criterionIds.includes(criterionId) : null,
    };
  });
  const reference = new Map<string, boolean | null>(
    perCriterion.map((row) => [
      row.criterionId,
      row.agreedMet ?? (row.judgedMet === row.judgedNotMet ? null : row.judgedMet > row.judgedNotMet),
    ]),
  );
  const perAssessor = judgements.map((judgement, index) => {
    const met = metBy[index] ?? new Set<string>();
    const criteriaDiffering = input.criterionIds.filter((criterionId) => reference.get(criterionId) !== met.has(criterionId));
    return {
      assessorId: judgement.assessorId,
      outcomeMatches: agreed ? judgement.outcome === agreed.outcome : null,
      criteriaMatching: input.criterionIds.length - criteriaDiffering.length,
      criteriaDiffering,
    };
  });
  const sameOutcome = agreed
    ? perAssessor.every((row) => row.outcomeMatches === true)
    : judgements.every((judgement) => judgement.outcome === judgements[0]?.outcome);
  const consistent = judgements.length > 0 && sameOutcome && perAssessor.every((row) => row.criteriaDiffering.length === 0);
  return { perAssessor, perCriterion, consistent };
}

// ---------------------------------------------------------------------------------------------
// Where a plan item stands (re-sampling after a "disagree")

export type DecisionStatusForSampling = "recorded" | "awaitingCountersignature" | "signedOff" | "reopened";

export type PlanItemSamplingState =
  | { readonly kind: "planned" }
  | { readonly kind: "dropped" }
  /** The latest sampling agreed: the item is cleared. `afterDisagreeOn`: the last disagreement it followed. */
  | {
      readonly kind: "cleared";
      readonly outcome: "agree" | "agreeWithAction";
      readonly sampledOn: IsoDate;
      readonly afterDisagreeOn: IsoDate | null;
    }
  /**
   * The latest sampling disagreed: not cleared. `next` says who acts: the assessor changes the
   * decision (and signs a summative one again), then the IQA samples it again on the same item.
   */
  | { readonly kind: "disagreed"; readonly disagreedOn: IsoDate; readonly next: "assessor" | "sampleAgain" };

/**
 * Issue 9 (lead's decision): a "disagree" is resolved only when, after the assessor has changed
 * the decision and signed it again, the IQA samples it again (on the same plan item) and agrees.
 * So an item whose latest sampling record is a disagreement is not cleared: while the decision is
 * reopened (or changed but a summative one not yet signed again) it is with the assessor; once
 * signed again (a formative decision: once changed, as those are not signed) it waits for the IQA
 * to sample it again. `records` are the item's sampling records in the order they were recorded.
 */
export function planItemSamplingState(input: {
  readonly dropped: boolean;
  readonly records: readonly { readonly outcome: SamplingOutcome; readonly sampledOn: IsoDate }[];
  readonly decision: { readonly type: "formative" | "summative"; readonly status: DecisionStatusForSampling };
}): PlanItemSamplingState {
  if (input.dropped) return { kind: "dropped" };
  const latest = input.records[input.records.length - 1];
  if (!latest) return { kind: "planned" };
  if (latest.outcome !== "disagree") {
    const lastDisagree = input.records.filter((record) => record.outcome === "disagree").pop();
    return { kind: "cleared", outcome: latest.outcome, sampledOn: latest.sampledOn, afterDisagreeOn: lastDisagree?.sampledOn ?? null };
  }
  const { type, status } = input.decision;
  const signedAgain = type === "summative" ? status === "signedOff" || status === "awaitingCountersignature" : status !== "reopened";
  return { kind: "disagreed", disagreedOn: latest.sampledOn, next: signedAgain ? "sampleAgain" : "assessor" };
}

// ---------------------------------------------------------------------------------------------
// Actions set for assessors

/** An open action is overdue from the day after its due date; a done one never is. */
export function isActionOverdue(dueOn: IsoDate, status: "open" | "done", today: IsoDate): boolean {
  return status === "open" && daysBetween(dueOn, today) > 0;
}
