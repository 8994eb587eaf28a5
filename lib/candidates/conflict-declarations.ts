import type { ConflictDeclaration, RelationshipKind } from "@/lib/rules/conflicts-of-interest";
import { isoDay } from "@/lib/format/dates";

// The stored declaration (enum names) in the shape the conflicts rule reads.

export const relationshipKinds = {
  FAMILY: "family",
  CLOSE_PERSONAL: "closePersonal",
  SOCIAL: "social",
  LINE_MANAGER: "lineManager",
  COACH_OR_MENTOR: "coachOrMentor",
  EMPLOYER: "employer",
  FINANCIAL_INTEREST: "financialInterest",
  SUPPORTED_SELF_REVIEW: "supportedSelfReview",
  GENERAL_SUPPORT: "generalSupport",
} as const satisfies Record<string, RelationshipKind>;

export type ConflictRelationshipName = keyof typeof relationshipKinds;

export function toConflictDeclaration(row: {
  id: string;
  staffUserId: string;
  candidateId: string;
  relationship: ConflictRelationshipName;
  declaredOn: Date;
  endedOn: Date | null;
}): ConflictDeclaration {
  return {
    id: row.id,
    staffId: row.staffUserId,
    subject: { kind: "candidate", candidateId: row.candidateId },
    relationship: relationshipKinds[row.relationship],
    declaredOn: isoDay(row.declaredOn),
    endedOn: row.endedOn ? isoDay(row.endedOn) : null,
  };
}
