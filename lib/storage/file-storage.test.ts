import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataRoot } from "@/lib/db/data-dir";
import { createDiskStorage } from "./disk-storage";
import { InvalidStorageKeyError, type FileStorage } from "./file-storage";
import { storageSettings } from "./settings";
import { startTestS3Server } from "./test-s3-server";

// One contract, two backends: the disk in a temporary directory, and S3 against a real
// S3-compatible server (s3rver) started here on a free port.

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A stream of the bytes in uneven chunks, as a network delivers them. */
function chunked(bytes: Buffer, size = 65_521): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
    })(),
  );
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const newKey = () => `centre-${randomUUID()}/${randomUUID()}`;

const invalidKeys = [
  "",
  "../escape",
  "a/../../b",
  "/absolute",
  "a//b",
  "a/",
  "a\\b",
  "a/.hidden",
  "file.jpg",
  ".partial/x",
  "a b",
  "a\nb",
  "%2e%2e/x",
  "x".repeat(101),
  Array.from({ length: 9 }, () => "s").join("/"),
];

function contract(name: string, setup: () => Promise<{ storage: FileStorage; stop: () => Promise<void> }>) {
  describe(`file storage contract: ${name}`, () => {
    let storage: FileStorage;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, stop } = await setup());
    }, 30_000);
    afterAll(async () => stop?.());

    it("round-trips a small buffer exactly and reports its size", async () => {
      const key = newKey();
      const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]);
      await storage.put(key, bytes);
      const stored = await storage.get(key);
      expect(stored?.byteSize).toBe(bytes.length);
      expect(await readAll(stored!.body)).toEqual(bytes);
      expect(await storage.exists(key)).toBe(true);
    });

    it("round-trips a multi-megabyte stream exactly", async () => {
      const key = newKey();
      const bytes = randomBytes(7 * 1024 * 1024 + 123);
      await storage.put(key, chunked(bytes));
      const stored = await storage.get(key);
      expect(stored?.byteSize).toBe(bytes.length);
      const back = await readAll(stored!.body);
      expect(back.length).toBe(bytes.length);
      expect(sha256(back)).toBe(sha256(bytes));
    }, 30_000);

    it("stores an empty file", async () => {
      const key = newKey();
      await storage.put(key, Buffer.alloc(0));
      const stored = await storage.get(key);
      expect(stored?.byteSize).toBe(0);
      expect((await readAll(stored!.body)).length).toBe(0);
    });

    it("replaces what was stored under a key", async () => {
      const key = newKey();
      await storage.put(key, Buffer.from("first version"));
      await storage.put(key, chunked(Buffer.from("second")));
      expect((await readAll((await storage.get(key))!.body)).toString()).toBe("second");
    });

    it("answers null and false for a key with nothing stored, and deleting it is not an error", async () => {
      const key = newKey();
      expect(await storage.get(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it("deletes", async () => {
      const key = newKey();
      await storage.put(key, Buffer.from("to be deleted"));
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      expect(await storage.get(key)).toBeNull();
    });

    it("keeps nothing when the stream fails part-way", async () => {
      const key = newKey();
      const failing = new Readable({
        read() {
          this.push(randomBytes(256 * 1024));
          setImmediate(() => this.destroy(new Error("the connection dropped")));
        },
      });
      await expect(storage.put(key, failing)).rejects.toThrow();
      expect(await storage.exists(key)).toBe(false);
    });

    it("refuses every key Assay could not have made, in every method", async () => {
      for (const key of invalidKeys) {
        await expect(storage.put(key, Buffer.from("x")), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.exists(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      }
    });
  });
}

let diskRoot = "";
contract("disk", async () => {
  diskRoot = await fs.mkdtemp(path.join(os.tmpdir(), "assay-files-"));
  return { storage: createDiskStorage(path.join(diskRoot, "files")), stop: () => fs.rm(diskRoot, { recursive: true, force: true }) };
});
contract("S3 (s3rver)", startTestS3Server);

describe("disk storage", () => {
  it("keeps each file under its root, readable by the app's user only, and nothing half-written", async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), "assay-files-"));
    try {
      const root = path.join(parent, "files");
      const storage = createDiskStorage(root);
      const key = "centre-1/file-1";
      await storage.put(key, Buffer.from("evidence"));
      const file = path.join(root, "centre-1", "file-1");
      expect(await fs.readFile(file, "utf8")).toBe("evidence");
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
      expect((await fs.stat(path.join(root, "centre-1"))).mode & 0o777).toBe(0o700);
      expect(await fs.readdir(path.join(root, ".partial"))).toEqual([]);
      expect(await fs.readdir(parent)).toEqual(["files"]);
    } finally {
      await fs.rm(parent, { recursive: true, force: true });
    }
  });
});

describe("storage settings", () => {
  it("defaults to disk under the data directory, with nothing to configure", () => {
    expect(storageSettings({})).toEqual({ kind: "disk", root: path.join(dataRoot(), "files") });
    expect(storageSettings({ ASSAY_FILES_DIR: "/mnt/evidence" })).toEqual({ kind: "disk", root: "/mnt/evidence" });
  });

  it("reads an S3-compatible store from the environment", () => {
    expect(
      storageSettings({
        ASSAY_STORAGE: "s3",
        ASSAY_S3_BUCKET: "evidence",
        ASSAY_S3_ENDPOINT: "http://127.0.0.1:9000",
        ASSAY_S3_PREFIX: "assay/",
      }),
    ).toEqual({
      kind: "s3",
      bucket: "evidence",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      prefix: "assay/",
    });
    expect(storageSettings({ ASSAY_STORAGE: "S3", ASSAY_S3_BUCKET: "b", AWS_REGION: "eu-west-2" })).toMatchObject({
      region: "eu-west-2",
      forcePathStyle: false,
      endpoint: undefined,
    });
    expect(
      storageSettings({ ASSAY_STORAGE: "s3", ASSAY_S3_BUCKET: "b", ASSAY_S3_REGION: "eu-west-1", ASSAY_S3_FORCE_PATH_STYLE: "true" }),
    ).toMatchObject({
      region: "eu-west-1",
      forcePathStyle: true,
    });
  });

  it("says what is wrong with a setting", () => {
    expect(() => storageSettings({ ASSAY_STORAGE: "ftp" })).toThrow(/ASSAY_STORAGE must be "disk" or "s3"/);
    expect(() => storageSettings({ ASSAY_STORAGE: "s3" })).toThrow(/needs ASSAY_S3_BUCKET/);
    expect(() => storageSettings({ ASSAY_STORAGE: "s3", ASSAY_S3_BUCKET: "b", ASSAY_S3_FORCE_PATH_STYLE: "maybe" })).toThrow(
      /true or false/,
    );
    expect(() => storageSettings({ ASSAY_STORAGE: "s3", ASSAY_S3_BUCKET: "b", ASSAY_S3_ENDPOINT: "minio:9000" })).toThrow(/web address/);
    expect(() => storageSettings({ ASSAY_STORAGE: "s3", ASSAY_S3_BUCKET: "b", ASSAY_S3_PREFIX: "../x" })).toThrow(/ASSAY_S3_PREFIX/);
  });
});
