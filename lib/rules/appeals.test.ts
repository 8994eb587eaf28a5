import { describe, expect, it } from "vitest";
import { applyAppealEvent, isAppealOpen, nextAppealSteps, type AppealRecord } from "./appeals";

const lodged: AppealRecord = {
  state: "lodged",
  lodgedOn: "2026-03-10",
  acknowledgedOn: null,
  reviewStartedOn: null,
  decidedOn: null,
  withdrawnOn: null,
  referredOn: null,
  awardingBodyOutcomeOn: null,
};
const today = "2026-04-30";

function run(record: AppealRecord, ...events: Parameters<typeof applyAppealEvent>[1][]): AppealRecord {
  return events.reduce((current, event) => {
    const result = applyAppealEvent(current, event, today);
    if (!result.ok) throw new Error(result.reasons.join(" "));
    return result.record;
  }, record);
}

describe("the centre's appeals procedure", () => {
  it("goes lodged → acknowledged → under review → decided, with each step's date", () => {
    const decided = run(
      lodged,
      { kind: "acknowledge", on: "2026-03-11" },
      { kind: "startReview", on: "2026-03-12" },
      { kind: "decide", on: "2026-03-20", upheld: false },
    );
    expect(decided).toMatchObject({
      state: "notUpheld",
      acknowledgedOn: "2026-03-11",
      reviewStartedOn: "2026-03-12",
      decidedOn: "2026-03-20",
    });
    expect(run(decided, { kind: "refer", on: "2026-03-25" })).toMatchObject({ state: "notUpheld", referredOn: "2026-03-25" });
    expect(
      run(
        lodged,
        { kind: "acknowledge", on: "2026-03-10" },
        { kind: "startReview", on: "2026-03-10" },
        { kind: "decide", on: "2026-03-10", upheld: true },
      ).state,
    ).toBe("upheld");
  });

  it("refuses skipped steps and steps after the end, saying why", () => {
    expect(applyAppealEvent(lodged, { kind: "startReview", on: "2026-03-12" }, today)).toEqual({
      ok: false,
      reasons: ["Acknowledge the appeal to the candidate before the review starts."],
    });
    const acknowledged = run(lodged, { kind: "acknowledge", on: "2026-03-11" });
    expect(applyAppealEvent(acknowledged, { kind: "decide", on: "2026-03-12", upheld: true }, today)).toEqual({
      ok: false,
      reasons: ["Start the review before recording the decision."],
    });
    expect(applyAppealEvent(acknowledged, { kind: "acknowledge", on: "2026-03-12" }, today)).toEqual({
      ok: false,
      reasons: ["The appeal cannot be acknowledged: it is acknowledged."],
    });
    expect(applyAppealEvent(acknowledged, { kind: "refer", on: "2026-03-12" }, today)).toEqual({
      ok: false,
      reasons: ["An appeal goes to the awarding body only after the centre has decided it."],
    });
    const withdrawn = run(acknowledged, { kind: "withdraw", on: "2026-03-12" });
    expect(withdrawn).toMatchObject({ state: "withdrawn", withdrawnOn: "2026-03-12" });
    expect(applyAppealEvent(withdrawn, { kind: "withdraw", on: "2026-03-13" }, today)).toEqual({
      ok: false,
      reasons: ["The appeal cannot be withdrawn: it is already withdrawn."],
    });
    expect(applyAppealEvent(lodged, { kind: "recordAwardingBodyOutcome", on: "2026-03-13" }, today)).toEqual({
      ok: false,
      reasons: ["The appeal has not been referred to the awarding body."],
    });
  });

  it("refuses a date before the step it follows or in the future", () => {
    expect(applyAppealEvent(lodged, { kind: "acknowledge", on: "2026-03-09" }, today)).toEqual({
      ok: false,
      reasons: ["The date cannot be before the appeal's last step (2026-03-10)."],
    });
    const reviewing = run(lodged, { kind: "acknowledge", on: "2026-03-11" }, { kind: "startReview", on: "2026-03-15" });
    expect(applyAppealEvent(reviewing, { kind: "decide", on: "2026-03-14", upheld: true }, today)).toEqual({
      ok: false,
      reasons: ["The date cannot be before the review started (2026-03-15)."],
    });
    expect(applyAppealEvent(reviewing, { kind: "withdraw", on: "2026-03-14" }, today).ok).toBe(false);
    expect(applyAppealEvent(reviewing, { kind: "decide", on: "2026-05-01", upheld: true }, today)).toEqual({
      ok: false,
      reasons: ["The date cannot be in the future."],
    });
  });

  it("is open until decided or withdrawn, and again while a referral awaits the awarding body", () => {
    const acknowledged = run(lodged, { kind: "acknowledge", on: "2026-03-11" });
    const reviewing = run(acknowledged, { kind: "startReview", on: "2026-03-12" });
    const decided = run(reviewing, { kind: "decide", on: "2026-03-20", upheld: false });
    const referred = run(decided, { kind: "refer", on: "2026-03-21" });
    const closed = run(referred, { kind: "recordAwardingBodyOutcome", on: "2026-04-21" });
    expect([lodged, acknowledged, reviewing, decided, referred, closed].map(isAppealOpen)).toEqual([true, true, true, false, true, false]);
    expect(isAppealOpen(run(lodged, { kind: "withdraw", on: "2026-03-10" }))).toBe(false);
  });

  it("lists the steps the centre may take next", () => {
    expect(nextAppealSteps(lodged)).toEqual(["acknowledge", "withdraw"]);
    const reviewing = run(lodged, { kind: "acknowledge", on: "2026-03-11" }, { kind: "startReview", on: "2026-03-12" });
    expect(nextAppealSteps(reviewing)).toEqual(["decide", "withdraw"]);
    const decided = run(reviewing, { kind: "decide", on: "2026-03-20", upheld: true });
    expect(nextAppealSteps(decided)).toEqual(["refer"]);
    expect(nextAppealSteps(run(decided, { kind: "refer", on: "2026-03-21" }))).toEqual(["recordAwardingBodyOutcome"]);
  });
});
