import "server-only";
import { qualificationsAtCentre, qualificationsVerifiedAt } from "@/lib/professional-record/verified";
import { qualificationStatusPolicyFor } from "@/lib/professional-record/policy";
import { centreConflictDeclarations, partiesAt, toRuleDeclaration } from "@/lib/conflicts/rule-declarations";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { checkIqaMayQualityAssure, iqaQualificationStatus, type RoleQualification } from "@/lib/rules/assessor-qualifications";
import { iqaSamplingConflicts } from "@/lib/rules/conflicts-of-interest";
import type { RuleFinding } from "@/lib/rules/findings";

// Whether an IQA may quality-assure (sample, countersign) one assessment decision, checked at the
// moment they act: not their own decision, not one they countersigned, no live declared conflict
// with the candidate (handbook 4.4, 5.20.1; ICS A2), and an IQA qualification counted at the centre.

type Db = PrismaClient | Prisma.TransactionClient;

/** The IQA's status at the centre, counting only what the centre has verified (as for assessors). */
export async function verifiedIqaStatus(db: Db, centreId: string, userId: string): Promise<RoleQualification> {
  const [centre, rows] = await Promise.all([
    db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { awardingBody: { select: { name: true } } } }),
    qualificationsVerifiedAt(db, centreId, userId),
  ]);
  return iqaQualificationStatus(qualificationsAtCentre(rows), qualificationStatusPolicyFor(centre.awardingBody.name));
}

/** Every finding (problems and warnings) about this IQA quality-assuring this decision on this day. */
export async function iqaQualityAssuranceFindings(
  db: Db,
  centreId: string,
  iqaUserId: string,
  decision: { id: string; candidateId: string; assessorUserId: string },
  on: Date,
): Promise<RuleFinding[]> {
  const [status, countersignature, declarations] = await Promise.all([
    verifiedIqaStatus(db, centreId, iqaUserId),
    db.signature.findFirst({
      where: { centreId, recordType: "UNIT_DECISION", recordId: decision.id, role: "COUNTERSIGNING_ASSESSOR", signerUserId: iqaUserId },
      select: { signerUserId: true },
    }),
    centreConflictDeclarations(db, { centreId, candidateIds: [decision.candidateId], staffUserIds: [iqaUserId] }),
  ]);
  const findings = checkIqaMayQualityAssure({
    iqaId: iqaUserId,
    iqaStatus: status.status,
    decision: { assessorId: decision.assessorUserId, countersignedById: countersignature?.signerUserId ?? null },
  });
  const conflicts = iqaSamplingConflicts(
    iqaUserId,
    decision.assessorUserId,
    partiesAt(decision.candidateId, centreId, isoDay(on)),
    declarations.map(toRuleDeclaration),
  );
  return [...findings, ...conflicts];
}

/** Problems only, as sentences. */
export function blockingMessages(findings: readonly RuleFinding[]): string[] {
  return findings.filter((finding) => finding.severity === "problem").map((finding) => finding.message);
}
