import {
  assessorConflicts,
  type AssessmentParties,
  type ConflictDeclaration,
  type ConflictFinding,
  type RelationshipKind,
} from "@/lib/rules/conflicts-of-interest";
import type { IsoDate } from "@/lib/rules/dates";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { ConflictRelationship, ConflictSubject } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/format/dates";

// The one way to read stored conflict-of-interest declarations (ICS A2; Naace principle 9) into
// the conflicts rule (lib/rules/conflicts-of-interest.ts). A declaration is about a candidate
// (blocks assessing and sampling that candidate), a whole centre (blocks assessing and sampling
// anyone at that centre: the rule's organisation subject, with the centre in the parties'
// organisationIds) or a school (blocks assessing that school, or only notes general support).

type Db = PrismaClient | Prisma.TransactionClient;

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
} as const satisfies Record<ConflictRelationship, RelationshipKind>;

export type ConflictRelationshipName = ConflictRelationship;
export type ConflictSubjectName = ConflictSubject;

/** The stored columns the rule needs. */
export type StoredDeclaration = {
  id: string;
  staffUserId: string;
  subject: ConflictSubject;
  centreId: string | null;
  candidateId: string | null;
  schoolId: string | null;
  relationship: ConflictRelationship;
  declaredOn: Date;
  endedOn: Date | null;
};

/** One stored declaration in the shape the conflicts rule reads. */
export function toRuleDeclaration(row: StoredDeclaration): ConflictDeclaration {
  const subject: ConflictDeclaration["subject"] =
    row.subject === "CANDIDATE"
      ? { kind: "candidate", candidateId: row.candidateId ?? "" }
      : { kind: "organisation", organisationId: (row.subject === "CENTRE" ? row.centreId : row.schoolId) ?? "" };
  return {
    id: row.id,
    staffId: row.staffUserId,
    subject,
    relationship: relationshipKinds[row.relationship],
    declaredOn: isoDay(row.declaredOn),
    endedOn: row.endedOn ? isoDay(row.endedOn) : null,
  };
}

/** Who is being assessed: the candidate, at their centre (so a declaration about the centre counts). */
export function partiesAt(candidateId: string, centreId: string, onDate: IsoDate): AssessmentParties {
  return { candidateId, organisationIds: [centreId], onDate };
}

const withNames = {
  staff: { select: { name: true } },
  candidate: { select: { id: true, name: true } },
  centre: { select: { id: true, name: true } },
} as const;

/**
 * The declarations that bear on people at a centre: those about its candidates and those about the
 * centre itself, current and ended. Narrowed to some staff and/or some candidates when given
 * (declarations about the centre always count for every candidate).
 */
export async function centreConflictDeclarations(
  db: Db,
  { centreId, staffUserIds, candidateIds }: { centreId: string; staffUserIds?: readonly string[]; candidateIds?: readonly string[] },
) {
  return db.conflictOfInterestDeclaration.findMany({
    where: {
      centreId,
      ...(staffUserIds ? { staffUserId: { in: [...staffUserIds] } } : {}),
      OR: [{ subject: "CENTRE" }, { subject: "CANDIDATE", ...(candidateIds ? { candidateId: { in: [...candidateIds] } } : {}) }],
    },
    include: withNames,
    orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
  });
}

export type CentreConflictDeclaration = Awaited<ReturnType<typeof centreConflictDeclarations>>[number];

/**
 * What a person's declarations about a school (of this awarding body) say about them assessing it:
 * a problem for a school they supported through the self-review framework, a warning for general
 * support only.
 */
export async function schoolConflicts(
  db: Db,
  { awardingBodyId, staffUserId, schoolId, onDate }: { awardingBodyId: string; staffUserId: string; schoolId: string; onDate: IsoDate },
): Promise<ConflictFinding[]> {
  const rows = await db.conflictOfInterestDeclaration.findMany({
    where: { subject: "SCHOOL", awardingBodyId, staffUserId, schoolId },
  });
  return assessorConflicts(staffUserId, { candidateId: "", organisationIds: [schoolId], onDate }, rows.map(toRuleDeclaration));
}

/** All of a person's declarations, about anyone anywhere, with the names of whom they are about. */
export async function declarationsOf(db: Db, { userId }: { userId: string }) {
  return db.conflictOfInterestDeclaration.findMany({
    where: { staffUserId: userId },
    include: {
      ...withNames,
      school: { select: { id: true, name: true, awardingBody: { select: { id: true, name: true } } } },
    },
    orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { declaredOn: "desc" }, { createdAt: "desc" }],
  });
}

export type PersonalDeclaration = Awaited<ReturnType<typeof declarationsOf>>[number];

/** Whom a declaration is about, in words: the candidate (and centre), the whole centre, or the school. */
export function declarationSubjectName(row: {
  subject: ConflictSubject;
  candidate?: { name: string } | null;
  centre?: { name: string } | null;
  school?: { name: string } | null;
}): string {
  if (row.subject === "CANDIDATE") return row.candidate?.name ?? "A candidate";
  if (row.subject === "CENTRE") return row.centre ? `${row.centre.name} (the whole centre)` : "A centre";
  return row.school ? `${row.school.name} (school)` : "A school";
}
