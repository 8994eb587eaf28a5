import { assessmentMethodLabels, type AssessmentMethodName } from "@/lib/activities/labels";

// Display names and select options for the candidate's evidence (RD04, RD10).

export const evidenceMethods = [
  "WORK_PRODUCT",
  "PERSONAL_STATEMENT",
  "WITNESS_TESTIMONY",
  "EXPERT_WITNESS_TESTIMONY",
  "ASSIGNMENT",
  "OBSERVATION",
  "QUESTIONING",
  "PROFESSIONAL_DISCUSSION",
  "RECOGNITION_OF_PRIOR_LEARNING",
] as const satisfies readonly AssessmentMethodName[];

export const evidenceMethodOptions = evidenceMethods.map((method) => ({ value: method, label: assessmentMethodLabels[method] }));

export const evidenceStatusLabels = {
  AWAITING_JUDGEMENT: "Awaiting judgement",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
} as const;
export type EvidenceStatusName = keyof typeof evidenceStatusLabels;

export const evidenceStatusTones = { AWAITING_JUDGEMENT: "info", ACCEPTED: "success", REJECTED: "danger" } as const;
