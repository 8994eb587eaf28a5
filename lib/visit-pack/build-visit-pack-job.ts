import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import type { FileStorage } from "@/lib/storage/file-storage";
import { packIndexStorageKey, packStorageKey } from "./pack-paths";
import { planVisitPack } from "./pack-plan";
import { writePackZip } from "./write-pack-zip";

// The background job (lib/jobs, "visit-pack.build") that builds one requested pack: marks it
// building, plans it, streams the zip into the file storage with progress saved as it goes, then
// marks it ready, or failed with a message the admin sees beside "Try again". Safe to run twice:
// a second run of a pack that is ready does nothing, and a rerun rewrites the same storage keys.

const PROGRESS_EVERY_MS = 500;

export async function buildVisitPackJob(db: PrismaClient, storage: FileStorage, data: { packId: string; centreId: string }): Promise<void> {
  const pack = await db.visitPack.findFirst({
    where: { id: data.packId, centreId: data.centreId },
    select: { id: true, centreId: true, visitId: true, status: true, workInProgressCandidateIds: true },
  });
  if (!pack || pack.status === "READY") return;
  const where = { id: pack.id, centreId: pack.centreId };
  await db.visitPack.update({ where, data: { status: "BUILDING", startedAt: new Date(), filesDone: 0, error: null } });
  try {
    const plan = await planVisitPack(db, pack);
    await db.visitPack.update({ where, data: { filesTotal: plan.entryCount + 1 } });
    let savedAt = 0;
    const key = packStorageKey(pack);
    const result = await writePackZip(storage, key, plan, {
      builtAt: new Date(),
      onProgress: async (filesDone) => {
        if (Date.now() - savedAt < PROGRESS_EVERY_MS) return;
        savedAt = Date.now();
        await db.visitPack.update({ where, data: { filesDone } });
      },
    });
    await storage.put(packIndexStorageKey(pack), Buffer.from(result.servedIndexHtml, "utf8"));
    await db.visitPack.update({
      where,
      data: {
        status: "READY",
        storageKey: key,
        byteSize: BigInt(result.byteSize),
        filesDone: plan.entryCount + 1,
        finishedAt: new Date(),
        error:
          result.missing.length > 0 ? `${result.missing.length} files were missing from the file storage and are not in the pack.` : null,
      },
    });
  } catch (err) {
    logger.error({ err, packId: pack.id }, "visit pack build failed");
    await db.visitPack.update({
      where,
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        error: "The pack could not be built. Try again; if it fails again, tell your administrator.",
      },
    });
    throw err;
  }
}
