import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { validStorageKey, type FileStorage, type StoredObject } from "./file-storage";

// Files on the app's own disk, under one root directory (by default `files` in the data
// directory). A file is written under `.partial/` first and renamed into place once complete, so
// a half-written upload is never readable under its key. Directories are 0700 and files 0600.

const partialDir = ".partial";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export function createDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);

  /** The key's path: validated, and checked again to lie under the root. */
  function pathOf(key: string): string {
    const segments = validStorageKey(key).split("/");
    const resolved = path.resolve(base, ...segments);
    if (!resolved.startsWith(base + path.sep)) throw new Error("A storage key resolved outside the storage directory.");
    return resolved;
  }

  return {
    kind: "disk",
    description: `on disk in ${base}`,

    async put(key, body) {
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      await fs.mkdir(path.join(base, partialDir), { recursive: true, mode: 0o700 });
      const partial = path.join(base, partialDir, randomUUID());
      try {
        const source = body instanceof Uint8Array ? Readable.from([body]) : body;
        await pipeline(source, createWriteStream(partial, { flags: "wx", mode: 0o600 }));
        await fs.rename(partial, target);
      } catch (error) {
        await fs.rm(partial, { force: true });
        throw error;
      }
    },

    async get(key): Promise<StoredObject | null> {
      const file = pathOf(key);
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(file, "r");
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) {
          await handle.close();
          return null;
        }
        // The stream owns the handle from here and closes it when done or destroyed.
        return { body: handle.createReadStream({ autoClose: true }), byteSize: stat.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await fs.stat(pathOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}
