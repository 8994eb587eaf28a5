import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { unitAchievement } from "@/lib/rules/criteria-progress";
import { contentSha256 } from "@/lib/signatures/canonical";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { declarationRecordId } from "./declaration-content";
import { decisionRef, evidenceToSign } from "./decisions";
import { assessorStatusOf, currentDeclarationSignature, loadUnitOfCandidate, loadUnitRecords, unitReadiness } from "./unit-records";

// The unit page: the unit's criteria grid, the candidate's declaration, the sign-off readiness for
// the assessor looking at it, and every decision with its versions and signatures.

type Db = PrismaClient | Prisma.TransactionClient;

export type UnitPage = Awaited<ReturnType<typeof readUnitPage>>;

export async function getUnitPage(access: AccessContext, candidateId: string, unitId: string, now = new Date()): Promise<UnitPage> {
  if (!isCentreAccess(access)) throw notFound("Candidate");
  return readUnitPage(getPrisma(), access, candidateId, unitId, now);
}

export async function readUnitPage(db: Db, access: CentreAccess, candidateId: string, unitId: string, now = new Date()) {
  const roles = access.workspace.roles;
  if (!rolesCan(roles, "candidate.view")) requireCentrePermission(access, "portfolio.own", "Candidate");
  requireRecordId(unitId, "Unit");
  const centreId = access.workspace.centreId;
  const candidate = await loadCandidate(db, access, candidateId);
  const unit = await loadUnitOfCandidate(db, candidate, unitId);
  const records = await loadUnitRecords(db, centreId, candidate.id, unit);
  const isOwnCandidate = candidate.userId === access.userId && rolesCan(roles, "portfolio.own");
  const canRecord = rolesCan(roles, "assessment.record");
  const canCountersign = rolesCan(roles, "assessment.countersign");

  const declarationRef = {
    centreId,
    recordType: "UNIT_EVIDENCE_DECLARATION" as const,
    recordId: declarationRecordId(candidate.id, unit.id),
  };
  const [declarationSignature, declarationVersions, decisionRows] = await Promise.all([
    currentDeclarationSignature(db, centreId, candidate.id, records),
    readSignedVersions(db, declarationRef),
    db.unitDecision.findMany({
      where: { centreId, candidateId: candidate.id, unitId: unit.id },
      orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
      include: { assessor: { select: { id: true, name: true } } },
    }),
  ]);
  const decisions = await Promise.all(
    decisionRows.map(async (decision) => ({
      ...decision,
      versions: decision.decisionType === "SUMMATIVE" ? await readSignedVersions(db, decisionRef(centreId, decision.id)) : [],
    })),
  );

  let assessor: {
    readiness: Awaited<ReturnType<typeof unitReadiness>>;
    qualification: Awaited<ReturnType<typeof assessorStatusOf>>;
    blockedBy: string | null;
    /** The hash of the evidence this page shows, for the sign-off and sign-again forms (evidenceToSign). */
    evidenceSha256: string;
  } | null = null;
  if (canRecord) {
    const [readiness, qualification, blockedBy] = await Promise.all([
      unitReadiness(db, centreId, candidate.id, records, access.userId),
      assessorStatusOf(db, centreId, access.userId),
      assertMayAssess(db, access, candidate, now).then(
        () => null,
        (error: unknown) => (error instanceof AppError ? error.message : "You may not assess this candidate."),
      ),
    ]);
    const evidenceSha256 = contentSha256(evidenceToSign({ candidate, unit, records, readiness }));
    assessor = { readiness, qualification, blockedBy, evidenceSha256 };
  }
  const openSignOff = decisions.find(
    (decision) => decision.decisionType === "SUMMATIVE" && decision.outcome === "ACHIEVED" && decision.status !== "REOPENED",
  );

  return {
    candidate,
    unit,
    records,
    achievement: unitAchievement(decisions),
    viewer: { userId: access.userId, isOwnCandidate, canRecord, canCountersign, isStaff: rolesCan(roles, "candidate.view") },
    declaration: {
      content: records.declaration,
      contentSha256: contentSha256(records.declaration),
      current: declarationSignature,
      versions: declarationVersions,
    },
    readiness: assessor?.readiness ?? null,
    assessor,
    decisions,
    /** The sign-off decision already made (signed, awaiting countersignature, or changed and awaiting signing again). */
    openSignOff: openSignOff ?? null,
  };
}
