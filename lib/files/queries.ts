import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";
import { isDatabaseUnreachable } from "@/lib/db/connection-errors";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UploadedFileView } from "./schemas";
import { loadCandidateForUpload } from "./upload-access";

// Reads of stored files. The one access rule: staff of the file's centre who may view
// candidates, or the candidate whose file it is, working in that centre. Anyone else, like an
// id that does not exist, gets "not found".

const fileView = { id: true, fileName: true, contentType: true, byteSize: true } as const;

/**
 * Before the upload route reads a byte of the body: the candidate this person may upload for,
 * at the active centre. The upload action checks the same again when it records the file.
 */
export async function uploadTarget(access: AccessContext, candidateId: string, now = new Date()) {
  if (!isCentreAccess(access)) throw notFound("Candidate");
  try {
    const candidate = await loadCandidateForUpload(getPrisma(), access, candidateId, now);
    return { centreId: access.workspace.centreId, candidateId: candidate.id };
  } catch (error) {
    if (isDatabaseUnreachable(error)) throw new AppError("UNAVAILABLE");
    throw error;
  }
}

/** A stored file this person may download, with where its bytes are. */
export async function getFileForDownload(access: AccessContext, fileId: string) {
  requireRecordId(fileId, "File");
  if (!isCentreAccess(access)) throw notFound("File");
  const roles = access.workspace.roles;
  const staff = rolesCan(roles, "candidate.view");
  if (!staff && !rolesCan(roles, "portfolio.own")) throw notFound("File");
  const file = await getPrisma().storedFile.findFirst({
    where: { id: fileId, centreId: access.workspace.centreId, ...(staff ? {} : { candidate: { userId: access.userId } }) },
    select: { ...fileView, storageKey: true, sha256: true },
  });
  if (!file) throw notFound("File");
  return file;
}

/**
 * A candidate's files (newest first) that this person may see: all of them, those of one
 * evidence item or activity, or those not yet linked to any record.
 */
export async function listCandidateFiles(
  access: AccessContext,
  candidateId: string,
  filter: { evidenceItemId?: string; activityId?: string; unlinked?: boolean } = {},
): Promise<(UploadedFileView & { createdAt: Date })[]> {
  if (!isCentreAccess(access)) throw notFound("Candidate");
  const candidate = await loadCandidate(getPrisma(), access, candidateId);
  if (filter.evidenceItemId) requireRecordId(filter.evidenceItemId, "Evidence");
  if (filter.activityId) requireRecordId(filter.activityId, "Activity");
  return getPrisma().storedFile.findMany({
    where: {
      centreId: access.workspace.centreId,
      candidateId: candidate.id,
      ...(filter.evidenceItemId ? { evidenceItemId: filter.evidenceItemId } : {}),
      ...(filter.activityId ? { activityId: filter.activityId } : {}),
      ...(filter.unlinked ? { evidenceItemId: null, activityId: null } : {}),
    },
    select: { ...fileView, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
