/** A visit scheduled, or its plan changed (before/after for a change). */
export type VisitPlanSummary = {
  visitOn: string;
  externalVerifier: string;
  purpose: string;
  /** "All the centre's qualifications", or the title and number. */
  covers: string;
  final: boolean;
};
export type VisitScheduledSummary = { after: VisitPlanSummary };
export type VisitRescheduledSummary = { before: VisitPlanSummary; after: VisitPlanSummary };

export type VisitCancelledSummary = { visitOn: string; externalVerifier: string; reason: string };

export type ActionPointSummary = { kind: string; description: string; owner: string; dueOn: string };

export type VisitReportRecordedSummary = {
  visitOn: string;
  externalVerifier: string;
  recordedOn: string;
  summary: string;
  sanctions: string | null;
  dcsRecommendation: string | null;
  directClaimsConfirmed: boolean;
  /** How many provisional claim lines the confirmation marked confirmed. */
  claimLinesConfirmed: number;
  actionPoints: ActionPointSummary[];
};

export type ActionPointAddedSummary = { visitOn: string } & ActionPointSummary;

export type ActionPointCompletedSummary = {
  visitOn: string;
  kind: string;
  description: string;
  owner: string;
  dueOn: string;
  completedOn: string;
  evidence: string;
};
