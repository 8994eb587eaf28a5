import { describe, expect, it } from "vitest";
import {
  achievedUnitIds,
  criteriaProgress,
  progressSummary,
  unitAchievement,
  type DecisionForAchievement,
  type EvidenceForProgress,
} from "./criteria-progress";

const criteria = [
  { id: "c1", ref: "1.1", text: "Explain" },
  { id: "c2", ref: "1.2", text: "Describe" },
  { id: "c3", ref: "1.3", text: "Identify" },
  { id: "c4", ref: "1.4", text: "Resolve" },
];

const item = (overrides: Partial<EvidenceForProgress> & Pick<EvidenceForProgress, "id" | "criteria">): EvidenceForProgress => ({
  reference: overrides.id.toUpperCase(),
  title: `Evidence ${overrides.id}`,
  status: "ACCEPTED",
  ...overrides,
});

describe("criteria progress (RD03, RD10)", () => {
  it("accepted evidence judged met, or not judged separately, meets the criterion", () => {
    const progress = criteriaProgress(
      criteria,
      [
        item({
          id: "e1",
          criteria: [
            { criterionId: "c1", judgement: "MET" },
            { criterionId: "c2", judgement: null },
          ],
        }),
      ],
      [],
    );
    expect(progress.map((cell) => cell.standing)).toEqual(["met", "met", "notYet", "notYet"]);
    expect(progress[0]?.evidence).toEqual([{ id: "e1", reference: "E1", title: "Evidence e1", standing: "met" }]);
  });

  it("evidence judged partly met, or still awaiting judgement, makes the criterion partly met; rejected evidence is ignored", () => {
    const progress = criteriaProgress(
      criteria,
      [
        item({ id: "e1", criteria: [{ criterionId: "c1", judgement: "PARTLY_MET" }] }),
        item({ id: "e2", status: "AWAITING_JUDGEMENT", criteria: [{ criterionId: "c2", judgement: null }] }),
        item({ id: "e3", status: "REJECTED", criteria: [{ criterionId: "c3", judgement: "MET" }] }),
        item({ id: "e4", criteria: [{ criterionId: "c4", judgement: "NOT_YET_MET" }] }),
      ],
      [],
    );
    expect(progress.map((cell) => cell.standing)).toEqual(["partlyMet", "partlyMet", "notYet", "notYet"]);
    expect(progress[2]?.evidence).toEqual([]);
  });

  it("activities: met meets, partly met makes partly, and each cell lists the activities behind it", () => {
    const progress = criteriaProgress(
      criteria,
      [item({ id: "e1", criteria: [{ criterionId: "c1", judgement: "PARTLY_MET" }] })],
      [
        {
          id: "a1",
          label: "Observation 2 March",
          criteria: [
            { criterionId: "c1", judgement: "MET" },
            { criterionId: "c2", judgement: "PARTLY_MET" },
            { criterionId: "c3", judgement: "NOT_YET_MET" },
          ],
        },
      ],
    );
    expect(progress.map((cell) => cell.standing)).toEqual(["met", "partlyMet", "notYet", "notYet"]);
    expect(progress[0]?.evidence.map((entry) => entry.id)).toEqual(["e1"]);
    expect(progress[0]?.activities).toEqual([{ id: "a1", label: "Observation 2 March", standing: "met" }]);
    expect(progressSummary(progress)).toEqual({ total: 4, met: 1, partlyMet: 1, notYet: 2 });
  });
});

const decision = (overrides: Partial<DecisionForAchievement>): DecisionForAchievement => ({
  unitId: "u1",
  decisionType: "SUMMATIVE",
  outcome: "ACHIEVED",
  status: "SIGNED_OFF",
  decidedOn: new Date("2026-03-01"),
  createdAt: new Date("2026-03-01T10:00:00Z"),
  ...overrides,
});

describe("unit achievement (RD03; handbook 4.2)", () => {
  it("a signed-off summative achieved decision makes the unit achieved", () => {
    expect(unitAchievement([decision({})])).toEqual({ state: "achieved", on: new Date("2026-03-01") });
  });

  it("a decision awaiting countersignature does not count", () => {
    expect(unitAchievement([decision({ status: "AWAITING_COUNTERSIGNATURE" })]).state).toBe("awaitingCountersignature");
    expect(achievedUnitIds([decision({ status: "AWAITING_COUNTERSIGNATURE" })])).toEqual([]);
  });

  it("a decision changed after signing does not count until signed again", () => {
    expect(unitAchievement([decision({ status: "RECORDED" })]).state).toBe("awaitingSignature");
  });

  it("formative decisions never count; the latest summative decision decides", () => {
    expect(unitAchievement([decision({ decisionType: "FORMATIVE" })]).state).toBe("notAchieved");
    const later = decision({ outcome: "NOT_YET_ACHIEVED", decidedOn: new Date("2026-04-01") });
    expect(unitAchievement([decision({}), later]).state).toBe("notAchieved");
    expect(unitAchievement([decision({}), decision({ status: "REOPENED", decidedOn: new Date("2026-05-01") })]).state).toBe("achieved");
  });

  it("lists the achieved units among many decisions", () => {
    expect(
      achievedUnitIds([
        decision({ unitId: "u1" }),
        decision({ unitId: "u2", status: "AWAITING_COUNTERSIGNATURE" }),
        decision({ unitId: "u3", decisionType: "FORMATIVE" }),
        decision({ unitId: "u4" }),
      ]).sort(),
    ).toEqual(["u1", "u4"]);
  });
});
