import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import type { FileStorage } from "@/lib/storage/file-storage";

// Files are uploaded before the record they belong to is saved (POST /api/candidates/{id}/files),
// so an upload can be left unattached: the form was abandoned, the phone went flat. Two limits
// keep that from growing without end:
// - a cap on what one person may hold unattached at one centre, checked by the upload action
//   before it records another file (lib/files/upload-file.ts);
// - abandoned uploads (unattached for longer than a week) are deleted, row and bytes. The upload
//   action removes a few of the uploader's own each time they upload (before the cap is checked,
//   so forgotten files never block them), which needs no timer of its own; removeAbandonedUploads
//   without an uploader sweeps every centre, for the scheduled job of issue 10 to run daily.
// A file linked to an evidence item or an activity is never touched by either.

/**
 * One person's unattached uploads at one centre: at most 40 files and 500 MB. A form rarely has
 * more than a dozen photos, and 40 at the 25 MB upload limit would be 1 GB, so the size cap bites
 * only for large files. (Soft against a flood of simultaneous uploads: each upload waits for the
 * previous one's check, see the advisory lock below.)
 */
export const unattachedUploadLimits = { files: 40, bytes: 500 * 1024 * 1024 } as const;
/** An unattached upload older than this is abandoned and deleted. */
export const abandonedAfterDays = 7;
/** How many of their own abandoned uploads the upload action removes at a time. */
export const abandonedRemovedPerUpload = 10;

type Db = PrismaClient | Prisma.TransactionClient;

const unattached = { evidenceItemId: null, activityId: null } as const;

export function unattachedCountMessage(files: number) {
  return `You have ${files} files not yet added to any evidence or activity. Add them or remove some before uploading more.`;
}

export function unattachedSizeMessage(limitBytes: number) {
  return `Your files not yet added to any evidence or activity would come to more than ${Math.round(limitBytes / (1024 * 1024))} MB. Add them or remove some before uploading more.`;
}

/**
 * Refuses (CONFLICT, on the field `file`) another upload by this person at this centre when
 * their unattached files already reach the cap, or this one would take them past its size.
 * Runs inside the upload action's transaction, serialised per person and centre.
 */
export async function assertUnattachedRoom(
  tx: Prisma.TransactionClient,
  who: { centreId: string; uploadedById: string },
  byteSize: number,
  limits: { files: number; bytes: number } = unattachedUploadLimits,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`unattached-uploads:${who.centreId}:${who.uploadedById}`}))`;
  const held = await tx.storedFile.aggregate({
    where: { centreId: who.centreId, uploadedById: who.uploadedById, ...unattached },
    _count: { _all: true },
    _sum: { byteSize: true },
  });
  const files = held._count._all;
  const bytes = held._sum.byteSize ?? 0;
  let message: string | null = null;
  if (files >= limits.files) message = unattachedCountMessage(files);
  else if (bytes + byteSize > limits.bytes) message = unattachedSizeMessage(limits.bytes);
  if (message) throw new AppError("CONFLICT", message, { file: [message] });
}

export type RemovedUpload = { id: string; centreId: string; storageKey: string; fileName: string; sha256: string };

/**
 * Deletes the rows of abandoned uploads (unattached, created more than `abandonedAfterDays` before
 * `now`), oldest first, at most `limit`; only one person's at one centre when `who` is given.
 * Each row is deleted only if it is still unattached at that moment, so a file linked meanwhile
 * stays. Returns what was deleted: the caller deletes the bytes once this has committed.
 */
export async function removeAbandonedUploadRows(
  db: Db,
  options: { now: Date; limit: number; who?: { centreId: string; uploadedById: string } },
): Promise<RemovedUpload[]> {
  const cutoff = new Date(options.now.getTime() - abandonedAfterDays * 24 * 60 * 60 * 1000);
  const candidates = await db.storedFile.findMany({
    where: {
      ...unattached,
      createdAt: { lt: cutoff },
      ...(options.who ? { centreId: options.who.centreId, uploadedById: options.who.uploadedById } : {}),
    },
    orderBy: { createdAt: "asc" },
    take: options.limit,
    select: { id: true, centreId: true, storageKey: true, fileName: true, sha256: true },
  });
  const removed: RemovedUpload[] = [];
  for (const file of candidates) {
    const { count } = await db.storedFile.deleteMany({ where: { id: file.id, centreId: file.centreId, ...unattached } });
    if (count === 1) removed.push(file);
  }
  return removed;
}

/** Deletes the bytes of removed uploads; a failure is logged (the row is gone either way). */
export async function deleteRemovedBytes(storage: FileStorage, removed: readonly RemovedUpload[]): Promise<void> {
  for (const file of removed) {
    try {
      await storage.delete(file.storageKey);
    } catch (error) {
      logger.error({ err: error, fileId: file.id, storageKey: file.storageKey }, "could not delete the bytes of an abandoned upload");
    }
  }
}

/**
 * The sweep over every centre, for a scheduled job (issue 10): deletes up to `limit` abandoned
 * uploads, rows then bytes, and says how many went. Run it again while it returns `limit`.
 */
export async function removeAbandonedUploads(
  db: PrismaClient,
  storage: FileStorage,
  options: { now?: Date; limit?: number } = {},
): Promise<number> {
  const removed = await db.$transaction((tx) =>
    removeAbandonedUploadRows(tx, { now: options.now ?? new Date(), limit: options.limit ?? 500 }),
  );
  await deleteRemovedBytes(storage, removed);
  if (removed.length > 0) logger.info({ removed: removed.length }, "abandoned uploads removed");
  return removed.length;
}
