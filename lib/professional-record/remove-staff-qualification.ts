import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { removeStaffQualificationSchema } from "./schemas";

/**
 * Removes one of the signed-in person's own qualification entries (someone else's is "not found"),
 * with its certificate files: the rows in the action's transaction, the bytes after it commits.
 */
export const removeStaffQualification = definePersonalAction({
  name: "assessorRecord.removeQualification",
  audit: {
    label: "Removed an assessor or IQA qualification",
    summary: auditSummary<{ code: string; held: boolean; certificatesRemoved?: { fileName: string; sha256: string }[] }>(),
  },
  input: removeStaffQualificationSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, afterCommit }) {
    const row = await tx.staffQualification.findFirst({
      where: { id: input.staffQualificationId, userId: access.userId },
      include: { certificates: { select: { storageKey: true, fileName: true, sha256: true } } },
    });
    if (!row) throw notFound("Qualification");
    await tx.staffFile.deleteMany({ where: { staffQualificationId: row.id, userId: access.userId } });
    await tx.staffQualification.deleteMany({ where: { id: row.id, userId: access.userId } });
    if (row.certificates.length > 0) {
      afterCommit(async () => {
        for (const file of row.certificates) {
          try {
            await getFileStorage().delete(file.storageKey);
          } catch (error) {
            logger.error({ err: error, storageKey: file.storageKey }, "could not delete a removed certificate's bytes");
          }
        }
      });
    }
    await audit({
      centreId: null,
      targetType: "StaffQualification",
      targetId: row.id,
      summary: {
        code: row.code,
        held: row.held,
        ...(row.certificates.length > 0
          ? { certificatesRemoved: row.certificates.map(({ fileName, sha256 }) => ({ fileName, sha256 })) }
          : {}),
      },
    });
    return { id: row.id };
  },
});
