import { createHash } from "node:crypto";

// What is signed must hash the same however its keys were ordered: objects are written with
// sorted keys, dates as ISO strings, undefined dropped (as JSON does).

export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, normalise(item)]));
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The SHA-256 of exactly what a signer sees: the canonical JSON of the record's content. */
export function contentSha256(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}
