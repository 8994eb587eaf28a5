import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createDiskStorage } from "@/lib/storage/disk-storage";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { abandonedAfterDays, removeAbandonedUploads, unattachedCountMessage, unattachedUploadLimits } from "./unattached-uploads";
import { uploadFile } from "./upload-file";

// The cap on one person's unattached uploads (checked by the upload action) and the removal of
// abandoned ones (by the upload action for the uploader's own, and by the sweep over every
// centre). Files linked to a record are never counted or touched. Bytes go to a disk store in a
// temporary directory, the one getFileStorage() uses.

let root = "";
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "assay-unattached-test-"));
  process.env.ASSAY_FILES_DIR = root;
  (globalThis as { assayFileStorage?: unknown }).assayFileStorage = undefined;
});
afterAll(async () => {
  delete process.env.ASSAY_FILES_DIR;
  await fs.rm(root, { recursive: true, force: true });
});

const day = 24 * 60 * 60 * 1000;
const storage = () => createDiskStorage(root);

function uploadInput(world: AssessmentWorld, overrides: Record<string, unknown> = {}) {
  return {
    candidateId: world.candidateInA.id,
    fileName: "photo.jpg",
    claimedType: "image/jpeg",
    storageKey: `${world.centreA.id}/${randomUUID()}`,
    contentType: "image/jpeg",
    byteSize: 2048,
    sha256: "c".repeat(64),
    ...overrides,
  };
}

type Held = { uploadedById: string; createdAt?: Date; byteSize?: number; evidenceItemId?: string; activityId?: string; centreId?: string };

/** Files as the upload route leaves them: a row, and bytes under its key. */
async function held(world: AssessmentWorld, count: number, options: Held) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const centreId = options.centreId ?? world.centreA.id;
    const storageKey = `${centreId}/${randomUUID()}`;
    await storage().put(storageKey, randomBytes(16));
    const row = await getPrisma().storedFile.create({
      data: {
        centreId,
        candidateId: centreId === world.centreA.id ? world.candidateInA.id : world.candidateInB.id,
        storageKey,
        fileName: `held-${index}.jpg`,
        contentType: "image/jpeg",
        byteSize: options.byteSize ?? 1024,
        sha256: "d".repeat(64),
        uploadedById: options.uploadedById,
        evidenceItemId: options.evidenceItemId ?? null,
        activityId: options.activityId ?? null,
        ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

async function keysOf(ids: string[]) {
  return (await getPrisma().storedFile.findMany({ where: { id: { in: ids } }, select: { storageKey: true } })).map((row) => row.storageKey);
}

async function existing(keys: string[]) {
  return (await Promise.all(keys.map((key) => storage().exists(key)))).filter(Boolean).length;
}

describe("the cap on a person's unattached uploads", () => {
  it("refuses the 41st unattached file with the words, counting neither linked files nor other people's", async () => {
    const world = await createAssessmentWorld();
    const assessor = world.actor(world.assessorA.user.id, world.centreA.id);
    const mine = await held(world, unattachedUploadLimits.files, { uploadedById: world.assessorA.user.id });
    // Not counted: the candidate's own, the assessor's linked ones.
    await held(world, 3, { uploadedById: world.candidateA.user.id });
    await held(world, 2, { uploadedById: world.assessorA.user.id, activityId: world.inCentreA.activity.id });

    const before = await getPrisma().storedFile.count({ where: { centreId: world.centreA.id } });
    const refused = await runAction(uploadFile, assessor, uploadInput(world));
    const message = unattachedCountMessage(40);
    expect(message).toBe("You have 40 files not yet added to any evidence or activity. Add them or remove some before uploading more.");
    expect(refused).toEqual({ ok: false, code: "CONFLICT", message, fieldErrors: { file: [message] } });
    expect(await getPrisma().storedFile.count({ where: { centreId: world.centreA.id } })).toBe(before);
    expect(await getPrisma().auditEvent.count({ where: { centreId: world.centreA.id, action: "files.upload" } })).toBe(0);

    // The candidate is not held back by the assessor's files.
    expect(await runAction(uploadFile, world.actor(world.candidateA.user.id, world.centreA.id), uploadInput(world))).toMatchObject({
      ok: true,
    });
    // Once one is saved with a record there is room again.
    await getPrisma().storedFile.update({ where: { id: mine[0]! }, data: { evidenceItemId: world.inCentreA.evidence.id } });
    expect(await runAction(uploadFile, assessor, uploadInput(world))).toMatchObject({ ok: true });
    expect(await runAction(uploadFile, assessor, uploadInput(world))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a file that would take the person's unattached files past 500 MB", async () => {
    const world = await createAssessmentWorld();
    const candidate = world.actor(world.candidateA.user.id, world.centreA.id);
    await held(world, 1, { uploadedById: world.candidateA.user.id, byteSize: unattachedUploadLimits.bytes - 1024 * 1024 });
    const tooMuch = await runAction(uploadFile, candidate, uploadInput(world, { byteSize: 1024 * 1024 + 1 }));
    expect(tooMuch).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: {
        file: [
          "Your files not yet added to any evidence or activity would come to more than 500 MB. Add them or remove some before uploading more.",
        ],
      },
    });
    expect(await runAction(uploadFile, candidate, uploadInput(world, { byteSize: 1024 * 1024 }))).toMatchObject({ ok: true });
  });

  it("concurrent uploads by one person cannot together pass the cap", async () => {
    const world = await createAssessmentWorld();
    const assessor = world.actor(world.assessorA.user.id, world.centreA.id);
    await held(world, unattachedUploadLimits.files - 2, { uploadedById: world.assessorA.user.id });
    const results = await Promise.all(Array.from({ length: 5 }, () => runAction(uploadFile, assessor, uploadInput(world))));
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok && result.code === "CONFLICT")).toHaveLength(3);
    expect(
      await getPrisma().storedFile.count({
        where: { centreId: world.centreA.id, uploadedById: world.assessorA.user.id, evidenceItemId: null, activityId: null },
      }),
    ).toBe(unattachedUploadLimits.files);
  });
});

describe("removing abandoned uploads", () => {
  it("the sweep deletes unattached files older than a week, row and bytes, at every centre, and nothing else", async () => {
    const world = await createAssessmentWorld();
    const now = new Date();
    const old = new Date(now.getTime() - (abandonedAfterDays + 1) * day);
    const recent = new Date(now.getTime() - (abandonedAfterDays - 1) * day);
    const abandoned = [
      ...(await held(world, 2, { uploadedById: world.assessorA.user.id, createdAt: old })),
      ...(await held(world, 1, { uploadedById: world.candidateUserB.id, createdAt: old, centreId: world.centreB.id })),
    ];
    const kept = [
      ...(await held(world, 1, { uploadedById: world.assessorA.user.id, createdAt: recent })),
      ...(await held(world, 1, { uploadedById: world.assessorA.user.id, createdAt: old, evidenceItemId: world.inCentreA.evidence.id })),
      ...(await held(world, 1, { uploadedById: world.assessorA.user.id, createdAt: old, activityId: world.inCentreA.activity.id })),
    ];
    const abandonedKeys = await keysOf(abandoned);
    const keptKeys = await keysOf(kept);

    // In batches: the limit is respected, and a second run takes the rest.
    expect(await removeAbandonedUploads(getPrisma(), storage(), { now, limit: 2 })).toBe(2);
    expect(await removeAbandonedUploads(getPrisma(), storage(), { now, limit: 2 })).toBe(1);
    expect(await removeAbandonedUploads(getPrisma(), storage(), { now, limit: 2 })).toBe(0);

    expect(await getPrisma().storedFile.count({ where: { id: { in: abandoned } } })).toBe(0);
    expect(await existing(abandonedKeys)).toBe(0);
    expect(await getPrisma().storedFile.count({ where: { id: { in: kept } } })).toBe(kept.length);
    expect(await existing(keptKeys)).toBe(kept.length);
    // The factory's file (linked to evidence) stays too.
    expect(await getPrisma().storedFile.count({ where: { id: world.inCentreA.file.id } })).toBe(1);
  });

  it("an upload removes a few of the uploader's own abandoned files first, so forgotten ones never block them", async () => {
    const world = await createAssessmentWorld();
    const old = new Date(Date.now() - (abandonedAfterDays + 2) * day);
    // The person is at the cap, every file of it abandoned.
    const forgotten = await held(world, unattachedUploadLimits.files, { uploadedById: world.assessorA.user.id, createdAt: old });
    const othersOld = await held(world, 2, { uploadedById: world.candidateA.user.id, createdAt: old });
    const forgottenKeys = await keysOf(forgotten);

    const result = await runAction(uploadFile, world.actor(world.assessorA.user.id, world.centreA.id), uploadInput(world));
    expect(result).toMatchObject({ ok: true });
    const left = await getPrisma().storedFile.count({ where: { id: { in: forgotten } } });
    expect(left).toBe(unattachedUploadLimits.files - 10);
    expect(await existing(forgottenKeys)).toBe(left);
    // Another person's abandoned files are theirs to lose, at their next upload or the sweep.
    expect(await getPrisma().storedFile.count({ where: { id: { in: othersOld } } })).toBe(2);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "files.upload" } });
    expect((audit.summary as { abandonedRemoved?: unknown[] }).abandonedRemoved).toHaveLength(10);
  });

  it("a refused upload removes nothing", async () => {
    const world = await createAssessmentWorld();
    const old = new Date(Date.now() - (abandonedAfterDays + 2) * day);
    const forgotten = await held(world, 1, { uploadedById: world.assessorA.user.id, createdAt: old });
    const refused = await runAction(
      uploadFile,
      world.actor(world.assessorA.user.id, world.centreA.id),
      uploadInput(world, { storageKey: `${world.centreB.id}/${randomUUID()}` }),
    );
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await getPrisma().storedFile.count({ where: { id: { in: forgotten } } })).toBe(1);
    expect(await existing(await keysOf(forgotten))).toBe(1);
  });
});
