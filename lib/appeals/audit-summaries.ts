export type AppealLodgedSummary = {
  candidate: string;
  lodgedOn: string;
  /** The unit decision appealed against ("Resolve complaints: summative, not yet achieved, 2026-03-03"), or the candidate's words. */
  decision: string;
  grounds: string;
};
