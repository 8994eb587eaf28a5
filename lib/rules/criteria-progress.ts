// Progress towards a unit (RD03 record of unit achievement, RD10 evidence record sheet, handbook
// 5.8, 5.10): for each assessment criterion, whether the candidate's evidence and the assessor's
// activities show it met, partly met or not yet; and whether a unit is achieved (its latest
// summative decision is an "achieved" that has been signed off, countersigned where needed).

export type CriterionStanding = "met" | "partlyMet" | "notYet";

export type JudgementCode = "MET" | "PARTLY_MET" | "NOT_YET_MET";

export interface EvidenceForProgress {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: "AWAITING_JUDGEMENT" | "ACCEPTED" | "REJECTED";
  /** The criteria the item is cross-referenced to, with the assessor's judgement (null: none recorded). */
  readonly criteria: readonly { readonly criterionId: string; readonly judgement: JudgementCode | null }[];
}

export interface ActivityForProgress {
  readonly id: string;
  /** e.g. "Observation 2 March 2026". */
  readonly label: string;
  readonly criteria: readonly { readonly criterionId: string; readonly judgement: JudgementCode }[];
}

export interface CriterionProgress {
  readonly criterionId: string;
  readonly ref: string;
  readonly text: string;
  readonly standing: CriterionStanding;
  /** The evidence behind the cell, with how far each item goes. */
  readonly evidence: { readonly id: string; readonly reference: string; readonly title: string; readonly standing: "met" | "partlyMet" }[];
  readonly activities: { readonly id: string; readonly label: string; readonly standing: "met" | "partlyMet" }[];
}

/**
 * How far one evidence item goes towards a criterion: accepted with the criterion judged met (or
 * not judged separately) → met; judged partly met, or still awaiting judgement → partly met;
 * rejected, or judged not yet met → nothing.
 */
export function evidenceStanding(status: EvidenceForProgress["status"], judgement: JudgementCode | null): "met" | "partlyMet" | null {
  if (status === "REJECTED" || judgement === "NOT_YET_MET") return null;
  if (judgement === "PARTLY_MET") return "partlyMet";
  if (status === "AWAITING_JUDGEMENT") return "partlyMet";
  return "met";
}

/** How far an activity goes towards a criterion it covers. */
export function activityStanding(judgement: JudgementCode): "met" | "partlyMet" | null {
  if (judgement === "MET") return "met";
  if (judgement === "PARTLY_MET") return "partlyMet";
  return null;
}

/** Every criterion of a unit, in the order given, with its standing and what is behind it. */
export function criteriaProgress(
  criteria: readonly { readonly id: string; readonly ref: string; readonly text: string }[],
  evidence: readonly EvidenceForProgress[],
  activities: readonly ActivityForProgress[],
): CriterionProgress[] {
  const evidenceBy = new Map<string, CriterionProgress["evidence"][number][]>();
  for (const item of evidence) {
    for (const link of item.criteria) {
      const standing = evidenceStanding(item.status, link.judgement);
      if (!standing) continue;
      const list = evidenceBy.get(link.criterionId) ?? [];
      list.push({ id: item.id, reference: item.reference, title: item.title, standing });
      evidenceBy.set(link.criterionId, list);
    }
  }
  const activitiesBy = new Map<string, CriterionProgress["activities"][number][]>();
  for (const activity of activities) {
    for (const link of activity.criteria) {
      const standing = activityStanding(link.judgement);
      if (!standing) continue;
      const list = activitiesBy.get(link.criterionId) ?? [];
      list.push({ id: activity.id, label: activity.label, standing });
      activitiesBy.set(link.criterionId, list);
    }
  }
  return criteria.map((criterion) => {
    const behindEvidence = evidenceBy.get(criterion.id) ?? [];
    const behindActivities = activitiesBy.get(criterion.id) ?? [];
    const all = [...behindEvidence, ...behindActivities];
    const standing: CriterionStanding = all.some((entry) => entry.standing === "met") ? "met" : all.length > 0 ? "partlyMet" : "notYet";
    return {
      criterionId: criterion.id,
      ref: criterion.ref,
      text: criterion.text,
      standing,
      evidence: behindEvidence,
      activities: behindActivities,
    };
  });
}

/** Counts of a unit's criteria by standing, for a summary line. */
export function progressSummary(progress: readonly CriterionProgress[]) {
  return {
    total: progress.length,
    met: progress.filter((cell) => cell.standing === "met").length,
    partlyMet: progress.filter((cell) => cell.standing === "partlyMet").length,
    notYet: progress.filter((cell) => cell.standing === "notYet").length,
  };
}

export type DecisionStatusCode = "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED";

export interface DecisionForAchievement {
  readonly unitId: string;
  readonly decisionType: "FORMATIVE" | "SUMMATIVE";
  readonly outcome: "ACHIEVED" | "NOT_YET_ACHIEVED";
  readonly status: DecisionStatusCode;
  readonly decidedOn: Date;
  readonly createdAt: Date;
}

export type UnitAchievement =
  | { readonly state: "achieved"; readonly on: Date }
  /** Signed by an assessor still working towards their qualification: does not count yet (handbook 4.2). */
  | { readonly state: "awaitingCountersignature"; readonly on: Date }
  /** An achieved decision was changed after signing and has not been signed again. */
  | { readonly state: "awaitingSignature"; readonly on: Date }
  | { readonly state: "notAchieved" };

/**
 * RD03: a unit is achieved when its latest summative decision is "achieved" and signed off (a
 * decision awaiting countersignature, or changed and not yet signed again, does not count).
 * Formative decisions never count.
 */
export function unitAchievement(decisions: readonly DecisionForAchievement[]): UnitAchievement {
  const summative = decisions
    .filter((decision) => decision.decisionType === "SUMMATIVE" && decision.status !== "REOPENED")
    .sort((a, b) => b.decidedOn.getTime() - a.decidedOn.getTime() || b.createdAt.getTime() - a.createdAt.getTime());
  const latest = summative[0];
  if (!latest || latest.outcome !== "ACHIEVED") return { state: "notAchieved" };
  if (latest.status === "SIGNED_OFF") return { state: "achieved", on: latest.decidedOn };
  if (latest.status === "AWAITING_COUNTERSIGNATURE") return { state: "awaitingCountersignature", on: latest.decidedOn };
  return { state: "awaitingSignature", on: latest.decidedOn };
}

/** The units whose achievement counts towards the rule of combination, by unit id. */
export function achievedUnitIds(decisions: readonly DecisionForAchievement[]): string[] {
  const byUnit = new Map<string, DecisionForAchievement[]>();
  for (const decision of decisions) byUnit.set(decision.unitId, [...(byUnit.get(decision.unitId) ?? []), decision]);
  return [...byUnit.entries()].filter(([, list]) => unitAchievement(list).state === "achieved").map(([unitId]) => unitId);
}
