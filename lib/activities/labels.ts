// Display names and select options for assessment activities (RD09) and the judgements made on
// them. Evidence uses the same method and judgement names.

export const assessmentMethodLabels = {
  OBSERVATION: "Observation",
  QUESTIONING: "Questioning",
  PROFESSIONAL_DISCUSSION: "Professional discussion",
  WORK_PRODUCT: "Examining work products",
  WITNESS_TESTIMONY: "Witness testimony",
  EXPERT_WITNESS_TESTIMONY: "Expert witness testimony",
  PERSONAL_STATEMENT: "Personal statement",
  ASSIGNMENT: "Assignment, project or test",
  RECOGNITION_OF_PRIOR_LEARNING: "Recognition of prior learning",
} as const;
export type AssessmentMethodName = keyof typeof assessmentMethodLabels;

/** The methods an assessor records as an activity (handbook 5.6, 5.12–5.18), observation first. */
export const activityMethods = [
  "OBSERVATION",
  "QUESTIONING",
  "PROFESSIONAL_DISCUSSION",
  "WORK_PRODUCT",
  "WITNESS_TESTIMONY",
  "PERSONAL_STATEMENT",
  "ASSIGNMENT",
  "RECOGNITION_OF_PRIOR_LEARNING",
] as const satisfies readonly AssessmentMethodName[];

export const activityMethodOptions = activityMethods.map((method) => ({ value: method, label: assessmentMethodLabels[method] }));

export const activityDecisions = ["CRITERIA_MET", "PARTLY_MET", "NOT_YET_MET"] as const;
export const activityDecisionLabels = {
  CRITERIA_MET: "Criteria met",
  PARTLY_MET: "Partly met: more evidence needed",
  NOT_YET_MET: "Not yet met",
} as const satisfies Record<(typeof activityDecisions)[number], string>;
export const activityDecisionOptions = activityDecisions.map((value) => ({ value, label: activityDecisionLabels[value] }));

export const criterionJudgements = ["MET", "PARTLY_MET", "NOT_YET_MET"] as const;
export type CriterionJudgementName = (typeof criterionJudgements)[number];
export const criterionJudgementLabels = {
  MET: "Met",
  PARTLY_MET: "Partly met",
  NOT_YET_MET: "Not yet met",
} as const satisfies Record<CriterionJudgementName, string>;
export const criterionJudgementOptions = criterionJudgements.map((value) => ({ value, label: criterionJudgementLabels[value] }));
