import "server-only";
import { createDiskStorage } from "./disk-storage";
import type { FileStorage } from "./file-storage";
import { createS3Storage } from "./s3-storage";
import { storageSettings, type StorageSettings } from "./settings";

export function createFileStorage(settings: StorageSettings): FileStorage {
  return settings.kind === "disk" ? createDiskStorage(settings.root) : createS3Storage(settings);
}

const cache = globalThis as unknown as { assayFileStorage?: FileStorage };

/** The backend the environment names, made once per process. */
export function getFileStorage(): FileStorage {
  cache.assayFileStorage ??= createFileStorage(storageSettings());
  return cache.assayFileStorage;
}
