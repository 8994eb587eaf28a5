import type { ConflictRelationshipName } from "./rule-declarations";

// How each declared relationship reads on screen (ICS A2; Naace principle 9).

export const relationshipLabels: Record<ConflictRelationshipName, string> = {
  FAMILY: "Family member",
  CLOSE_PERSONAL: "Close personal connection",
  SOCIAL: "Social connection",
  LINE_MANAGER: "Line manager (either way)",
  COACH_OR_MENTOR: "Coach or mentor",
  EMPLOYER: "Employer or employee",
  FINANCIAL_INTEREST: "Financial interest in the outcome",
  SUPPORTED_SELF_REVIEW: "Supported their self-review",
  GENERAL_SUPPORT: "General support only",
};

/** Relationships that still allow assessing (noted, not blocking). */
export const nonBlockingRelationships: readonly ConflictRelationshipName[] = ["GENERAL_SUPPORT"];

export const relationshipOptions = (Object.keys(relationshipLabels) as ConflictRelationshipName[]).map((value) => ({
  value,
  label: relationshipLabels[value],
}));
