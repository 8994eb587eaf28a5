import { describe, expect, it } from "vitest";
import {
  compareJudgements,
  disagreeRates,
  excludeFromSampling,
  isActionOverdue,
  planItemSamplingState,
  quarterOf,
  standardisationDue,
} from "./iqa-sampling";

describe("decisions an IQA may sample", () => {
  const decisions = [
    { id: "own", assessorId: "iqa", candidateId: "c1", countersignedById: null },
    { id: "countersigned", assessorId: "trainee", candidateId: "c1", countersignedById: "iqa" },
    { id: "conflict", assessorId: "a1", candidateId: "c2", countersignedById: null },
    { id: "ended-conflict", assessorId: "a1", candidateId: "c3", countersignedById: null },
    { id: "other-iqa-conflict", assessorId: "a1", candidateId: "c4", countersignedById: null },
    { id: "fine", assessorId: "a2", candidateId: "c1", countersignedById: "someone-else" },
    { id: "own-and-conflict", assessorId: "iqa", candidateId: "c2", countersignedById: null },
  ];
  const conflicts = [
    { staffId: "iqa", candidateId: "c2", declaredOn: "2026-01-05", endedOn: null },
    { staffId: "iqa", candidateId: "c3", declaredOn: "2025-03-01", endedOn: "2026-02-01" },
    { staffId: "other-iqa", candidateId: "c4", declaredOn: "2025-03-01", endedOn: null },
  ];

  it("handbook 4.4, 5.20.1, ICS A2: own decisions, countersigned ones and live conflicts are left out, each with its reason", () => {
    const result = excludeFromSampling({ decisions, iqaId: "iqa", conflicts, on: "2026-03-01" });
    expect(result.inScope).toEqual(["ended-conflict", "other-iqa-conflict", "fine"]);
    expect(result.excluded).toEqual([
      { id: "own", reason: "own-decision" },
      { id: "countersigned", reason: "countersigned" },
      { id: "conflict", reason: "conflict" },
      { id: "own-and-conflict", reason: "own-decision" },
    ]);
  });

  it("ICS A2: a conflict that ends after the day still applies; one that ended on or before it does not", () => {
    const onTheDay = excludeFromSampling({ decisions, iqaId: "iqa", conflicts, on: "2026-01-31" });
    expect(onTheDay.excluded).toContainEqual({ id: "ended-conflict", reason: "conflict" });
    const after = excludeFromSampling({ decisions, iqaId: "iqa", conflicts, on: "2026-02-01" });
    expect(after.inScope).toContain("ended-conflict");
  });

  it("another IQA is offered what this one may not sample", () => {
    const result = excludeFromSampling({ decisions, iqaId: "other-iqa", conflicts, on: "2026-03-01" });
    expect(result.inScope).toEqual(["own", "countersigned", "conflict", "ended-conflict", "fine", "own-and-conflict"]);
    expect(result.excluded).toEqual([{ id: "other-iqa-conflict", reason: "conflict" }]);
  });
});

describe("disagree rates over time", () => {
  const records = [
    { assessorId: "b", sampledOn: "2026-01-10", outcome: "agree" as const },
    { assessorId: "b", sampledOn: "2026-02-10", outcome: "disagree" as const },
    { assessorId: "b", sampledOn: "2026-03-31", outcome: "agreeWithAction" as const },
    { assessorId: "b", sampledOn: "2026-03-31", outcome: "disagree" as const },
    { assessorId: "a", sampledOn: "2026-07-01", outcome: "agree" as const },
    { assessorId: "a", sampledOn: "2025-12-31", outcome: "disagree" as const },
    { assessorId: "c", sampledOn: "2027-01-01", outcome: "disagree" as const },
  ];

  it("labels calendar quarters", () => {
    expect(quarterOf("2026-01-01")).toBe("2026 Q1");
    expect(quarterOf("2026-03-31")).toBe("2026 Q1");
    expect(quarterOf("2026-04-01")).toBe("2026 Q2");
    expect(quarterOf("2026-12-31")).toBe("2026 Q4");
  });

  it("every quarter of the range is present, empty ones with no rate; records outside the range are ignored", () => {
    const result = disagreeRates(records, { from: "2026-01-01", to: "2026-12-31" });
    expect(result.periods).toEqual(["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]);
    expect(result.rows.map((row) => row.assessorId)).toEqual(["a", "b"]);
    expect(result.rows[1]?.byPeriod).toEqual([
      { period: "2026 Q1", sampled: 4, disagreed: 2, rate: 0.5 },
      { period: "2026 Q2", sampled: 0, disagreed: 0, rate: null },
      { period: "2026 Q3", sampled: 0, disagreed: 0, rate: null },
      { period: "2026 Q4", sampled: 0, disagreed: 0, rate: null },
    ]);
    expect(result.rows[0]?.byPeriod[2]).toEqual({ period: "2026 Q3", sampled: 1, disagreed: 0, rate: 0 });
  });

  it("a range across years and mid-quarter days lists each quarter once", () => {
    const result = disagreeRates(records, { from: "2025-11-30", to: "2026-05-31" });
    expect(result.periods).toEqual(["2025 Q4", "2026 Q1", "2026 Q2"]);
    expect(result.rows.find((row) => row.assessorId === "a")?.byPeriod[0]).toEqual({
      period: "2025 Q4",
      sampled: 1,
      disagreed: 1,
      rate: 1,
    });
    expect(disagreeRates([], { from: "2026-01-31", to: "2026-01-31" })).toEqual({ periods: ["2026 Q1"], rows: [] });
  });
});

describe("standardisation due", () => {
  it("handbook 4.1, 5.20.1: never held means due now", () => {
    expect(standardisationDue({ lastHeldOn: null, intervalMonths: 3, today: "2026-11-22" })).toEqual({
      due: true,
      dueOn: null,
      overdueByDays: 0,
    });
  });

  it("due the interval after the last meeting, and overdue by the days since", () => {
    expect(standardisationDue({ lastHeldOn: "2026-09-01", intervalMonths: 3, today: "2026-11-22" })).toEqual({
      due: false,
      dueOn: "2026-12-01",
      overdueByDays: 0,
    });
    expect(standardisationDue({ lastHeldOn: "2026-08-22", intervalMonths: 3, today: "2026-11-22" })).toEqual({
      due: true,
      dueOn: "2026-11-22",
      overdueByDays: 0,
    });
    expect(standardisationDue({ lastHeldOn: "2026-05-31", intervalMonths: 3, today: "2026-09-05" })).toEqual({
      due: true,
      dueOn: "2026-08-31",
      overdueByDays: 5,
    });
  });
});

describe("standardisation exercise: judgements compared", () => {
  const criterionIds = ["1.1", "1.2", "2.1"];

  it("against the agreed judgement: outcome and each criterion", () => {
    const result = compareJudgements({
      criterionIds,
      agreed: { outcome: "achieved", criterionIds: ["1.1", "1.2", "2.1"] },
      judgements: [
        { assessorId: "a", outcome: "achieved", criterionIds: ["1.1", "1.2", "2.1"] },
        { assessorId: "b", outcome: "notYetAchieved", criterionIds: ["1.1"] },
      ],
    });
    expect(result.perAssessor).toEqual([
      { assessorId: "a", outcomeMatches: true, criteriaMatching: 3, criteriaDiffering: [] },
      { assessorId: "b", outcomeMatches: false, criteriaMatching: 1, criteriaDiffering: ["1.2", "2.1"] },
    ]);
    expect(result.perCriterion).toEqual([
      { criterionId: "1.1", judgedMet: 2, judgedNotMet: 0, agreedMet: true },
      { criterionId: "1.2", judgedMet: 1, judgedNotMet: 1, agreedMet: true },
      { criterionId: "2.1", judgedMet: 1, judgedNotMet: 1, agreedMet: true },
    ]);
    expect(result.consistent).toBe(false);
  });

  it("everyone matching the agreed judgement is consistent", () => {
    const judgement = { outcome: "notYetAchieved" as const, criterionIds: ["1.1"] };
    const result = compareJudgements({
      criterionIds,
      agreed: judgement,
      judgements: [
        { assessorId: "a", ...judgement },
        { assessorId: "b", ...judgement },
      ],
    });
    expect(result.consistent).toBe(true);
    expect(result.perAssessor.every((row) => row.outcomeMatches === true && row.criteriaMatching === 3)).toBe(true);
  });

  it("before anything is agreed: compared with the majority, a tie differs for everyone, outcomes not judged", () => {
    const result = compareJudgements({
      criterionIds,
      agreed: null,
      judgements: [
        { assessorId: "a", outcome: "achieved", criterionIds: ["1.1", "1.2"] },
        { assessorId: "b", outcome: "achieved", criterionIds: ["1.1", "1.2", "2.1"] },
        { assessorId: "c", outcome: "achieved", criterionIds: ["1.1"] },
      ],
    });
    expect(result.perAssessor).toEqual([
      { assessorId: "a", outcomeMatches: null, criteriaMatching: 3, criteriaDiffering: [] },
      { assessorId: "b", outcomeMatches: null, criteriaMatching: 2, criteriaDiffering: ["2.1"] },
      { assessorId: "c", outcomeMatches: null, criteriaMatching: 2, criteriaDiffering: ["1.2"] },
    ]);
    expect(result.perCriterion.map((row) => row.agreedMet)).toEqual([null, null, null]);
    expect(result.consistent).toBe(false);

    const tie = compareJudgements({
      criterionIds: ["1.1"],
      agreed: null,
      judgements: [
        { assessorId: "a", outcome: "achieved", criterionIds: ["1.1"] },
        { assessorId: "b", outcome: "achieved", criterionIds: [] },
      ],
    });
    expect(tie.perAssessor.map((row) => row.criteriaDiffering)).toEqual([["1.1"], ["1.1"]]);
    expect(compareJudgements({ criterionIds, agreed: null, judgements: [] }).consistent).toBe(false);
  });
});

describe("actions for the assessor", () => {
  it("an open action is overdue from the day after it is due; a done one never", () => {
    expect(isActionOverdue("2026-11-21", "open", "2026-11-22")).toBe(true);
    expect(isActionOverdue("2026-11-22", "open", "2026-11-22")).toBe(false);
    expect(isActionOverdue("2026-11-01", "done", "2026-11-22")).toBe(false);
  });
});

describe("where a plan item stands after a disagreement", () => {
  const summative = (status: "recorded" | "awaitingCountersignature" | "signedOff" | "reopened") => ({
    type: "summative" as const,
    status,
  });
  const disagree = { outcome: "disagree" as const, sampledOn: "2026-10-02" };

  it("not sampled: planned, or dropped", () => {
    expect(planItemSamplingState({ dropped: false, records: [], decision: summative("signedOff") })).toEqual({ kind: "planned" });
    expect(planItemSamplingState({ dropped: true, records: [], decision: summative("signedOff") })).toEqual({ kind: "dropped" });
  });

  it("an agreement clears the item", () => {
    expect(
      planItemSamplingState({
        dropped: false,
        records: [{ outcome: "agreeWithAction", sampledOn: "2026-10-01" }],
        decision: summative("signedOff"),
      }),
    ).toEqual({ kind: "cleared", outcome: "agreeWithAction", sampledOn: "2026-10-01", afterDisagreeOn: null });
  });

  it("lead's decision: a disagreement is with the assessor until a summative decision is changed and signed again, then it is sampled again", () => {
    for (const status of ["reopened", "recorded"] as const) {
      expect(planItemSamplingState({ dropped: false, records: [disagree], decision: summative(status) })).toEqual({
        kind: "disagreed",
        disagreedOn: "2026-10-02",
        next: "assessor",
      });
    }
    for (const status of ["signedOff", "awaitingCountersignature"] as const) {
      expect(planItemSamplingState({ dropped: false, records: [disagree], decision: summative(status) })).toEqual({
        kind: "disagreed",
        disagreedOn: "2026-10-02",
        next: "sampleAgain",
      });
    }
  });

  it("a formative decision is not signed: once changed after the disagreement, it is sampled again", () => {
    expect(
      planItemSamplingState({ dropped: false, records: [disagree], decision: { type: "formative", status: "reopened" } }),
    ).toMatchObject({
      next: "assessor",
    });
    expect(
      planItemSamplingState({ dropped: false, records: [disagree], decision: { type: "formative", status: "recorded" } }),
    ).toMatchObject({
      next: "sampleAgain",
    });
  });

  it("only the latest record counts: agreeing on the re-sample clears it; disagreeing again sends it back to the assessor", () => {
    const again = { outcome: "agree" as const, sampledOn: "2026-10-20" };
    expect(planItemSamplingState({ dropped: false, records: [disagree, again], decision: summative("signedOff") })).toEqual({
      kind: "cleared",
      outcome: "agree",
      sampledOn: "2026-10-20",
      afterDisagreeOn: "2026-10-02",
    });
    const twice = [disagree, { outcome: "disagree" as const, sampledOn: "2026-10-20" }];
    expect(planItemSamplingState({ dropped: false, records: twice, decision: summative("reopened") })).toEqual({
      kind: "disagreed",
      disagreedOn: "2026-10-20",
      next: "assessor",
    });
  });
});
