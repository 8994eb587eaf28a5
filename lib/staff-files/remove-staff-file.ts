import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { removeVerifications } from "@/lib/professional-record/verified";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { removeStaffFileSchema } from "./schemas";

/**
 * Removes a file from the signed-in person's own professional record (someone else's is "not
 * found", even for those who may read it). The row goes in the action's transaction; the bytes
 * after it commits. The audit entry keeps the file's name and SHA-256.
 *
 * A certificate is the proof a centre verified its qualification on: removing it removes every
 * centre's verification of that qualification in the same transaction (it needs verifying again,
 * as a changed claim does), and the audit entry says how many went.
 */
export const removeStaffFile = definePersonalAction({
  name: "staffFiles.remove",
  audit: {
    label: "Removed a file from their professional record",
    summary: auditSummary<{ kind: string; fileName: string; sha256: string; for?: string; verificationsRemoved?: number }>(),
  },
  input: removeStaffFileSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, afterCommit }) {
    const file = await tx.staffFile.findFirst({
      where: { id: input.staffFileId, userId: access.userId },
      include: { staffQualification: { select: { code: true } } },
    });
    if (!file) throw notFound("File");
    await tx.staffFile.deleteMany({ where: { id: file.id, userId: access.userId } });
    const verificationsRemoved =
      file.kind === "CERTIFICATE" && file.staffQualificationId
        ? await removeVerifications(tx, { staffQualificationId: file.staffQualificationId })
        : 0;
    afterCommit(async () => {
      try {
        await getFileStorage().delete(file.storageKey);
      } catch (error) {
        logger.error({ err: error, storageKey: file.storageKey }, "could not delete a removed professional-record file's bytes");
      }
    });
    await audit({
      centreId: null,
      targetType: "StaffFile",
      targetId: file.id,
      summary: {
        kind: file.kind,
        fileName: file.fileName,
        sha256: file.sha256,
        ...(file.staffQualification ? { for: file.staffQualification.code } : {}),
        ...(verificationsRemoved > 0 ? { verificationsRemoved } : {}),
      },
    });
    return { id: file.id };
  },
});
