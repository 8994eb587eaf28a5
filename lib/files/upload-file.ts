import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { loadCandidateForUpload } from "./upload-access";
import { uploadFileSchema, type UploadedFileView } from "./schemas";
import { abandonedRemovedPerUpload, assertUnattachedRoom, deleteRemovedBytes, removeAbandonedUploadRows } from "./unattached-uploads";
import { decideUpload, uploadLimitBytes } from "./upload-rules";

type UploadSummary = {
  candidate: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  /** This person's abandoned uploads removed on the way (lib/files/unattached-uploads.ts). */
  abandonedRemoved?: { fileName: string; sha256: string }[];
};

/**
 * Records a file whose bytes the upload route has just stored (lib/files/receive-upload.ts): the
 * candidate must be one this person may upload for, the key must be one made for the active
 * centre, and the sniffed type, the claimed type and the size must pass the same decision the
 * route made. Linking the file to an evidence item or activity is done by those records' actions.
 * First a few of this person's abandoned uploads at this centre are removed, then their
 * unattached files must leave room for this one (lib/files/unattached-uploads.ts).
 */
export const uploadFile = defineCentreAction({
  name: "files.upload",
  audit: { label: "Uploaded a file", summary: auditSummary<UploadSummary>() },
  input: uploadFileSchema,
  permission: "evidence.upload",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const candidate = await loadCandidateForUpload(tx, access, input.candidateId, now);
    if (!input.storageKey.startsWith(`${access.workspace.centreId}/`)) {
      throw new AppError("INVALID_INPUT", undefined, { storageKey: ["Not a storage key made for this centre."] });
    }
    const decision = decideUpload(
      { byteSize: input.byteSize, sniffedType: input.contentType, claimedType: input.claimedType },
      uploadLimitBytes(process.env),
    );
    if (!decision.ok) throw new AppError("INVALID_INPUT", decision.message, { file: [decision.message] });

    const who = { centreId: access.workspace.centreId, uploadedById: access.userId };
    const abandoned = await removeAbandonedUploadRows(tx, { now, limit: abandonedRemovedPerUpload, who });
    if (abandoned.length > 0) afterCommit(() => deleteRemovedBytes(getFileStorage(), abandoned));
    await assertUnattachedRoom(tx, who, input.byteSize);

    const file = await tx.storedFile.create({
      data: {
        centreId: access.workspace.centreId,
        candidateId: candidate.id,
        storageKey: input.storageKey,
        fileName: input.fileName,
        contentType: decision.contentType,
        byteSize: input.byteSize,
        sha256: input.sha256,
        uploadedById: access.userId,
      },
    });
    await audit({
      targetType: "StoredFile",
      targetId: file.id,
      summary: {
        candidate: candidate.name,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        ...(abandoned.length > 0 ? { abandonedRemoved: abandoned.map(({ fileName, sha256 }) => ({ fileName, sha256 })) } : {}),
      },
    });
    const view: UploadedFileView = { id: file.id, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize };
    return view;
  },
});
