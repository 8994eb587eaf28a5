import type { Prisma } from "@/lib/db/client";
import { auditSettings } from "./audit-settings";
import { readChainHead, writeChainBreak } from "./chain-checkpoints";
import { noteChainHead } from "./audited-transaction";
import { auditEventHash, currentHashVersion } from "./hash-chain";

// Not marked server-only: the seed script (plain Node) writes audit entries too.

type Tx = Prisma.TransactionClient;

export const platformChain = "platform";

/** An awarding body's own chain: what its staff did to its policy, assessors and schools. */
export function awardingBodyChain(awardingBodyId: string): string {
  return `awarding-body:${awardingBodyId}`;
}

export type AuditEntry = {
  centreId: string | null;
  /** For an entry outside any centre that belongs to an awarding body: it goes on the body's chain. */
  awardingBodyId?: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Before/after summary. Never include secrets (passwords, tokens). */
  summary: Record<string, unknown>;
};

/**
 * Appends an event to its chain inside the caller's transaction, so the change and its audit
 * entry commit or roll back together. Run that transaction with auditedTransaction, which
 * checkpoints the chain's new head once it has committed. The advisory lock serialises writers of
 * one chain; without it two concurrent transactions would both link to the same previous event.
 */
export async function recordAuditEvent(tx: Tx, entry: AuditEntry, now: Date = new Date()) {
  const { key } = auditSettings();
  const chain = entry.centreId ?? (entry.awardingBodyId ? awardingBodyChain(entry.awardingBodyId) : platformChain);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`;
  const last = await tx.auditEvent.findFirst({
    where: { chain },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });
  await recordBreakIfTampered(tx, chain, last);
  const content = {
    chain,
    sequence: (last?.sequence ?? 0) + 1,
    centreId: entry.centreId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: JSON.parse(JSON.stringify(entry.summary)) as Prisma.InputJsonObject,
    // The database keeps milliseconds; hash exactly what will be stored.
    occurredAt: new Date(Math.floor(now.getTime())),
  };
  const previousHash = last?.hash ?? "";
  const event = await tx.auditEvent.create({
    data: { ...content, previousHash, hash: auditEventHash(content, previousHash, key), hashVersion: currentHashVersion },
  });
  noteChainHead(tx, { chain, sequence: event.sequence, hash: event.hash });
  return event;
}

/**
 * Before extending a chain: does the database still hold the entry its checkpoint names? If the
 * newest entries were removed (or the checkpointed one rewritten), the new entry would link onto
 * what is left and the removal would stop showing once the head moved on; so the break is kept
 * on record outside the database (chain-checkpoints.ts), and the trail stays reported as broken.
 * Read after the chain's lock: every checkpoint then names an entry this transaction can see.
 */
async function recordBreakIfTampered(tx: Tx, chain: string, last: { sequence: number; hash: string } | null) {
  const settings = auditSettings();
  const head = await readChainHead(settings, chain);
  if (head.status !== "valid") return;
  const anchored = head.checkpoint;
  const foundSequence = last?.sequence ?? 0;
  if (foundSequence < anchored.sequence) {
    await writeChainBreak(settings, chain, { anchoredSequence: anchored.sequence, foundSequence, kind: "removed" });
    return;
  }
  const atAnchor =
    foundSequence === anchored.sequence
      ? last
      : await tx.auditEvent.findUnique({ where: { chain_sequence: { chain, sequence: anchored.sequence } }, select: { hash: true } });
  if (atAnchor?.hash !== anchored.hash) {
    await writeChainBreak(settings, chain, { anchoredSequence: anchored.sequence, foundSequence, kind: "changed" });
  }
}
