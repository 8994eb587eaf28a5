// No "server-only" marker: store-qualification.ts (used by the demo seed) checks through it; it
// reaches only the client or transaction it is given.
import type { Prisma, PrismaClient } from "@/lib/db/client";

// Whether a qualification number is already taken where the import would put it. A centre's import
// clashes with its body's catalogue and its own list, never with another centre's own list (which
// it must not learn about); a body's import clashes with any qualification of the body.

type Db = PrismaClient | Prisma.TransactionClient;

export type ImportDestination = { awardingBodyId: string; centreId: string | null };

/** The message to show beside the qualification number, or null when the number is free. */
export async function qualificationNumberClash(
  db: Db,
  destination: ImportDestination,
  qualificationNumber: string,
): Promise<string | null> {
  const { awardingBodyId, centreId } = destination;
  const existing = await db.qualification.findFirst({
    where: centreId
      ? { awardingBodyId, qualificationNumber, OR: [{ centreId: null }, { centreId }] }
      : { awardingBodyId, qualificationNumber },
    select: { centreId: true, title: true },
  });
  if (!existing) return null;
  if (existing.centreId === null) {
    return centreId
      ? `Qualification ${qualificationNumber} (${existing.title}) is already in your awarding body's catalogue: your centre can use it from there.`
      : `Qualification ${qualificationNumber} (${existing.title}) is already in the catalogue.`;
  }
  return centreId
    ? `Your centre has already imported qualification ${qualificationNumber} (${existing.title}).`
    : `A centre has already imported qualification ${qualificationNumber} (${existing.title}) for its own use, so it cannot also be in the catalogue.`;
}

/** The numbers already taken for this destination, to flag a clash in the preview before importing. */
export async function takenQualificationNumbers(db: Db, destination: ImportDestination): Promise<string[]> {
  const { awardingBodyId, centreId } = destination;
  const rows = await db.qualification.findMany({
    where: centreId ? { awardingBodyId, OR: [{ centreId: null }, { centreId }] } : { awardingBodyId },
    select: { qualificationNumber: true },
  });
  return [...new Set(rows.map((row) => row.qualificationNumber))];
}
