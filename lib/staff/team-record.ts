import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { asReaderMaySee } from "@/lib/conflicts/reader-scope";
import { centreConflictDeclarations } from "@/lib/conflicts/rule-declarations";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { approvalKey, approvalStandings, type ApprovalStanding } from "@/lib/professional-record/approval-standing";
import { currentSampleSignatures, type SampleSignatureView } from "@/lib/sample-signatures/queries";
import { mayReadStaffFilesOf } from "@/lib/staff-files/access";
import { visitPreparation, type PersonVisitFlags } from "./visit-preparation";

// A staff member's professional record as their centre's admins and external verifier read it
// (professionalRecord.viewTeam), read-only: their record files (certificates, CV, role profile),
// the conflicts of interest they declared about this centre or its candidates, their sample
// signature and what the next external verifier visit needs from them. The person keeps the
// record themselves (/professional-record).

export type TeamRecordFile = { id: string; fileName: string; createdAt: Date };

export type TeamRecord = {
  flags: PersonVisitFlags;
  lastVisit: { visitOn: Date; externalVerifierName: string | null } | null;
  /** Certificate files by the StaffQualification row they prove. */
  certificatesByQualification: Map<string, TeamRecordFile[]>;
  cvs: TeamRecordFile[];
  roleProfiles: TeamRecordFile[];
  conflicts: Awaited<ReturnType<typeof centreConflictDeclarations>>;
  /** Their current sample signature (RD02), or null. */
  signature: SampleSignatureView | null;
  /** Their approval by the centre's awarding body, where it runs an approval lifecycle and has one on record. */
  approval: CentreApproval | null;
};

/** A person's approval by the centre's awarding body, with the body's name. */
export type CentreApproval = ApprovalStanding & { awardingBodyName: string };

/**
 * The approvals of these people by the active centre's awarding body (the Institute, Naace: an
 * OCR centre approves its own assessors, so there are none), by user id. A withdrawn, removed or
 * ended approval is how the centre learns that the body no longer lets the person assess.
 */
export async function centreApprovals(access: AccessContext, userIds: readonly string[]): Promise<Map<string, CentreApproval>> {
  const centre = requireCentrePermission(access, "professionalRecord.viewTeam", "Staff member");
  const db = getPrisma();
  const awardingBodyId = centre.workspace.awardingBodyId;
  const [body, standings] = await Promise.all([
    db.awardingBody.findUniqueOrThrow({ where: { id: awardingBodyId }, select: { name: true } }),
    approvalStandings(db, { userIds, awardingBodyIds: [awardingBodyId] }),
  ]);
  const byUser = new Map<string, CentreApproval>();
  for (const userId of userIds) {
    const standing = standings.get(approvalKey(awardingBodyId, userId));
    if (standing) byUser.set(userId, { ...standing, awardingBodyName: body.name });
  }
  return byUser;
}

/**
 * The team record of the person behind a membership of the active centre, or null when they are
 * not (or no longer) an active assessor or IQA here. A membership of another centre is not found.
 */
export async function staffMemberTeamRecord(
  access: AccessContext,
  membershipId: string,
  now: Date = new Date(),
): Promise<TeamRecord | null> {
  const centre = requireCentrePermission(access, "professionalRecord.viewTeam", "Staff member");
  requireRecordId(membershipId, "Staff member");
  const db = getPrisma();
  const membership = await db.membership.findFirst({
    where: { id: membershipId, centreId: centre.workspace.centreId },
    select: { userId: true },
  });
  if (!membership) throw notFound("Staff member");
  const preparation = await visitPreparation(access, now);
  const flags = preparation.people.get(membership.userId);
  // Only an active assessor or IQA of this centre has a record here (lib/staff-files/access.ts agrees).
  if (!flags || !(await mayReadStaffFilesOf(db, access, membership.userId))) return null;
  const [files, conflicts, signatures, approvals] = await Promise.all([
    db.staffFile.findMany({
      where: { userId: membership.userId, kind: { in: ["CERTIFICATE", "CV", "ROLE_PROFILE"] } },
      select: { id: true, kind: true, fileName: true, createdAt: true, staffQualificationId: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
    // An external verifier sees a candidate they were not granted as "a candidate" (lib/conflicts/reader-scope.ts).
    centreConflictDeclarations(db, { centreId: centre.workspace.centreId, staffUserIds: [membership.userId] }).then((rows) =>
      asReaderMaySee(db, centre, rows, now),
    ),
    currentSampleSignatures(db, [membership.userId]),
    centreApprovals(access, [membership.userId]),
  ]);
  const certificatesByQualification = new Map<string, TeamRecordFile[]>();
  const cvs: TeamRecordFile[] = [];
  const roleProfiles: TeamRecordFile[] = [];
  for (const file of files) {
    const view = { id: file.id, fileName: file.fileName, createdAt: file.createdAt };
    if (file.kind === "CV") cvs.push(view);
    else if (file.kind === "ROLE_PROFILE") roleProfiles.push(view);
    else if (file.staffQualificationId) {
      certificatesByQualification.set(file.staffQualificationId, [
        ...(certificatesByQualification.get(file.staffQualificationId) ?? []),
        view,
      ]);
    }
  }
  return {
    flags,
    lastVisit: preparation.lastVisit,
    certificatesByQualification,
    cvs,
    roleProfiles,
    conflicts,
    signature: signatures.get(membership.userId) ?? null,
    approval: approvals.get(membership.userId) ?? null,
  };
}
