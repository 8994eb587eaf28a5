import type { Prisma, PrismaClient } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { auditSettings } from "./audit-settings";
import { writeChainHead } from "./chain-checkpoints";
import type { ChainPoint } from "./hash-chain";

// A chain's head is checkpointed outside the database once the transaction that wrote it has
// committed: a checkpoint taken inside it could name an entry that is then rolled back, and the
// chain would look cut short forever. recordAuditEvent notes each chain's new head against its
// transaction; auditedTransaction writes those heads after the commit.
// Not marked server-only: the seed script (plain Node) writes audit entries too.

type Tx = Prisma.TransactionClient;

const headsByTransaction = new WeakMap<Tx, Map<string, ChainPoint>>();

/** Called by recordAuditEvent: this transaction has moved `point.chain`'s head to `point`. */
export function noteChainHead(tx: Tx, point: ChainPoint): void {
  const heads = headsByTransaction.get(tx) ?? new Map<string, ChainPoint>();
  const known = heads.get(point.chain);
  if (!known || known.sequence < point.sequence) heads.set(point.chain, point);
  headsByTransaction.set(tx, heads);
}

/**
 * `db.$transaction(work)` for every transaction that records audit entries: once it has
 * committed, the new head of each chain it wrote is checkpointed. A checkpoint that cannot be
 * written is logged for operators; the committed change stands (the chain still verifies, with
 * the previous checkpoint as its anchor).
 */
export async function auditedTransaction<T>(
  db: PrismaClient,
  work: (tx: Tx) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  let transaction: Tx | null = null;
  const result = await db.$transaction((tx) => {
    transaction = tx;
    return work(tx);
  }, options);
  const heads = transaction ? headsByTransaction.get(transaction) : undefined;
  for (const head of heads?.values() ?? []) {
    try {
      await writeChainHead(auditSettings(), head);
    } catch (error) {
      logger.error({ chain: head.chain, sequence: head.sequence, err: error }, "could not checkpoint the audit trail");
    }
  }
  return result;
}
