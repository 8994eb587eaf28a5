import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { loadCandidateForUpload } from "./upload-access";
import { uploadFileSchema, type UploadedFileView } from "./schemas";
import { decideUpload, uploadLimitBytes } from "./upload-rules";

type UploadSummary = { candidate: string; fileName: string; contentType: string; byteSize: number; sha256: string };

/**
 * Records a file whose bytes the upload route has just stored (lib/files/receive-upload.ts): the
 * candidate must be one this person may upload for, the key must be one made for the active
 * centre, and the sniffed type, the claimed type and the size must pass the same decision the
 * route made. Linking the file to an evidence item or activity is done by those records' actions.
 */
export const uploadFile = defineCentreAction({
  name: "files.upload",
  audit: { label: "Uploaded a file", summary: auditSummary<UploadSummary>() },
  input: uploadFileSchema,
  permission: "evidence.upload",
  async handler(input, { tx, access, now, audit }) {
    const candidate = await loadCandidateForUpload(tx, access, input.candidateId, now);
    if (!input.storageKey.startsWith(`${access.workspace.centreId}/`)) {
      throw new AppError("INVALID_INPUT", undefined, { storageKey: ["Not a storage key made for this centre."] });
    }
    const decision = decideUpload(
      { byteSize: input.byteSize, sniffedType: input.contentType, claimedType: input.claimedType },
      uploadLimitBytes(process.env),
    );
    if (!decision.ok) throw new AppError("INVALID_INPUT", decision.message, { file: [decision.message] });

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
      },
    });
    const view: UploadedFileView = { id: file.id, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize };
    return view;
  },
});
