export const appealStatusLabels = {
  LODGED: "Lodged: waiting for the centre",
  UPHELD: "Upheld",
  NOT_UPHELD: "Not upheld",
  WITHDRAWN: "Withdrawn",
} as const;

export const decisionTypeLabels = { FORMATIVE: "Formative", SUMMATIVE: "Summative" } as const;
export const unitOutcomeLabels = { ACHIEVED: "Achieved", NOT_YET_ACHIEVED: "Not yet achieved" } as const;

/** How to appeal, in the candidate's words (handbook 5.20.4 and the assessor's duty to explain it). */
export const howToAppeal = [
  "If you disagree with an assessment decision, first talk to your assessor: they must explain the decision and the evidence behind it.",
  "If you still disagree, lodge an appeal here. Say which decision it is about and why you disagree. It is recorded with today's date and your centre's admin sees it straight away.",
  "Your centre reviews the decision, normally with the internal quality assurer (IQA), and tells you the outcome. If you are still not satisfied after the centre's process, the awarding body's appeals process (OCR: \u201cAppeals Process in Vocational Qualifications\u201d) is the next step.",
] as const;
