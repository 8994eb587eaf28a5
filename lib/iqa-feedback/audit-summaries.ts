export type IqaFeedbackGivenSummary = {
  assessor: string;
  givenOn: string;
  feedbackOnPractice: string;
  actions: { description: string; dueOn: string }[];
};

export type IqaFeedbackAcknowledgedSummary = { iqa: string; givenOn: string; assessorResponse: string };

export type IqaActionCompletedSummary = {
  description: string;
  dueOn: string;
  /** Who set it: the IQA of the RD07 or the standardisation meeting's lead. */
  setBy: string;
  completionNote: string;
  /** Whether it was completed after its due date. */
  late: boolean;
};
