import { createHash } from "node:crypto";

// Each centre's audit events form a hash chain: every event's hash covers its own content and
// the previous event's hash, so editing, removing or reordering any stored event breaks every
// later link. jsonb reorders object keys, so content is hashed as canonical JSON (sorted keys).

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

export type ChainedAuditEvent = AuditEventContent & { previousHash: string; hash: string };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditEventHash(content: AuditEventContent, previousHash: string): string {
  const payload = canonicalJson({
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
  return createHash("sha256").update(payload).digest("hex");
}

export type ChainVerification =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAtSequence: number; reason: string };

/** Verifies events of one chain, given in sequence order. */
export function verifyAuditChain(events: readonly ChainedAuditEvent[]): ChainVerification {
  let previousHash = "";
  let expectedSequence = 1;
  for (const event of events) {
    if (event.sequence !== expectedSequence) {
      return {
        intact: false,
        checked: expectedSequence - 1,
        brokenAtSequence: expectedSequence,
        reason: `Event ${expectedSequence} is missing (found ${event.sequence} instead).`,
      };
    }
    if (event.previousHash !== previousHash) {
      return {
        intact: false,
        checked: expectedSequence - 1,
        brokenAtSequence: event.sequence,
        reason: `Event ${event.sequence} does not link to the event before it.`,
      };
    }
    if (auditEventHash(event, event.previousHash) !== event.hash) {
      return {
        intact: false,
        checked: expectedSequence - 1,
        brokenAtSequence: event.sequence,
        reason: `Event ${event.sequence} was changed after it was recorded.`,
      };
    }
    previousHash = event.hash;
    expectedSequence += 1;
  }
  return { intact: true, checked: events.length };
}
