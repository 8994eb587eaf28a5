import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { UploadedFileView } from "@/lib/files/schemas";
import { decideUpload, uploadLimitBytes } from "@/lib/files/upload-rules";
import { assessorRecordScope, noRecordMessage } from "@/lib/professional-record/scope";
import { removeVerifications } from "@/lib/professional-record/verified";
import { staffFileKindPlurals } from "./labels";
import { recordStaffFileSchema, staffFileLimits } from "./schemas";

type RecordStaffFileSummary = {
  kind: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  /** The qualification (code) a certificate is for, or the CPD activity evidence supports. */
  for?: string;
  /** Centres' verifications of that qualification removed: its proof changed, so it is verified again. */
  verificationsRemoved?: number;
};

/**
 * Records a file the staff-file upload route has just stored (app/api/staff-files/route.ts, with
 * lib/files/receive-upload.ts) on the signed-in person's own professional record: a certificate
 * for one of their qualification rows, their CV or role profile, or evidence for one of their CPD
 * entries. Someone else's row is "not found"; the key must be one made for this person; the
 * sniffed type, the claimed type and the size pass the same decision as every upload; a person
 * keeps at most staffFileLimits files of each kind.
 *
 * A new certificate changes the proof behind its qualification: every centre's verification of
 * the qualification goes in the same transaction, so the qualification is verified again on what
 * is now on file (as when the claim itself changes, lib/professional-record/verified.ts).
 */
export const recordStaffFile = definePersonalAction({
  name: "staffFiles.record",
  audit: { label: "Added a file to their professional record", summary: auditSummary<RecordStaffFileSummary>() },
  input: recordStaffFileSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const scope = await assessorRecordScope(tx, access);
    if (!scope.keepsRecord) throw new AppError("FORBIDDEN", noRecordMessage);
    if (!input.storageKey.startsWith(`staff/${access.userId}/`)) {
      throw new AppError("INVALID_INPUT", undefined, { storageKey: ["Not a storage key made for you."] });
    }
    const decision = decideUpload(
      { byteSize: input.byteSize, sniffedType: input.contentType, claimedType: input.claimedType },
      uploadLimitBytes(process.env),
    );
    if (!decision.ok) throw new AppError("INVALID_INPUT", decision.message, { file: [decision.message] });
    const limit = staffFileLimits[input.kind];
    if ((await tx.staffFile.count({ where: { userId: access.userId, kind: input.kind } })) >= limit) {
      const message = `You already have ${limit} ${staffFileKindPlurals[input.kind]} on your record, the most Assay keeps. Remove one you no longer need, then add this one.`;
      throw new AppError("INVALID_INPUT", message, { file: [message] });
    }

    let staffQualificationId: string | null = null;
    let cpdEntryId: string | null = null;
    let target: string | undefined;
    let verificationsRemoved = 0;
    if (input.kind === "CERTIFICATE") {
      const qualification = await tx.staffQualification.findFirst({
        where: { id: input.staffQualificationId, userId: access.userId },
        select: { id: true, code: true },
      });
      if (!qualification) throw notFound("Qualification");
      staffQualificationId = qualification.id;
      target = qualification.code;
      verificationsRemoved = await removeVerifications(tx, { staffQualificationId });
    } else if (input.kind === "CPD_EVIDENCE") {
      const entry = await tx.cpdEntry.findFirst({
        where: { id: input.cpdEntryId, userId: access.userId },
        select: { id: true, description: true },
      });
      if (!entry) throw notFound("CPD activity");
      cpdEntryId = entry.id;
      target = entry.description.slice(0, 120);
    }
    const file = await tx.staffFile.create({
      data: {
        userId: access.userId,
        kind: input.kind,
        staffQualificationId,
        cpdEntryId,
        storageKey: input.storageKey,
        fileName: input.fileName,
        contentType: decision.contentType,
        byteSize: input.byteSize,
        sha256: input.sha256,
      },
    });
    await audit({
      centreId: null,
      targetType: "StaffFile",
      targetId: file.id,
      summary: {
        kind: file.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        ...(target ? { for: target } : {}),
        ...(verificationsRemoved > 0 ? { verificationsRemoved } : {}),
      },
    });
    const view: UploadedFileView = { id: file.id, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize };
    return view;
  },
});
