import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { grantedCandidateIds, readsThroughGrant } from "@/lib/external-verifier-access/scope";

type Db = PrismaClient | Prisma.TransactionClient;

/** The parts of a declaration that say which candidate it is about. */
type NamesCandidate = {
  subject: string;
  candidateId: string | null;
  candidate: { id: string; name: string } | null;
  details: string | null;
};

/**
 * Declarations as this reader may see them. An external verifier reads only the candidates an
 * admin granted them (lib/external-verifier-access), so a declaration about any other candidate
 * keeps its member of staff, relationship and dates but shows the candidate as "a candidate":
 * no name, no id, and no details (the declarer's own words may name them). Everyone else who
 * reads the register (admins, IQAs) sees the declarations whole.
 */
export async function asReaderMaySee<R extends NamesCandidate>(db: Db, access: CentreAccess, rows: R[], now: Date): Promise<R[]> {
  if (!readsThroughGrant(access)) return rows;
  const granted = new Set(await grantedCandidateIds(db, { centreId: access.workspace.centreId, userId: access.userId, on: now }));
  return rows.map((row) =>
    row.subject === "CANDIDATE" && !(row.candidateId && granted.has(row.candidateId))
      ? { ...row, candidateId: null, candidate: null, details: null }
      : row,
  );
}
