import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

// The one read check for a file on a person's professional record (StaffFile). It is the person's
// own, not a centre's: they may read it; so may, in the workspace they are working in,
//  - a centre's admins and external verifiers (professionalRecord.viewTeam) where the person
//    assesses or quality-assures (an ACTIVE ASSESSOR or IQA membership of that centre), and
//  - an awarding body's staff (assessorRegister.view) when the body approved the person or the
//    person assesses or quality-assures at one of the body's centres.
// Anyone else is told "not found", exactly as for a file that does not exist.

type Db = PrismaClient | Prisma.TransactionClient;

const recordRoles = ["ASSESSOR", "IQA"] as const;

/** Whether the signed-in person, in their active workspace, may read the professional-record files of `ownerUserId`. */
export async function mayReadStaffFilesOf(db: Db, access: AccessContext, ownerUserId: string): Promise<boolean> {
  if (ownerUserId === access.userId) return true;
  const workspace = access.workspace;
  if (workspace.kind === "centre") {
    if (!rolesCan(workspace.roles, "professionalRecord.viewTeam")) return false;
    const membership = await db.membership.findFirst({
      where: { centreId: workspace.centreId, userId: ownerUserId, status: "ACTIVE", role: { in: [...recordRoles] } },
      select: { id: true },
    });
    return membership !== null;
  }
  if (!rolesCan(workspace.roles, "assessorRegister.view")) return false;
  const [approval, membership] = await Promise.all([
    db.assessorApproval.findFirst({ where: { awardingBodyId: workspace.awardingBodyId, userId: ownerUserId }, select: { id: true } }),
    db.membership.findFirst({
      where: {
        userId: ownerUserId,
        status: "ACTIVE",
        role: { in: [...recordRoles] },
        centre: { awardingBodyId: workspace.awardingBodyId },
      },
      select: { id: true },
    }),
  ]);
  return approval !== null || membership !== null;
}

/** A StaffFile the signed-in person may read, or "not found" (missing and forbidden alike). */
export async function readableStaffFile(db: Db, access: AccessContext, fileId: string) {
  // Anything that is not a record id (36 dashes, say) is "not found" before the database sees it.
  const file = await db.staffFile.findUnique({
    where: { id: requireRecordId(fileId, "File") },
    select: { id: true, userId: true, kind: true, storageKey: true, fileName: true, contentType: true, byteSize: true, sha256: true },
  });
  if (!file || !(await mayReadStaffFilesOf(db, access, file.userId))) throw notFound("File");
  return file;
}
