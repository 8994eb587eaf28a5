import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { requireRecordId } from "@/lib/auth/require-permission";
import { candidateReadScope, candidateReadWhere, loadCandidate } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { isDatabaseUnreachable } from "@/lib/db/connection-errors";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UploadedFileView } from "./schemas";
import { loadCandidateForUpload } from "./upload-access";

// Reads of stored files. The one access rule: staff of the file's centre who may view
// candidates, the candidate whose file it is, or an external verifier granted that candidate
// (lib/candidates/load-candidate.ts candidateReadScope), working in that centre. Anyone else,
// like an id that does not exist, gets "not found".

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

/** A stored file this person may download, with where its bytes are. An external verifier's download is logged. */
export async function getFileForDownload(access: AccessContext, fileId: string, now: Date = new Date()) {
  requireRecordId(fileId, "File");
  if (!isCentreAccess(access)) throw notFound("File");
  const db = getPrisma();
  const scope = await candidateReadScope(db, access, now);
  if (!scope) throw notFound("File");
  const file = await db.storedFile.findFirst({
    where: { id: fileId, centreId: access.workspace.centreId, candidate: candidateReadWhere(access, scope) },
    select: { ...fileView, storageKey: true, sha256: true, candidateId: true },
  });
  if (!file) throw notFound("File");
  await logExternalVerifierAccess(db, { access, candidateId: file.candidateId, action: "DOWNLOAD", what: file.fileName, now });
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
