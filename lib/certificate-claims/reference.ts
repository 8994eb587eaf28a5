import "server-only";
import type { Prisma } from "@/lib/db/client";

// Claim batch references run per centre and year: CLM-2026-0001, CLM-2026-0002, ...

/**
 * The centre's next batch reference. Holds a lock on the centre's numbering until the transaction
 * ends, so two batches put together at once get different numbers (the second waits its turn).
 */
export async function nextBatchReference(tx: Prisma.TransactionClient, centreId: string, now: Date): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claim-batch-reference:${centreId}`}))`;
  const prefix = `CLM-${now.getUTCFullYear()}-`;
  const last = await tx.certificateClaimBatch.findFirst({
    where: { centreId, reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const next = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(4, "0")}`;
}
