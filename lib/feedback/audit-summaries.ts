export type FeedbackGivenSummary = {
  candidate: string;
  /** What the feedback is about: "evidence E3", "activity on 2026-03-02" or "progress review". */
  about: string;
  achieved: string;
  nextSteps: string;
  plannedActions: string | null;
};

export type FeedbackReplySummary = { candidate: string; response: string };
