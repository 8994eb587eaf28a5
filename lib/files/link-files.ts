import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// For the actions that save a record with files attached (an evidence item, an activity): inside
// their transaction, link the files uploaded for it. Only files of the same centre and candidate
// that are not yet linked to anything can be linked; any other id refuses the whole save.

const notAttachable = "One of the files cannot be attached (it belongs to another record or was not found). Remove it and add it again.";

/**
 * Links the files to the evidence item or activity; the ids come from the form (FileUpload's
 * value, parsed with fileIdsField). Throws INVALID_INPUT on `field` when any id is not attachable.
 */
export async function linkUploadedFiles(
  tx: Prisma.TransactionClient,
  target: { centreId: string; candidateId: string } & ({ evidenceItemId: string } | { activityId: string }),
  fileIds: readonly string[],
  field = "fileIds",
): Promise<number> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return 0;
  const link = "evidenceItemId" in target ? { evidenceItemId: target.evidenceItemId } : { activityId: target.activityId };
  const { count } = await tx.storedFile.updateMany({
    where: { id: { in: ids }, centreId: target.centreId, candidateId: target.candidateId, evidenceItemId: null, activityId: null },
    data: link,
  });
  if (count !== ids.length) throw new AppError("INVALID_INPUT", notAttachable, { [field]: [notAttachable] });
  return count;
}
