// Display names for external verifier visits (handbook 5.20.2–5.20.4, 5.21), in the centre's words.

export type VisitStatusName = "PLANNED" | "COMPLETED" | "CANCELLED";
export type DcsRecommendationName = "GRANT" | "CONTINUE" | "WITHDRAW" | "NOT_RECOMMENDED";
export type ActionPointKindName = "ACTION_POINT" | "RECOMMENDATION";

export const visitStatusLabels = {
  PLANNED: "Planned",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
} as const satisfies Record<VisitStatusName, string>;

export const dcsRecommendationLabels = {
  GRANT: "Recommended for Direct Claims Status",
  CONTINUE: "Continue Direct Claims Status",
  WITHDRAW: "Withdraw Direct Claims Status",
  NOT_RECOMMENDED: "Not recommended for Direct Claims Status",
} as const satisfies Record<DcsRecommendationName, string>;

export const actionPointKindLabels = {
  ACTION_POINT: "Action point",
  RECOMMENDATION: "Recommendation",
} as const satisfies Record<ActionPointKindName, string>;

export const actionPointKindHints = {
  ACTION_POINT: "Must be done before the next visit.",
  RECOMMENDATION: "Advised by the external verifier.",
} as const satisfies Record<ActionPointKindName, string>;

export const dcsRecommendationOptions = Object.entries(dcsRecommendationLabels).map(([value, label]) => ({ value, label }));
export const actionPointKindOptions = Object.entries(actionPointKindLabels).map(([value, label]) => ({ value, label }));

/** The qualification a visit covers, or all of them. */
export function visitScopeLabel(qualification: { title: string; qualificationNumber: string } | null): string {
  return qualification ? `${qualification.title} (${qualification.qualificationNumber})` : "All the centre's qualifications";
}
