import type { AwardingBodyPolicy } from "@/lib/rules/policies";
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

/** Relationships with a school only (Naace ICT Mark code): never offered or accepted for a candidate or a centre. */
export const schoolOnlyRelationships: readonly ConflictRelationshipName[] = ["SUPPORTED_SELF_REVIEW", "GENERAL_SUPPORT"];

/** The relationships offered for a declaration about a candidate, a centre or a school. */
export function relationshipOptionsFor(subject: "CANDIDATE" | "CENTRE" | "SCHOOL") {
  return subject === "SCHOOL"
    ? relationshipOptions
    : relationshipOptions.filter((option) => !schoolOnlyRelationships.includes(option.value));
}

type LifecyclePolicy = Pick<AwardingBodyPolicy, "icsLifecycle" | "naaceLifecycle">;

/** The codes a person's conflicts of interest answer to, from their own bodies' policies: the Institute's assessor code A2 for candidates and centres, Naace's ICT Mark code for schools. */
export function conflictCodes(policies: readonly LifecyclePolicy[]): { people: string | null; schools: string | null } {
  return {
    people: policies.some((policy) => policy.icsLifecycle) ? "ICS assessor code A2" : null,
    schools: policies.some((policy) => policy.naaceLifecycle) ? "Naace ICT Mark code" : null,
  };
}
