import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { startOfUtcDay } from "@/lib/format/dates";

// What an external verifier may read at a centre, and the log of what they read. A grant works
// from the day it is made to the end of its expiry date, until it is revoked; only the candidates
// chosen on it open, and only at the grant's own centre (the centre id is in every where).

type Db = PrismaClient | Prisma.TransactionClient;

/** The where of the grants that work for this verifier at this centre on that day. */
export function workingGrantsWhere(options: { centreId: string; userId: string; on: Date }): Prisma.ExternalVerifierAccessWhereInput {
  return {
    centreId: options.centreId,
    externalVerifierUserId: options.userId,
    revokedAt: null,
    expiresOn: { gte: startOfUtcDay(options.on) },
  };
}

/** The ids of the centre's candidates this verifier may read on that day: chosen on a grant that has not expired or been revoked. */
export async function grantedCandidateIds(db: Db, options: { centreId: string; userId: string; on: Date }): Promise<string[]> {
  const rows = await db.externalVerifierAccessCandidate.findMany({
    where: { centreId: options.centreId, access: workingGrantsWhere(options) },
    select: { candidateId: true },
    distinct: ["candidateId"],
  });
  return rows.map((row) => row.candidateId);
}

/** True when the person reads candidates through a verifier's grant (not as the centre's staff or as the candidate). */
export function readsThroughGrant(access: CentreAccess): boolean {
  const roles = access.workspace.roles;
  return !rolesCan(roles, "candidate.view") && rolesCan(roles, "candidate.viewGranted");
}

/**
 * Records one page the verifier opened or one file they downloaded (append-only; the admin reads
 * it on /ev-access). Does nothing for anyone who does not read through a grant, so a page or
 * download can call it for every reader. The entry names the working grant that covers the
 * candidate, the newest when several do.
 */
export async function logExternalVerifierAccess(
  db: Db,
  options: { access: CentreAccess; candidateId: string | null; action: "VIEW" | "DOWNLOAD"; what: string; now?: Date },
): Promise<void> {
  const { access } = options;
  if (!readsThroughGrant(access)) return;
  const centreId = access.workspace.centreId;
  const now = options.now ?? new Date();
  const grant = options.candidateId
    ? await db.externalVerifierAccess.findFirst({
        where: {
          ...workingGrantsWhere({ centreId, userId: access.userId, on: now }),
          candidates: { some: { centreId, candidateId: options.candidateId } },
        },
        orderBy: { grantedAt: "desc" },
        select: { id: true },
      })
    : null;
  await db.externalVerifierAccessLog.create({
    data: {
      centreId,
      accessId: grant?.id ?? null,
      userId: access.userId,
      candidateId: options.candidateId,
      action: options.action,
      what: options.what.slice(0, 300),
      at: now,
    },
  });
}
