import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

// Files are uploaded first (lib/storage, not yet attached to anything) and attached when the
// activity or evidence item is saved. Only this candidate's files that are not yet attached to
// another record can be attached; anything else refuses the whole save.

export async function attachCandidateFiles(
  tx: Prisma.TransactionClient,
  ref: { centreId: string; candidateId: string },
  fileIds: readonly string[],
  target: { activityId: string } | { evidenceItemId: string },
  field = "fileIds",
): Promise<void> {
  if (fileIds.length === 0) return;
  const attached = await tx.storedFile.updateMany({
    where: {
      id: { in: [...fileIds] },
      centreId: ref.centreId,
      candidateId: ref.candidateId,
      activityId: null,
      evidenceItemId: null,
    },
    data: target,
  });
  if (attached.count !== fileIds.length) {
    const message = "A file could not be attached: it was not uploaded for this candidate, or it is already part of another record.";
    throw new AppError("INVALID_INPUT", message, { [field]: [message] });
  }
}
