import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// Each centre's audit events form a hash chain: every event's hash covers its own content and
// the previous event's hash, so editing, removing or reordering any stored event breaks every
// later link. The hash is an HMAC keyed with a secret kept outside the database (the audit key),
// so someone who can write to the database cannot recompute a chain after editing it. Two
// checkpoints kept outside the database close the remaining gaps (docs/decisions/0002): the head
// anchor (a chain's newest sequence and hash, so a removed tail is noticed) and the legacy seal
// (which plain SHA-256 entries, written before the key existed, are genuine).
// jsonb reorders object keys, so content is hashed as canonical JSON (sorted keys).

/** 1: plain SHA-256, entries written before the audit key existed. 2: HMAC-SHA-256 with the audit key. */
export const hashVersions = { legacySha256: 1, hmacSha256: 2 } as const;
export const currentHashVersion = hashVersions.hmacSha256;

export type AuditEventContent = {
  chain: string;
  sequence: number;
  centreId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  occurredAt: Date;
};

export type ChainedAuditEvent = AuditEventContent & { previousHash: string; hash: string; hashVersion: number };

/** A chain's position: the newest sequence seen and that event's hash. */
export type ChainPoint = { chain: string; sequence: number; hash: string };

/** The secret, split into one key per use so that a MAC made for one can never pass as another. */
export type AuditKey = { readonly events: Buffer; readonly checkpoints: Buffer };

export const minimumAuditSecretLength = 32;

export function deriveAuditKey(secret: string): AuditKey {
  if (secret.length < minimumAuditSecretLength) {
    throw new Error(`The audit key must be at least ${minimumAuditSecretLength} characters long (ASSAY_AUDIT_KEY).`);
  }
  const derive = (purpose: string) => createHmac("sha256", secret).update(purpose).digest();
  return { events: derive("assay audit events v2"), checkpoints: derive("assay audit checkpoints v1") };
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

function contentPayload(content: AuditEventContent, previousHash: string): string {
  return canonicalJson({
    chain: content.chain,
    sequence: content.sequence,
    centreId: content.centreId,
    actorUserId: content.actorUserId,
    action: content.action,
    targetType: content.targetType,
    targetId: content.targetId,
    summary: content.summary,
    occurredAt: content.occurredAt.toISOString(),
    previousHash,
  });
}

/** The hash of a new entry: HMAC-SHA-256 with the audit key (hash version 2). */
export function auditEventHash(content: AuditEventContent, previousHash: string, key: AuditKey): string {
  return createHmac("sha256", key.events).update(contentPayload(content, previousHash)).digest("hex");
}

/** The plain SHA-256 of entries written before the audit key existed (hash version 1). */
export function legacyAuditEventHash(content: AuditEventContent, previousHash: string): string {
  return createHash("sha256").update(contentPayload(content, previousHash)).digest("hex");
}

/** Signs a checkpoint (a head anchor or a legacy seal) with the key's checkpoint part. */
export function signCheckpoint(key: AuditKey, payload: unknown): string {
  return createHmac("sha256", key.checkpoints).update(canonicalJson(payload)).digest("hex");
}

export function checkpointSignatureMatches(key: AuditKey, payload: unknown, signature: string): boolean {
  const expected = Buffer.from(signCheckpoint(key, payload), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type ChainVerification =
  { intact: true; checked: number } | { intact: false; checked: number; brokenAtSequence: number; reason: string };

export type ChainCheckpoints = {
  /** The newest head anchored outside the database for this chain, if any. */
  anchor?: { sequence: number; hash: string } | null;
  /** The last plain SHA-256 entry this chain had when the audit key was introduced, if any. */
  legacySeal?: { sequence: number; hash: string } | null;
};

/** Verifies the events of one chain, given in sequence order, against the key and the checkpoints. */
export function verifyAuditChain(
  events: readonly ChainedAuditEvent[],
  key: AuditKey,
  checkpoints: ChainCheckpoints = {},
): ChainVerification {
  const { anchor = null, legacySeal = null } = checkpoints;
  const broken = (sequence: number, reason: string): ChainVerification => ({
    intact: false,
    checked: sequence - 1,
    brokenAtSequence: sequence,
    reason,
  });
  let previousHash = "";
  let expectedSequence = 1;
  for (const event of events) {
    if (event.sequence !== expectedSequence) {
      return broken(expectedSequence, `Entry ${expectedSequence} is missing (found ${event.sequence} instead).`);
    }
    if (event.previousHash !== previousHash) return broken(event.sequence, `Entry ${event.sequence} does not link to the entry before it.`);
    if (event.hashVersion === hashVersions.hmacSha256) {
      if (auditEventHash(event, event.previousHash, key) !== event.hash) {
        return broken(event.sequence, `Entry ${event.sequence} was changed after it was recorded.`);
      }
    } else if (event.hashVersion === hashVersions.legacySha256 && legacySeal && event.sequence <= legacySeal.sequence) {
      // Unkeyed entries are genuine only up to the seal, and the sealed hash pins all of them.
      if (legacyAuditEventHash(event, event.previousHash) !== event.hash) {
        return broken(event.sequence, `Entry ${event.sequence} was changed after it was recorded.`);
      }
      if (event.sequence === legacySeal.sequence && event.hash !== legacySeal.hash) {
        return broken(event.sequence, `Entry ${event.sequence} does not match the checkpoint taken when entries started to be signed.`);
      }
    } else {
      return broken(event.sequence, `Entry ${event.sequence} is not signed with this installation's audit key.`);
    }
    if (anchor && event.sequence === anchor.sequence && event.hash !== anchor.hash) {
      return broken(event.sequence, `Entry ${event.sequence} does not match the checkpoint taken when it was recorded.`);
    }
    previousHash = event.hash;
    expectedSequence += 1;
  }
  const last = expectedSequence - 1;
  const recorded = Math.max(anchor?.sequence ?? 0, legacySeal?.sequence ?? 0);
  if (last < recorded) {
    const removed = last === 0 ? "Every entry was removed" : `Entries after number ${last} were removed`;
    return broken(last + 1, `${removed}: ${recorded} had been recorded.`);
  }
  return { intact: true, checked: events.length };
}
