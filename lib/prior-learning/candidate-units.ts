import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";

// The units a candidate is entered for (every unit of the qualification for a full award), each
// with its assessment criteria in order: what prior learning can be put forward against.

type Db = PrismaClient | Prisma.TransactionClient;

export async function candidateUnits(
  db: Db,
  candidate: { centreId: string; qualificationId: string; entryType: "FULL_AWARD" | "UNITS"; entryUnitIds: string[] },
) {
  const units = await db.unit.findMany({
    where: {
      qualificationId: candidate.qualificationId,
      ...(candidate.entryType === "UNITS" ? { id: { in: candidate.entryUnitIds } } : {}),
    },
    orderBy: [{ unitNumber: "asc" }, { urn: "asc" }],
    select: {
      id: true,
      urn: true,
      unitNumber: true,
      title: true,
      assessmentCriteria: {
        // The published criteria, and any the candidate's own centre typed in.
        where: { OR: [{ centreId: null }, { centreId: candidate.centreId }] },
        orderBy: { position: "asc" },
        select: { id: true, ref: true, text: true },
      },
    },
  });
  return units;
}

export type CandidateUnit = Awaited<ReturnType<typeof candidateUnits>>[number];

/** "L/506/2150 Resolve complaints". */
export const unitName = (unit: { urn: string; title: string }) => `${unit.urn} ${unit.title}`;
