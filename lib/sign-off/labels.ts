import type { EvidenceMethod } from "@/lib/rules/unit-sign-off";

// Display names for the sign-off screens, and how the database's assessment methods map to the
// sign-off rule's evidence methods.

export type AssessmentMethodCode =
  | "OBSERVATION"
  | "QUESTIONING"
  | "PROFESSIONAL_DISCUSSION"
  | "WORK_PRODUCT"
  | "WITNESS_TESTIMONY"
  | "EXPERT_WITNESS_TESTIMONY"
  | "PERSONAL_STATEMENT"
  | "ASSIGNMENT"
  | "RECOGNITION_OF_PRIOR_LEARNING";

/** Handbook 5.6, 5.9: the rule's name for each method. */
export const evidenceMethodOf = {
  OBSERVATION: "observation",
  QUESTIONING: "questioning",
  PROFESSIONAL_DISCUSSION: "professionalDiscussion",
  WORK_PRODUCT: "workProduct",
  WITNESS_TESTIMONY: "witnessStatement",
  EXPERT_WITNESS_TESTIMONY: "expertWitnessStatement",
  PERSONAL_STATEMENT: "personalStatement",
  ASSIGNMENT: "assignment",
  RECOGNITION_OF_PRIOR_LEARNING: "recognitionOfPriorLearning",
} as const satisfies Record<AssessmentMethodCode, EvidenceMethod>;

export const methodLabels: Record<AssessmentMethodCode, string> = {
  OBSERVATION: "Observation",
  QUESTIONING: "Questioning",
  PROFESSIONAL_DISCUSSION: "Professional discussion",
  WORK_PRODUCT: "Work product",
  WITNESS_TESTIMONY: "Witness testimony",
  EXPERT_WITNESS_TESTIMONY: "Expert witness testimony",
  PERSONAL_STATEMENT: "Personal statement",
  ASSIGNMENT: "Assignment, project or test",
  RECOGNITION_OF_PRIOR_LEARNING: "Recognition of prior learning",
};

export const outcomeLabels = { ACHIEVED: "Achieved", NOT_YET_ACHIEVED: "Not yet achieved" } as const;
export const outcomeOptions = [
  { value: "NOT_YET_ACHIEVED", label: outcomeLabels.NOT_YET_ACHIEVED },
  { value: "ACHIEVED", label: outcomeLabels.ACHIEVED },
];

export const decisionTypeLabels = { FORMATIVE: "Formative", SUMMATIVE: "Summative (sign-off)" } as const;

export const decisionStatusLabels = {
  RECORDED: "Recorded, not signed",
  AWAITING_COUNTERSIGNATURE: "Awaiting countersignature",
  SIGNED_OFF: "Signed off",
  REOPENED: "Reopened",
} as const;

export const signatureRoleLabels = {
  CANDIDATE: "Candidate",
  ASSESSOR: "Assessor",
  COUNTERSIGNING_ASSESSOR: "Countersigning assessor",
  IQA: "Internal quality assurer",
} as const;

export const standingLabels = { met: "Met", partlyMet: "Partly met", notYet: "Not yet" } as const;

/** The sign-off rule's method names in words (as kept in signed content). */
export const evidenceMethodLabels = Object.fromEntries(
  (Object.keys(evidenceMethodOf) as AssessmentMethodCode[]).map((code) => [evidenceMethodOf[code], methodLabels[code]]),
) as Record<EvidenceMethod, string>;
