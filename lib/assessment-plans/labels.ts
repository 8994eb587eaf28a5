// Display names for assessment methods (handbook 5.6, 5.9) and plan statuses.

export const assessmentMethods = [
  "OBSERVATION",
  "QUESTIONING",
  "PROFESSIONAL_DISCUSSION",
  "WORK_PRODUCT",
  "WITNESS_TESTIMONY",
  "EXPERT_WITNESS_TESTIMONY",
  "PERSONAL_STATEMENT",
  "ASSIGNMENT",
  "RECOGNITION_OF_PRIOR_LEARNING",
] as const;
export type AssessmentMethodName = (typeof assessmentMethods)[number];

export const assessmentMethodLabels = {
  OBSERVATION: "Observation",
  QUESTIONING: "Questioning",
  PROFESSIONAL_DISCUSSION: "Professional discussion",
  WORK_PRODUCT: "Work products",
  WITNESS_TESTIMONY: "Witness testimony",
  EXPERT_WITNESS_TESTIMONY: "Expert witness testimony",
  PERSONAL_STATEMENT: "Personal statement",
  ASSIGNMENT: "Assignment, task, project or test",
  RECOGNITION_OF_PRIOR_LEARNING: "Recognition of prior learning",
} as const satisfies Record<AssessmentMethodName, string>;

export const planStatusLabels = {
  AWAITING_CANDIDATE: "Waiting for the candidate to confirm",
  AGREED: "Agreed",
} as const;

/** The words a candidate signs when confirming a plan. */
export const planConfirmationStatement = "I agree to this assessment plan.";
