import type { Prisma } from "@/lib/db/client";
import { auditSettings } from "./audit-settings";
import { noteChainHead } from "./audited-transaction";
import { auditEventHash, currentHashVersion } from "./hash-chain";

// Not marked server-only: the seed script (plain Node) writes audit entries too.

type Tx = Prisma.TransactionClient;

export const platformChain = "platform";

export type AuditEntry = {
  centreId: string | null;
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
  const chain = entry.centreId ?? platformChain;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`;
  const last = await tx.auditEvent.findFirst({
    where: { chain },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });
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
