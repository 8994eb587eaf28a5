import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { VisitPackStatus } from "@/lib/db/generated/client";

// The visit pack's reads (handbook 5.20.2).

type Db = PrismaClient | Prisma.TransactionClient;

export type PackReadiness = {
  packId: string;
  status: VisitPackStatus;
  filesDone: number;
  filesTotal: number;
  finishedAt: Date | null;
};

/**
 * The newest pack of each of the given visits of the centre (null: none prepared yet), for the
 * admin home's "visits coming" list. A visit of another centre answers null, as a missing one.
 */
export async function packReadiness(
  db: Db,
  { centreId, visitIds }: { centreId: string; visitIds: string[] },
): Promise<Map<string, PackReadiness | null>> {
  const readiness = new Map<string, PackReadiness | null>(visitIds.map((id) => [id, null]));
  if (visitIds.length === 0) return readiness;
  const packs = await db.visitPack.findMany({
    where: { centreId, visitId: { in: visitIds } },
    orderBy: [{ visitId: "asc" }, { createdAt: "desc" }],
    distinct: ["visitId"],
    select: { id: true, visitId: true, status: true, filesDone: true, filesTotal: true, finishedAt: true },
  });
  for (const pack of packs) {
    readiness.set(pack.visitId, {
      packId: pack.id,
      status: pack.status,
      filesDone: pack.filesDone,
      filesTotal: pack.filesTotal,
      finishedAt: pack.finishedAt,
    });
  }
  return readiness;
}
