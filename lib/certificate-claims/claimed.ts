import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import type { IsoDate } from "@/lib/rules/dates";

// The candidates a centre has claimed certificates for (the visit pack's "all claimed candidates"
// and "DCS claims since the last visit", handbook 5.20.2): lines of batches marked claimed.

type Db = PrismaClient | Prisma.TransactionClient;

export type ClaimedLine = {
  kind: "UNIT" | "FULL_AWARD";
  /** The unit claimed; null for the full award. */
  unitId: string | null;
  qualificationId: string;
  claimedOn: IsoDate;
  /** Claimed under Direct Claims Status and not yet confirmed by a visit. */
  provisional: boolean;
  /** Claimed under Direct Claims Status (provisional, or confirmed since). */
  underDirectClaims: boolean;
  reference: string;
};

export type ClaimedCandidate = { candidateId: string; lines: ClaimedLine[] };

/** Candidates with claimed lines (claimed on or after `since` when given), by candidate, oldest claim first. */
export async function claimedCandidates(db: Db, { centreId, since }: { centreId: string; since?: Date }): Promise<ClaimedCandidate[]> {
  const lines = await db.certificateClaimLine.findMany({
    where: {
      centreId,
      batch: { centreId, status: "CLAIMED", ...(since ? { claimedOn: { gte: since } } : {}) },
    },
    orderBy: [{ batch: { claimedOn: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      candidateId: true,
      kind: true,
      unitId: true,
      qualificationId: true,
      provisional: true,
      batch: { select: { claimedOn: true, underDirectClaims: true, reference: true } },
    },
  });
  const byCandidate = new Map<string, ClaimedLine[]>();
  for (const line of lines) {
    const entry: ClaimedLine = {
      kind: line.kind,
      unitId: line.unitId,
      qualificationId: line.qualificationId,
      claimedOn: isoDay(line.batch.claimedOn),
      provisional: line.provisional,
      underDirectClaims: line.batch.underDirectClaims,
      reference: line.batch.reference,
    };
    byCandidate.set(line.candidateId, [...(byCandidate.get(line.candidateId) ?? []), entry]);
  }
  return [...byCandidate].map(([candidateId, claimed]) => ({ candidateId, lines: claimed }));
}
