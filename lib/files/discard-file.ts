import "server-only";
import { z } from "zod";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getFileStorage } from "@/lib/storage/get-file-storage";

/**
 * Takes back a file the person uploaded and then removed from the form before saving it (the
 * upload widget's "Remove"): only their own upload, at the active centre, and only while no saved
 * record uses it. The row goes in the transaction; the bytes once it has committed.
 */
export const discardFile = defineCentreAction({
  name: "files.discard",
  audit: { label: "Removed an uploaded file before saving", summary: auditSummary<{ fileName: string; sha256: string }>() },
  input: z.object({ fileId: z.uuid("Not found.") }),
  permission: "evidence.upload",
  async handler(input, { tx, access, audit, afterCommit }) {
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, centreId: access.workspace.centreId, uploadedById: access.userId },
    });
    if (!file) throw notFound("File");
    const { count } = await tx.storedFile.deleteMany({
      where: { id: file.id, centreId: access.workspace.centreId, evidenceItemId: null, activityId: null },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This file is part of a saved record, so it stays. Change that record to remove it.");
    await audit({ targetType: "StoredFile", targetId: file.id, summary: { fileName: file.fileName, sha256: file.sha256 } });
    afterCommit(() => getFileStorage().delete(file.storageKey));
    return { fileId: file.id };
  },
});
