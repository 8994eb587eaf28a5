import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { cpdEntrySummary, type CpdEntrySummary } from "./cpd-inputs";
import { removeCpdEntrySchema } from "./schemas";
import { staleCpdEntryMessage } from "./update-cpd-entry";

/**
 * Removes an activity from the signed-in person's own CPD log, with its evidence files (the rows
 * in the action's transaction, the bytes after it commits). An older version is refused.
 */
export const removeCpdEntry = definePersonalAction({
  name: "cpd.remove",
  audit: {
    label: "Removed a CPD activity",
    summary: auditSummary<CpdEntrySummary & { evidenceRemoved?: { fileName: string; sha256: string }[] }>(),
  },
  input: removeCpdEntrySchema,
  permission: "home.view",
  async handler(input, { tx, access, audit, afterCommit }) {
    const row = await tx.cpdEntry.findFirst({
      where: { id: input.cpdEntryId, userId: access.userId },
      include: { files: { select: { id: true, storageKey: true, fileName: true, sha256: true } } },
    });
    if (!row) throw notFound("CPD activity");
    if (row.version !== input.version) throw new AppError("STALE", staleCpdEntryMessage);
    await tx.staffFile.deleteMany({ where: { cpdEntryId: row.id, userId: access.userId } });
    const { count } = await tx.cpdEntry.deleteMany({ where: { id: row.id, userId: access.userId, version: input.version } });
    if (count === 0) throw new AppError("STALE", staleCpdEntryMessage);
    if (row.files.length > 0) {
      afterCommit(async () => {
        for (const file of row.files) {
          try {
            await getFileStorage().delete(file.storageKey);
          } catch (error) {
            logger.error({ err: error, storageKey: file.storageKey }, "could not delete a removed CPD evidence file's bytes");
          }
        }
      });
    }
    await audit({
      centreId: null,
      targetType: "CpdEntry",
      targetId: row.id,
      summary: {
        ...cpdEntrySummary(row),
        ...(row.files.length > 0 ? { evidenceRemoved: row.files.map(({ fileName, sha256 }) => ({ fileName, sha256 })) } : {}),
      },
    });
    return { id: row.id };
  },
});
