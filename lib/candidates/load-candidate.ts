import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { assessorConflicts } from "@/lib/rules/conflicts-of-interest";
import { centreConflictDeclarations, partiesAt, toRuleDeclaration } from "@/lib/conflicts/rule-declarations";
import { grantedCandidateIds } from "@/lib/external-verifier-access/scope";

// The one way every area reaches a candidate: always inside the active centre, and for a person
// whose only role is candidate, only their own registration; for an external verifier, only the
// candidates an admin granted them, until the grant expires or is revoked (EV access, issue 10).
// Another centre's candidate, or one outside the reader's scope, is "not found", never "forbidden".

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Whose candidates a person reads at the active centre: staff with candidate.view the centre's,
 * an external verifier with candidate.viewGranted the ids their working grants name
 * (lib/external-verifier-access/scope.ts), a candidate their own. Null: none at all.
 */
export type CandidateReadScope = { kind: "centre" } | { kind: "granted"; candidateIds: string[] } | { kind: "own" };

export async function candidateReadScope(db: Db, access: CentreAccess, now: Date = new Date()): Promise<CandidateReadScope | null> {
  const roles = access.workspace.roles;
  if (rolesCan(roles, "candidate.view")) return { kind: "centre" };
  if (rolesCan(roles, "candidate.viewGranted")) {
    const candidateIds = await grantedCandidateIds(db, { centreId: access.workspace.centreId, userId: access.userId, on: now });
    return { kind: "granted", candidateIds };
  }
  if (rolesCan(roles, "portfolio.own")) return { kind: "own" };
  return null;
}

/** The candidate where of a read scope, the active centre always in it. */
export function candidateReadWhere(access: CentreAccess, scope: CandidateReadScope): Prisma.CandidateWhereInput {
  const centreId = access.workspace.centreId;
  if (scope.kind === "centre") return { centreId };
  if (scope.kind === "granted") return { centreId, id: { in: scope.candidateIds } };
  return { centreId, userId: access.userId };
}

/** A reader of candidates' records at the active centre (staff, a granted external verifier, a candidate), or "not found". */
export function requireCandidateReader(access: AccessContext, what = "Candidate"): CentreAccess {
  if (!isCentreAccess(access)) throw notFound(what);
  const roles = access.workspace.roles;
  if (!rolesCan(roles, "candidate.view") && !rolesCan(roles, "candidate.viewGranted") && !rolesCan(roles, "portfolio.own")) {
    throw notFound(what);
  }
  return access;
}

/**
 * A candidate of the active centre that this person may see: staff see the centre's, an external
 * verifier those granted to them today, a candidate only their own.
 */
export async function loadCandidate(db: Db, access: CentreAccess, candidateId: string, now: Date = new Date()) {
  requireRecordId(candidateId, "Candidate");
  const scope = await candidateReadScope(db, access, now);
  if (!scope) throw notFound("Candidate");
  const candidate = await db.candidate.findFirst({ where: { AND: [{ id: candidateId }, candidateReadWhere(access, scope)] } });
  if (!candidate) throw notFound("Candidate");
  return candidate;
}

/** The candidate registration of the signed-in person at the active centre (a candidate's own portfolio). */
export async function loadOwnCandidates(db: Db, access: CentreAccess) {
  if (!rolesCan(access.workspace.roles, "portfolio.own")) throw notFound("Candidate");
  return db.candidate.findMany({
    where: { centreId: access.workspace.centreId, userId: access.userId },
    orderBy: { startDate: "desc" },
  });
}

/** A candidate the signed-in person is acting for as themselves (a candidate's own actions). */
export async function loadOwnCandidate(db: Db, access: CentreAccess, candidateId: string) {
  requireRecordId(candidateId, "Candidate");
  const candidate = await db.candidate.findFirst({
    where: { id: candidateId, centreId: access.workspace.centreId, userId: access.userId },
  });
  if (!candidate) throw notFound("Candidate");
  return candidate;
}

/**
 * Before an assessor records anything for a candidate: the assessor is not the candidate (a
 * trainee assessor registered as a candidate at their own centre), the candidate is active, and
 * the assessor has declared no relationship that stops them assessing this candidate (ICS A2). The
 * refusal says which declaration stops them. The candidate's row is locked for share (within the
 * caller's transaction), so a withdrawal committing meanwhile waits for this write or is seen by it.
 */
export async function assertMayAssess(
  db: Db,
  access: CentreAccess,
  candidate: { id: string; status: string; name: string; userId: string | null },
  now: Date,
): Promise<void> {
  if (candidate.userId === access.userId) {
    throw new AppError("CONFLICT", "This is your own candidate record: another assessor must assess you.");
  }
  const [current] = await db.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS status FROM "Candidate" WHERE id = ${candidate.id}::uuid FOR SHARE`;
  if (current) candidate = { ...candidate, status: current.status };
  if (candidate.status !== "ACTIVE") {
    throw new AppError(
      "CONFLICT",
      `${candidate.name} is ${candidate.status === "WITHDRAWN" ? "withdrawn" : "completed"}: no new assessment records can be made.`,
    );
  }
  const declarations = await centreConflictDeclarations(db, {
    centreId: access.workspace.centreId,
    staffUserIds: [access.userId],
    candidateIds: [candidate.id],
  });
  const findings = assessorConflicts(
    access.userId,
    partiesAt(candidate.id, access.workspace.centreId, isoDay(now)),
    declarations.map(toRuleDeclaration),
  );
  const blocking = findings.filter((finding) => finding.severity === "problem");
  if (blocking.length > 0) throw new AppError("CONFLICT", blocking.map((finding) => finding.message).join(" "));
}
