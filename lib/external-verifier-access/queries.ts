import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { isoDay, startOfUtcDay } from "@/lib/format/dates";
import { externalVerifierGrantState } from "@/lib/rules/external-verifier-access";
import { workingGrantsWhere } from "./scope";

// EV access as the admin reads it (every grant, the access log, what a grant may name) and as the
// external verifier reads it (their own working grants and candidates). The centre is in every where.

/** The newest log entries the admin's page shows. */
export const logEntriesShown = 200;

const grantSelect = {
  id: true,
  version: true,
  expiresOn: true,
  grantedAt: true,
  revokedAt: true,
  externalVerifierUserId: true,
  grantedById: true,
  revokedById: true,
  visit: { select: { id: true, visitOn: true, purpose: true } },
  candidates: { select: { candidate: { select: { id: true, name: true } } } },
} as const;

async function namesOf(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await getPrisma().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Every grant of the centre, newest first, with its state on `now`. */
export async function listExternalVerifierGrants(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "externalVerifierAccess.manage");
  const rows = await getPrisma().externalVerifierAccess.findMany({
    where: { centreId: centre.workspace.centreId },
    orderBy: [{ grantedAt: "desc" }, { id: "asc" }],
    select: grantSelect,
  });
  const names = await namesOf(rows.flatMap((row) => [row.externalVerifierUserId, row.grantedById, row.revokedById]));
  const today = isoDay(now);
  return rows.map((row) => ({
    ...row,
    state: externalVerifierGrantState({ expiresOn: isoDay(row.expiresOn), revoked: row.revokedAt !== null }, today),
    externalVerifier: names.get(row.externalVerifierUserId) ?? "Former external verifier",
    grantedBy: names.get(row.grantedById) ?? "Former staff member",
    revokedBy: row.revokedById ? (names.get(row.revokedById) ?? "Former staff member") : null,
    candidates: row.candidates.map((link) => link.candidate).sort(byName),
  }));
}

/** The newest entries of the access log: who opened or downloaded what, of which candidate, when. */
export async function listExternalVerifierAccessLog(access: AccessContext) {
  const centre = requireCentrePermission(access, "externalVerifierAccess.manage");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [total, rows] = await Promise.all([
    db.externalVerifierAccessLog.count({ where: { centreId } }),
    db.externalVerifierAccessLog.findMany({
      where: { centreId },
      orderBy: [{ at: "desc" }, { id: "asc" }],
      take: logEntriesShown,
      select: { id: true, userId: true, candidateId: true, action: true, what: true, at: true },
    }),
  ]);
  const candidateIds = [...new Set(rows.flatMap((row) => (row.candidateId ? [row.candidateId] : [])))];
  const [people, candidates] = await Promise.all([
    namesOf(rows.map((row) => row.userId)),
    db.candidate.findMany({ where: { centreId, id: { in: candidateIds } }, select: { id: true, name: true } }),
  ]);
  const candidateNames = new Map(candidates.map((candidate) => [candidate.id, candidate.name]));
  return {
    total,
    entries: rows.map((row) => ({
      ...row,
      who: people.get(row.userId) ?? "Former external verifier",
      candidate: row.candidateId ? (candidateNames.get(row.candidateId) ?? null) : null,
    })),
  };
}

/** What the grant form offers: the centre's external verifiers whose access has not ended, its candidates, its visits to come. */
export async function externalVerifierGrantOptions(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "externalVerifierAccess.manage");
  const centreId = centre.workspace.centreId;
  const today = startOfUtcDay(now);
  const db = getPrisma();
  const [verifiers, candidates, visits] = await Promise.all([
    db.membership.findMany({
      where: { centreId, role: "EXTERNAL_VERIFIER", status: "ACTIVE", OR: [{ expiresOn: null }, { expiresOn: { gte: today } }] },
      select: { expiresOn: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.candidate.findMany({
      where: { centreId },
      select: { id: true, name: true, status: true, qualification: { select: { title: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.externalVerifierVisit.findMany({
      where: { centreId, status: "PLANNED", visitOn: { gte: today } },
      select: { id: true, visitOn: true, purpose: true, externalVerifierName: true },
      orderBy: { visitOn: "asc" },
    }),
  ]);
  return {
    verifiers: verifiers.map((row) => ({ ...row.user, accessEndsOn: row.expiresOn ? isoDay(row.expiresOn) : null })),
    candidates: candidates.map((row) => ({ id: row.id, name: row.name, status: row.status, qualification: row.qualification.title })),
    visits,
  };
}

/** The signed-in external verifier's working grants at the centre, with their candidates; nothing once expired or revoked. */
export async function myExternalVerifierAccess(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "candidate.viewGranted");
  const rows = await getPrisma().externalVerifierAccess.findMany({
    where: workingGrantsWhere({ centreId: centre.workspace.centreId, userId: centre.userId, on: now }),
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      expiresOn: true,
      visit: { select: { visitOn: true, purpose: true } },
      candidates: {
        select: { candidate: { select: { id: true, name: true, status: true, uln: true, qualification: { select: { title: true } } } } },
      },
    },
  });
  return rows.map((row) => ({ ...row, candidates: row.candidates.map((link) => link.candidate).sort(byName) }));
}
