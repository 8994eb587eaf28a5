import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { openAppealWhere } from "@/lib/appeals/open-cases";
import { requireRecordId } from "@/lib/auth/require-permission";
import { assertMayAssess, loadCandidate, requireCandidateReader } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess, readsThroughGrant } from "@/lib/external-verifier-access/scope";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { unitAchievement } from "@/lib/rules/criteria-progress";
import { unitClaimBlocks } from "@/lib/rules/unit-claim";
import { contentSha256 } from "@/lib/signatures/canonical";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { unitClaimRequestOf } from "./claim-request";
import { declarationRecordId } from "./declaration-content";
import { decisionRef, evidenceToSign } from "./decisions";
import { assessorStatusOf, currentDeclarationSignature, loadUnitOfCandidate, loadUnitRecords, unitReadiness } from "./unit-records";

// The unit page: the unit's criteria grid, the candidate's declaration, the sign-off readiness for
// the assessor looking at it, every decision with its versions and signatures, the IQA's sampling
// of each decision, and whether the unit can be claimed for certification.

type Db = PrismaClient | Prisma.TransactionClient;

export type UnitPage = Awaited<ReturnType<typeof readUnitPage>>;

export async function getUnitPage(access: AccessContext, candidateId: string, unitId: string, now = new Date()): Promise<UnitPage> {
  if (!isCentreAccess(access)) throw notFound("Candidate");
  return readUnitPage(getPrisma(), access, candidateId, unitId, now);
}

export async function readUnitPage(db: Db, access: CentreAccess, candidateId: string, unitId: string, now = new Date()) {
  const roles = access.workspace.roles;
  // Staff, the candidate (their own) or an external verifier granted the candidate (read-only; logged).
  requireCandidateReader(access);
  requireRecordId(unitId, "Unit");
  const centreId = access.workspace.centreId;
  const candidate = await loadCandidate(db, access, candidateId);
  const unit = await loadUnitOfCandidate(db, candidate, unitId);
  await logExternalVerifierAccess(db, { access, candidateId: candidate.id, action: "VIEW", what: `Unit ${unit.urn}: ${unit.title}` });
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
  const decisionIds = decisionRows.map((decision) => decision.id);
  const [samplingRows, openAppeals] = await Promise.all([
    db.samplingRecord.findMany({
      where: { centreId, unitDecisionId: { in: decisionIds } },
      // Newest first by when it was recorded (the server's clock), not the date typed.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        unitDecisionId: true,
        decisionVersion: true,
        stage: true,
        sampledOn: true,
        outcome: true,
        rationale: true,
        planItemId: true,
        planItem: { select: { planId: true } },
        iqa: { select: { id: true, name: true } },
      },
    }),
    db.appeal.findMany({
      // Open in the appeals register: not yet decided or withdrawn, or with the awarding body.
      where: { centreId, candidateId: candidate.id, unitDecisionId: { in: decisionIds }, ...openAppealWhere },
      select: { unitDecisionId: true },
    }),
  ]);
  // Staff read the IQA's words; a candidate is told that their unit was reopened after internal quality
  // assurance and that their assessor will review it, never the IQA's reasons about the assessor's practice.
  // The external verifier reads decisions as staff do (the IQA's sampling and reasons are what they verify), never writing.
  const isStaff = rolesCan(roles, "candidate.view") || readsThroughGrant(access);
  const decisions = await Promise.all(
    decisionRows.map(async (decision) => {
      const versions = decision.decisionType === "SUMMATIVE" ? await readSignedVersions(db, decisionRef(centreId, decision.id)) : [];
      const current = versions[0];
      const iqaSignature = (version: (typeof versions)[number] | undefined) =>
        version?.signatures.find((signature) => signature.role === "IQA" && signature.valid) ?? null;
      const iqaSigned = versions.find((version) => iqaSignature(version) !== null);
      return {
        ...decision,
        reopenedReason: isStaff ? decision.reopenedReason : null,
        versions,
        /** The IQA's sampling of this decision, newest first (RD11 entries); only staff read them. */
        sampling: isStaff ? samplingRows.filter((row) => row.unitDecisionId === decision.id) : [],
        /** The IQA's countersignature on the current version, if any; and the latest version an IQA signed. */
        iqaSignature: {
          current: iqaSignature(current),
          latestSignedVersion: iqaSigned ? { version: iqaSigned.version, signature: iqaSignature(iqaSigned)! } : null,
          currentVersion: current?.version ?? null,
        },
      };
    }),
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
  // A reopened sign-off is still the unit's sign-off: it is changed and signed again, not replaced.
  const openSignOff = decisions.find((decision) => decision.decisionType === "SUMMATIVE" && decision.outcome === "ACHIEVED");

  // The decision a claim rests on, its latest sampling and open appeals (lib/sign-off/claim-request.ts).
  const claimFindings = unitClaimBlocks(
    unitClaimRequestOf(
      decisionRows,
      samplingRows,
      new Set(openAppeals.flatMap((appeal) => (appeal.unitDecisionId ? [appeal.unitDecisionId] : []))),
      { showRationale: isStaff },
    ),
  );

  return {
    candidate,
    unit,
    records,
    achievement: unitAchievement(decisions),
    /** Whether the unit can be claimed for certification, and every reason it cannot yet (lib/rules/unit-claim.ts). */
    claim: { findings: claimFindings, canBeClaimed: !claimFindings.some((finding) => finding.severity === "problem") },
    viewer: {
      userId: access.userId,
      isOwnCandidate,
      canRecord,
      canCountersign,
      isStaff,
      canViewSampling: rolesCan(roles, "sampling.view"),
    },
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
