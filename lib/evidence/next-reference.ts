import "server-only";
import type { Prisma } from "@/lib/db/client";

// Portfolio references (RD04 index of evidence): E1, E2… per candidate, in the order items were
// added. Two people adding evidence for one candidate at once must never get the same code, so
// the allocation takes a transaction-scoped advisory lock on the candidate: the second waits until
// the first has committed (or rolled back) and then sees its item. The unique constraint on
// (centreId, candidateId, reference) stays as the backstop.

/** The prefix of every evidence reference. */
export const evidenceReferencePrefix = "E";

/**
 * Allocates the candidate's next evidence reference inside the caller's transaction. Call it
 * immediately before creating the EvidenceItem in the same transaction; the lock is held until
 * that transaction ends.
 */
export async function allocateEvidenceReference(tx: Prisma.TransactionClient, centreId: string, candidateId: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`evidence-reference:${centreId}:${candidateId}`}))`;
  const rows = await tx.$queryRaw<{ highest: number | null }[]>`
    SELECT MAX(CAST(substring("reference" FROM 2) AS integer)) AS "highest"
    FROM "EvidenceItem"
    WHERE "centreId" = ${centreId}::uuid AND "candidateId" = ${candidateId}::uuid AND "reference" ~ '^E[0-9]{1,9}$'`;
  const highest = rows[0]?.highest ?? 0;
  return `${evidenceReferencePrefix}${Number(highest) + 1}`;
}
