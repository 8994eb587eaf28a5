import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * For each person asked about: the codes of the qualifications they say they hold with no
 * certificate file on their record (handbook 5.20.2: the centre keeps assessors' certificates for
 * the external verifier). Everyone asked about is in the map, with [] when nothing is missing.
 */
export async function missingCertificates(db: Db, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(userIds)];
  const missing = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return missing;
  const rows = await db.staffQualification.findMany({
    where: { userId: { in: ids }, held: true, certificates: { none: { kind: "CERTIFICATE" } } },
    select: { userId: true, code: true },
    orderBy: { code: "asc" },
  });
  for (const row of rows) missing.get(row.userId)?.push(row.code);
  return missing;
}
