import type { Prisma } from "@/lib/db/client";
import { verifyAuditChain, type ChainVerification } from "./hash-chain";

/** Reads a whole chain in order and checks every link. Callers check access first. */
export async function unsafeVerifyAuditChain(
  db: Pick<Prisma.TransactionClient, "auditEvent">,
  chain: string,
): Promise<ChainVerification> {
  const events = await db.auditEvent.findMany({ where: { chain }, orderBy: { sequence: "asc" } });
  return verifyAuditChain(events);
}
