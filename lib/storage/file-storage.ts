import "server-only";
import type { Readable } from "node:stream";

// Where evidence files' bytes live. One interface, two backends (disk-storage.ts, s3-storage.ts),
// chosen by settings.ts; file-storage.test.ts runs one contract suite against both. Keys are made
// by Assay (random ids), never from a person's file name, and are validated here so that no key
// can name anything outside the store.

export type StoredObject = {
  /** The bytes, read as they are needed. */
  body: Readable;
  byteSize: number;
};

export interface FileStorage {
  /** "disk" or "s3", for the start-up line and logs. */
  readonly kind: "disk" | "s3";
  /** Where the files are, in words for operators (never a secret). */
  readonly description: string;
  /**
   * Stores the bytes under the key, replacing what was there. A stream that fails (or is
   * destroyed with an error) leaves nothing under the key and rejects with that error.
   */
  put(key: string, body: Readable | Uint8Array): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** One to eight segments of letters, digits, "-" and "_", joined by "/": no dots, so never "..". */
const keyPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(?:\/[A-Za-z0-9][A-Za-z0-9_-]{0,99}){0,7}$/;

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Not a valid storage key: ${JSON.stringify(key.slice(0, 120))}.`);
    this.name = "InvalidStorageKeyError";
  }
}

/** The key, if it is one Assay could have made; otherwise throws InvalidStorageKeyError. */
export function validStorageKey(key: string): string {
  if (typeof key !== "string" || !keyPattern.test(key)) throw new InvalidStorageKeyError(String(key));
  return key;
}

export function isValidStorageKey(key: string): boolean {
  return keyPattern.test(key);
}
