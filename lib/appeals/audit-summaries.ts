export type AppealLodgedSummary = {
  candidate: string;
  lodgedOn: string;
  /** The unit decision appealed against ("Resolve complaints: summative, not yet achieved, 2026-03-03"), or the candidate's words. */
  decision: string;
  grounds: string;
};

/** One step of the centre's appeals procedure (acknowledged, review started, decided, withdrawn, referred, the awarding body's outcome). */
export type AppealStepSummary = {
  candidate: string;
  lodgedOn: string;
  /** The status before and after the step (a referral keeps the status). */
  before: string;
  after: string;
  /** The date the step took place. */
  on: string;
  /** The step's words: outcome reasons, a withdrawal or referral note, the awarding body's outcome. */
  note?: string;
  /** Who decided it, for a decision. */
  decidedBy?: string;
};
