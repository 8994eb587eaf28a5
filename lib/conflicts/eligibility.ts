import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";

// Whom a person may declare a conflict of interest about (ICS A2; Naace principle 9):
// - a candidate of a centre where they are an active assessor or IQA;
// - a centre of one of their awarding bodies (the bodies of the centres where they assess or
//   quality-assure, and the bodies that approved them);
// - a school of a body that approved them.
// Anything else is "not found", like a missing id.

type Db = PrismaClient | Prisma.TransactionClient;

/** Centres where the person is an active assessor or IQA. */
export async function assessingCentres(db: Db, userId: string): Promise<{ id: string; name: string; awardingBodyId: string }[]> {
  const rows = await db.membership.findMany({
    where: { userId, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } },
    select: { centre: { select: { id: true, name: true, awardingBodyId: true } } },
  });
  const byId = new Map(rows.map((row) => [row.centre.id, row.centre]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The awarding bodies the person answers to: their centres' bodies and the bodies that approved them. */
export async function bodiesOf(db: Db, userId: string): Promise<{ assessing: string[]; approving: string[] }> {
  const [centres, approvals] = await Promise.all([
    assessingCentres(db, userId),
    db.assessorApproval.findMany({ where: { userId }, select: { awardingBodyId: true } }),
  ]);
  return {
    assessing: [...new Set(centres.map((centre) => centre.awardingBodyId))],
    approving: [...new Set(approvals.map((approval) => approval.awardingBodyId))],
  };
}

/** Whether the person keeps declarations at all (an assessor or IQA somewhere, or approved by a body). */
export async function maySelfDeclare(db: Db, userId: string): Promise<boolean> {
  const bodies = await bodiesOf(db, userId);
  return bodies.assessing.length > 0 || bodies.approving.length > 0;
}

/** The centres of the person's awarding bodies, by name, with their body's name. */
export async function declarableCentres(db: Db, userId: string) {
  const bodies = await bodiesOf(db, userId);
  const ids = [...new Set([...bodies.assessing, ...bodies.approving])];
  if (ids.length === 0) return [];
  return db.centre.findMany({
    where: { awardingBodyId: { in: ids } },
    select: { id: true, name: true, awardingBody: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** The schools of the bodies that approved the person, by name. */
export async function declarableSchools(db: Db, userId: string) {
  const { approving } = await bodiesOf(db, userId);
  if (approving.length === 0) return [];
  return db.school.findMany({
    where: { awardingBodyId: { in: approving } },
    select: { id: true, name: true, awardingBodyId: true, awardingBody: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** Candidates (not completed) of the centres where the person assesses or quality-assures, by centre and name. */
export async function declarableCandidates(db: Db, userId: string) {
  const centres = await assessingCentres(db, userId);
  if (centres.length === 0) return [];
  return db.candidate.findMany({
    where: { centreId: { in: centres.map((centre) => centre.id) }, status: { not: "COMPLETED" } },
    select: { id: true, name: true, uln: true, centreId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
