import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// For the actions that save a record with files attached (an evidence item, an activity, a
// witness statement's evidence item): inside their transaction, link the files uploaded for it.
// Files are uploaded first (POST /api/candidates/{id}/files, not yet linked to anything) and
// linked when the record is saved. Only files of the same centre and candidate, not yet linked to
// anything, AND uploaded by the person saving can be linked: knowing the id of someone else's
// unsaved upload is not enough. Any other id refuses the whole save, with the same words whether
// the file is another person's, another record's or does not exist.

export const notAttachableMessage =
  "A file could not be attached: it was not found among your uploads for this candidate, or it is already part of another record. Remove it and add it again.";

/**
 * Links the files to the evidence item or activity; the ids come from the form (FileUpload's
 * value). Throws INVALID_INPUT on `field` when any id is not attachable. Returns how many were linked.
 */
export async function linkUploadedFiles(
  tx: Prisma.TransactionClient,
  target: { centreId: string; candidateId: string; uploadedById: string } & ({ evidenceItemId: string } | { activityId: string }),
  fileIds: readonly string[],
  field = "fileIds",
): Promise<number> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return 0;
  const link = "evidenceItemId" in target ? { evidenceItemId: target.evidenceItemId } : { activityId: target.activityId };
  const { count } = await tx.storedFile.updateMany({
    where: {
      id: { in: ids },
      centreId: target.centreId,
      candidateId: target.candidateId,
      uploadedById: target.uploadedById,
      evidenceItemId: null,
      activityId: null,
    },
    data: link,
  });
  if (count !== ids.length) throw new AppError("INVALID_INPUT", notAttachableMessage, { [field]: [notAttachableMessage] });
  return count;
}
