import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { isCurrentlySigned } from "@/lib/signatures/read-signatures";
import { competenceNotVerified, verifiedAssessorStatus, verifiedCompetence } from "@/lib/professional-record/verified";
import type { RoleQualification } from "@/lib/rules/assessor-qualifications";
import { criteriaProgress, type CriterionProgress } from "@/lib/rules/criteria-progress";
import { checkUnitSignOff, type EvidenceForSignOff, type SignOffReadiness } from "@/lib/rules/unit-sign-off";
import { criteriaOfUnits, type UnitCriterion } from "@/lib/unit-criteria/criteria";
import { declarationRecordId, unitDeclarationContent, type UnitDeclarationContent } from "./declaration-content";
import { evidenceMethodOf, methodLabels } from "./labels";

// Everything about one unit of one candidate that the unit page and the sign-off actions read:
// the criteria, the evidence and activities behind them, the candidate's declaration as it stands,
// and the sign-off readiness for a given assessor. One loader for both, so the screen and the
// server's re-check can never disagree.

type Db = PrismaClient | Prisma.TransactionClient;

export type UnitOfCandidate = { id: string; urn: string; title: string; credit: number; level: number; group: string };

/** A unit of the candidate's qualification; any other unit id is "not found". */
export async function loadUnitOfCandidate(db: Db, candidate: { qualificationId: string }, unitId: string): Promise<UnitOfCandidate> {
  const unit = await db.unit.findFirst({
    where: { id: unitId, qualificationId: candidate.qualificationId },
    select: { id: true, urn: true, title: true, credit: true, level: true, group: true },
  });
  if (!unit) throw notFound("Unit");
  return unit;
}

const evidenceSelect = (centreId: string) =>
  ({
    id: true,
    reference: true,
    title: true,
    method: true,
    status: true,
    simulated: true,
    authenticatedBy: true,
    createdAt: true,
    criteria: { where: { centreId }, select: { criterionId: true, judgement: true } },
  }) as const;

const activitySelect = (centreId: string) =>
  ({
    id: true,
    method: true,
    occurredOn: true,
    simulated: true,
    place: true,
    criteria: { where: { centreId }, select: { criterionId: true, judgement: true } },
  }) as const;

export type UnitRecords = Awaited<ReturnType<typeof loadUnitRecords>>;

export function activityLabel(activity: { method: keyof typeof methodLabels; occurredOn: Date }): string {
  return `${methodLabels[activity.method]} ${isoDay(activity.occurredOn)}`;
}

/** The unit's criteria and the candidate's evidence and activities that touch them (two queries plus the criteria). */
export async function loadUnitRecords(db: Db, centreId: string, candidateId: string, unit: UnitOfCandidate) {
  const criteria: UnitCriterion[] = await criteriaOfUnits(db, centreId, [unit.id]);
  const criterionIds = criteria.map((criterion) => criterion.id);
  const [evidenceRows, activityRows] = await Promise.all([
    db.evidenceItem.findMany({
      where: { centreId, candidateId, criteria: { some: { centreId, criterionId: { in: criterionIds } } } },
      select: evidenceSelect(centreId),
      orderBy: { createdAt: "asc" },
    }),
    db.assessmentActivity.findMany({
      where: { centreId, candidateId, criteria: { some: { centreId, criterionId: { in: criterionIds } } } },
      select: activitySelect(centreId),
      orderBy: { occurredOn: "asc" },
    }),
  ]);
  const ofUnit = new Set(criterionIds);
  const refOf = new Map(criteria.map((criterion) => [criterion.id, criterion.ref]));
  const evidence = evidenceRows.map((row) => ({ ...row, criteria: row.criteria.filter((link) => ofUnit.has(link.criterionId)) }));
  const activities = activityRows.map((row) => ({
    ...row,
    label: activityLabel(row),
    criteria: row.criteria.filter((link) => ofUnit.has(link.criterionId)),
  }));
  const progress: CriterionProgress[] = criteriaProgress(criteria, evidence, activities);
  const declaration: UnitDeclarationContent = unitDeclarationContent({
    candidateId,
    unit,
    evidence: evidence.map((item) => ({
      ...item,
      criteriaRefs: item.criteria.map((link) => refOf.get(link.criterionId) ?? ""),
    })),
  });
  return { unit, criteria, evidence, activities, progress, declaration, refOf };
}

/** The evidence the sign-off rule weighs: accepted evidence (criteria judged met or not judged) and activities' met criteria. */
export function evidenceForSignOff(records: UnitRecords): EvidenceForSignOff[] {
  const refs = (links: { criterionId: string }[]) => links.map((link) => records.refOf.get(link.criterionId) ?? "");
  return [
    ...records.evidence
      .filter((item) => item.status !== "REJECTED")
      .map((item) => ({
        id: item.id,
        label: `${item.reference} ${item.title}`,
        method: evidenceMethodOf[item.method],
        accepted: item.status === "ACCEPTED",
        criteriaRefs: refs(item.criteria.filter((link) => link.judgement === "MET" || link.judgement === null)),
        simulated: item.simulated,
        authenticatedBy: item.authenticatedBy,
      })),
    ...records.activities
      .map((activity) => ({
        id: activity.id,
        label: activity.label,
        method: evidenceMethodOf[activity.method],
        accepted: true,
        criteriaRefs: refs(activity.criteria.filter((link) => link.judgement === "MET")),
        simulated: activity.simulated,
        authenticatedBy: null,
      }))
      .filter((activity) => activity.criteriaRefs.length > 0),
  ];
}

/** The candidate's current declaration signature for the unit: a signature on exactly today's evidence list, or null. */
export async function currentDeclarationSignature(db: Db, centreId: string, candidateId: string, records: UnitRecords) {
  return isCurrentlySigned(
    db,
    { centreId, recordType: "UNIT_EVIDENCE_DECLARATION", recordId: declarationRecordId(candidateId, records.unit.id) },
    records.declaration,
    "CANDIDATE",
  );
}

export type Readiness = SignOffReadiness & {
  declarationSignature: Awaited<ReturnType<typeof currentDeclarationSignature>>;
  evidence: EvidenceForSignOff[];
};

/** Whether this assessor may sign the unit off now, with every unmet condition (handbook 5.5–5.17, 4.2). */
export async function unitReadiness(
  db: Db,
  centreId: string,
  candidateId: string,
  records: UnitRecords,
  assessorUserId: string,
): Promise<Readiness> {
  const [declarationSignature, competence, centre] = await Promise.all([
    currentDeclarationSignature(db, centreId, candidateId, records),
    // Only a competence this centre has verified counts (handbook 4.2, 5.20.2).
    verifiedCompetence(db, centreId, assessorUserId, records.unit.id),
    db.centre.findUniqueOrThrow({ where: { id: centreId }, select: { name: true } }),
  ]);
  const evidence = evidenceForSignOff(records);
  const readiness = checkUnitSignOff({
    // No unit of the seeded qualifications is a knowledge unit; handbook 5.5 forbids simulation in all competence units.
    unit: { urn: records.unit.urn, title: records.unit.title, kind: "competence", criteriaRefs: records.criteria.map((c) => c.ref) },
    evidence,
    candidateDeclarationSignedOn: declarationSignature ? isoDay(declarationSignature.signedAt) : null,
    assessor: { competentUnitUrns: competence.verified ? [records.unit.urn] : [] },
  });
  if (competence.listed && !competence.verified) {
    // Listed but not verified: say so, instead of "your record does not show you as competent".
    const findings = readiness.findings.map((finding) =>
      finding.code === "sign-off.assessor-not-competent" ? competenceNotVerified(centre.name, records.unit) : finding,
    );
    return { ...readiness, findings, declarationSignature, evidence };
  }
  return { ...readiness, declarationSignature, evidence };
}

/**
 * An assessor's standing at the centre from their assessor record, counting only what an admin
 * of this centre has verified (lib/professional-record/verified.ts: an unverified "held" counts as
 * working towards, so its sign-offs await a verified colleague's countersignature).
 */
export async function assessorStatusOf(db: Db, centreId: string, userId: string): Promise<RoleQualification> {
  return verifiedAssessorStatus(db, centreId, userId);
}

/**
 * The candidate's declaration content for a unit as its evidence stands now: exactly what the
 * declaration form shows and what a signature must match (the demo data signs this too).
 */
export async function currentUnitDeclarationContent(
  db: Db,
  centreId: string,
  candidate: { id: string; qualificationId: string },
  unitId: string,
): Promise<UnitDeclarationContent> {
  const unit = await loadUnitOfCandidate(db, candidate, unitId);
  return (await loadUnitRecords(db, centreId, candidate.id, unit)).declaration;
}
