import { describe, expect, it } from "vitest";
import {
  auditEventHash,
  canonicalJson,
  checkpointSignatureMatches,
  deriveAuditKey,
  hashVersions,
  legacyAuditEventHash,
  signCheckpoint,
  verifyAuditChain,
  type AuditEventContent,
  type ChainedAuditEvent,
} from "./hash-chain";

const key = deriveAuditKey("k".repeat(32));
const otherKey = deriveAuditKey("o".repeat(32));

function content(sequence: number): AuditEventContent {
  return {
    chain: "centre-1",
    sequence,
    centreId: "centre-1",
    actorUserId: "user-1",
    action: "staff.add",
    targetType: "Membership",
    targetId: `m-${sequence}`,
    summary: { after: { role: "ASSESSOR", name: `Person ${sequence}` } },
    occurredAt: new Date(Date.UTC(2026, 10, 22, 9, 0, sequence)),
  };
}

/** A chain whose first `legacy` entries are plain SHA-256 (written before the key) and the rest keyed. */
function chainOf(count: number, options: { legacy?: number } = {}): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let previousHash = "";
  for (let sequence = 1; sequence <= count; sequence++) {
    const legacy = sequence <= (options.legacy ?? 0);
    const hash = legacy ? legacyAuditEventHash(content(sequence), previousHash) : auditEventHash(content(sequence), previousHash, key);
    events.push({ ...content(sequence), previousHash, hash, hashVersion: legacy ? hashVersions.legacySha256 : hashVersions.hmacSha256 });
    previousHash = hash;
  }
  return events;
}

/** What someone with write access to the database but not the key can do: recompute plain SHA-256 from `from` on. */
function recomputedWithPlainSha256(events: ChainedAuditEvent[], from: number): ChainedAuditEvent[] {
  const result = events.map((event) => ({ ...event }));
  for (let i = from - 1; i < result.length; i++) {
    const event = result[i]!;
    event.previousHash = i === 0 ? "" : result[i - 1]!.hash;
    event.hash = legacyAuditEventHash(event, event.previousHash);
    event.hashVersion = hashVersions.legacySha256;
  }
  return result;
}

const head = (events: ChainedAuditEvent[]) => ({ sequence: events.at(-1)!.sequence, hash: events.at(-1)!.hash });

describe("audit hash chain", () => {
  it("canonical JSON ignores key order, as jsonb does not keep it", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 2, f: 1 }] }, b: 1 }),
    );
  });

  it("keys entries with an HMAC: another key gives another hash, and neither is the plain SHA-256", () => {
    const keyed = auditEventHash(content(1), "", key);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash(content(1), "", otherKey)).not.toBe(keyed);
    expect(legacyAuditEventHash(content(1), "")).not.toBe(keyed);
  });

  it("refuses a short audit key", () => {
    expect(() => deriveAuditKey("too short")).toThrow(/at least 32 characters/);
  });

  it("an untouched chain verifies, with or without its checkpoint", () => {
    const events = chainOf(5);
    expect(verifyAuditChain(events, key)).toEqual({ intact: true, checked: 5 });
    expect(verifyAuditChain(events, key, { anchor: head(events) })).toEqual({ intact: true, checked: 5 });
  });

  it("an empty chain verifies", () => {
    expect(verifyAuditChain([], key)).toEqual({ intact: true, checked: 0 });
  });

  it("a chain checked with another key does not verify", () => {
    expect(verifyAuditChain(chainOf(2), otherKey)).toMatchObject({ intact: false, brokenAtSequence: 1 });
  });

  it("a changed summary is detected at that event", () => {
    const events = chainOf(5);
    events[2] = { ...events[2]!, summary: { after: { role: "IQA" } } };
    expect(verifyAuditChain(events, key)).toMatchObject({
      intact: false,
      brokenAtSequence: 3,
      reason: "Entry 3 was changed after it was recorded.",
    });
  });

  it("a changed actor or time is detected", () => {
    const byActor = chainOf(3);
    byActor[0] = { ...byActor[0]!, actorUserId: "someone-else" };
    expect(verifyAuditChain(byActor, key)).toMatchObject({ intact: false, brokenAtSequence: 1 });
    const byTime = chainOf(3);
    byTime[1] = { ...byTime[1]!, occurredAt: new Date(0) };
    expect(verifyAuditChain(byTime, key)).toMatchObject({ intact: false, brokenAtSequence: 2 });
  });

  it("a removed event is detected", () => {
    const events = chainOf(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events, key)).toMatchObject({ intact: false, brokenAtSequence: 2 });
  });

  it("a rewritten event with a recomputed keyed hash still breaks the next link", () => {
    const events = chainOf(4);
    const forged = { ...events[1]!, summary: { forged: true } };
    forged.hash = auditEventHash(forged, forged.previousHash, key);
    events[1] = forged;
    expect(verifyAuditChain(events, key)).toMatchObject({ intact: false, brokenAtSequence: 3 });
  });

  it("an edit with the whole chain recomputed as plain SHA-256 is detected", () => {
    const events = chainOf(4);
    events[1] = { ...events[1]!, summary: { forged: true } };
    expect(verifyAuditChain(recomputedWithPlainSha256(events, 2), key)).toMatchObject({
      intact: false,
      brokenAtSequence: 2,
      reason: "Entry 2 is not signed with this installation's audit key.",
    });
    // Claiming the plain hash is a keyed one does not help either.
    const claimed = recomputedWithPlainSha256(events, 1).map((event) => ({ ...event, hashVersion: hashVersions.hmacSha256 }));
    expect(verifyAuditChain(claimed, key)).toMatchObject({ intact: false, brokenAtSequence: 1 });
  });

  it("a removed tail is detected against the checkpoint of the chain's head", () => {
    const events = chainOf(5);
    const anchor = head(events);
    expect(verifyAuditChain(events.slice(0, 3), key, { anchor })).toEqual({
      intact: false,
      checked: 3,
      brokenAtSequence: 4,
      reason: "Entries after number 3 were removed: 5 had been recorded.",
    });
    expect(verifyAuditChain([], key, { anchor })).toMatchObject({
      intact: false,
      brokenAtSequence: 1,
      reason: "Every entry was removed: 5 had been recorded.",
    });
  });

  it("entries added after the checkpoint verify; a checkpointed entry replaced by another does not", () => {
    const events = chainOf(5);
    expect(verifyAuditChain(events, key, { anchor: { sequence: 3, hash: events[2]!.hash } })).toEqual({ intact: true, checked: 5 });
    expect(verifyAuditChain(events, key, { anchor: { sequence: 3, hash: events[1]!.hash } })).toMatchObject({
      intact: false,
      brokenAtSequence: 3,
      reason: "Entry 3 does not match the checkpoint taken when it was recorded.",
    });
  });

  it("accepts plain SHA-256 entries only as far as the seal taken when signing began", () => {
    const events = chainOf(5, { legacy: 3 });
    const legacySeal = { sequence: 3, hash: events[2]!.hash };
    expect(verifyAuditChain(events, key, { legacySeal })).toEqual({ intact: true, checked: 5 });
    // Without a seal, or beyond it, an unkeyed entry is not accepted.
    expect(verifyAuditChain(events, key)).toMatchObject({ intact: false, brokenAtSequence: 1 });
    expect(verifyAuditChain(events, key, { legacySeal: { sequence: 2, hash: events[1]!.hash } })).toMatchObject({
      intact: false,
      brokenAtSequence: 3,
    });
  });

  it("a sealed plain SHA-256 entry that was edited and recomputed is detected", () => {
    const events = chainOf(3, { legacy: 3 });
    const legacySeal = { sequence: 3, hash: events[2]!.hash };
    events[0] = { ...events[0]!, summary: { forged: true } };
    expect(verifyAuditChain(recomputedWithPlainSha256(events, 1), key, { legacySeal })).toMatchObject({
      intact: false,
      brokenAtSequence: 3,
      reason: "Entry 3 does not match the checkpoint taken when entries started to be signed.",
    });
  });

  it("signs checkpoints with the key, and only that key's signature matches", () => {
    const payload = { kind: "head", chain: "c", sequence: 4, hash: "ab" };
    const signature = signCheckpoint(key, payload);
    expect(checkpointSignatureMatches(key, { hash: "ab", sequence: 4, chain: "c", kind: "head" }, signature)).toBe(true);
    expect(checkpointSignatureMatches(key, { ...payload, sequence: 5 }, signature)).toBe(false);
    expect(checkpointSignatureMatches(otherKey, payload, signature)).toBe(false);
    expect(checkpointSignatureMatches(key, payload, "00")).toBe(false);
    // A checkpoint's signature is not an entry's hash, even over the same bytes.
    expect(signature).not.toBe(auditEventHash(content(1), "", key));
  });
});
