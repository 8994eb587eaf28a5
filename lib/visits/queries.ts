import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { MS_PER_DAY, startOfUtcDay } from "@/lib/format/dates";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";
import { actionPointOwnerWhere } from "./owners";

// The centre's external verifier visits (handbook 5.20.2–5.20.4), for server code that has already
// checked a permission: the visit pack (lib/visit-pack) and the admin home (lib/home) read these.
// Every read is within the centre named. The pages read lib/visits/page-queries.ts, which checks
// visit.view first.

type Db = PrismaClient | Prisma.TransactionClient;

export type VisitQualification = { id: string; title: string; qualificationNumber: string; entryCode: string | null };

export type VisitSummary = {
  id: string;
  visitOn: Date;
  status: "PLANNED" | "COMPLETED" | "CANCELLED";
  externalVerifierName: string | null;
  purpose: string | null;
  /** null: the visit covers all the centre's qualifications. */
  qualification: VisitQualification | null;
  /** The last visit for the qualification before its end date (handbook 5.21.3). */
  final: boolean;
  version: number;
};

export type ActionPointRow = {
  id: string;
  visitId: string;
  kind: "ACTION_POINT" | "RECOMMENDATION";
  description: string;
  owner: { id: string; name: string };
  dueOn: Date;
  status: "OPEN" | "COMPLETED";
  completedOn: Date | null;
  completedBy: { id: string; name: string } | null;
  completionEvidence: string | null;
  version: number;
};

export type OverdueActionPoint = ActionPointRow & { visitOn: Date; daysOverdue: number };

export type CompletedVisit = VisitSummary & {
  reportSummary: string | null;
  reportRecordedOn: Date | null;
  sanctions: string | null;
  dcsRecommendation: "GRANT" | "CONTINUE" | "WITHDRAW" | "NOT_RECOMMENDED" | null;
  directClaimsConfirmed: boolean;
  actionPoints: ActionPointRow[];
};

export const visitSelect = {
  id: true,
  visitOn: true,
  status: true,
  externalVerifierName: true,
  purpose: true,
  qualificationId: true,
  final: true,
  version: true,
} as const satisfies Prisma.ExternalVerifierVisitSelect;

type VisitRow = Prisma.ExternalVerifierVisitGetPayload<{ select: typeof visitSelect }>;

/** The qualifications named by visits, looked up within what the centre reads (its body's catalogue and its own). */
export async function qualificationsFor(db: Db, centreId: string, ids: (string | null)[]): Promise<Map<string, VisitQualification>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.qualification.findMany({
    where: {
      id: { in: wanted },
      awardingBody: { centres: { some: { id: centreId } } },
      OR: [{ centreId: null }, { centreId }],
    },
    select: { id: true, title: true, qualificationNumber: true, entryCode: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

export function summaryOf(row: VisitRow, qualifications: Map<string, VisitQualification>): VisitSummary {
  const { qualificationId, ...rest } = row;
  return { ...rest, qualification: qualificationId ? (qualifications.get(qualificationId) ?? null) : null };
}

const actionPointSelect = {
  id: true,
  visitId: true,
  kind: true,
  description: true,
  ownerUserId: true,
  dueOn: true,
  status: true,
  completedOn: true,
  completedById: true,
  completionEvidence: true,
  version: true,
} as const satisfies Prisma.VisitActionPointSelect;

type ActionPointDbRow = Prisma.VisitActionPointGetPayload<{ select: typeof actionPointSelect }>;

/** Action points with their owners' and completers' names (people are looked up by id; a missing one reads "Unknown"). */
async function withPeople(db: Db, rows: ActionPointDbRow[]): Promise<ActionPointRow[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.ownerUserId, ...(row.completedById ? [row.completedById] : [])]))];
  const people = ids.length === 0 ? [] : await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const person = (id: string) => ({ id, name: nameOf.get(id) ?? "Unknown" });
  return rows.map(({ ownerUserId, completedById, ...row }) => ({
    ...row,
    owner: person(ownerUserId),
    completedBy: completedById ? person(completedById) : null,
  }));
}

/** A visit's action points and recommendations: action points first, then by due date. */
export async function actionPointsOf(db: Db, { centreId, visitIds }: { centreId: string; visitIds: string[] }): Promise<ActionPointRow[]> {
  if (visitIds.length === 0) return [];
  const rows = await db.visitActionPoint.findMany({
    where: { centreId, visitId: { in: visitIds } },
    orderBy: [{ kind: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }],
    select: actionPointSelect,
  });
  return withPeople(db, rows);
}

/** Planned visits on or after the day of `asOf`, soonest first. */
export async function upcomingVisits(db: Db, { centreId, asOf }: { centreId: string; asOf: Date }): Promise<VisitSummary[]> {
  const rows = await db.externalVerifierVisit.findMany({
    where: { centreId, status: "PLANNED", visitOn: { gte: startOfUtcDay(asOf) } },
    orderBy: [{ visitOn: "asc" }, { createdAt: "asc" }],
    select: visitSelect,
  });
  const qualifications = await qualificationsFor(
    db,
    centreId,
    rows.map((row) => row.qualificationId),
  );
  return rows.map((row) => summaryOf(row, qualifications));
}

/**
 * Open action points and recommendations whose due date is before the day of `asOf` (due today is
 * not yet overdue), longest overdue first, with the day of the visit that set them.
 */
export async function overdueActionPoints(db: Db, { centreId, asOf }: { centreId: string; asOf: Date }): Promise<OverdueActionPoint[]> {
  const today = startOfUtcDay(asOf);
  const rows = await db.visitActionPoint.findMany({
    where: { centreId, status: "OPEN", dueOn: { lt: today }, visit: { centreId, status: "COMPLETED" } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { ...actionPointSelect, visit: { select: { visitOn: true } } },
  });
  const points = await withPeople(
    db,
    rows.map(({ visit: _visit, ...row }) => row),
  );
  return points.map((point, index) => ({
    ...point,
    visitOn: rows[index]!.visit.visitOn,
    daysOverdue: Math.round((today.getTime() - point.dueOn.getTime()) / MS_PER_DAY),
  }));
}

/**
 * The latest completed visit (before `before` when given: the visit before a planned one), with the
 * EV's report and its action points; null when the centre has had none.
 */
export async function lastCompletedVisit(
  db: Db,
  { centreId, before }: { centreId: string; before?: Date },
): Promise<CompletedVisit | null> {
  const row = await db.externalVerifierVisit.findFirst({
    where: { centreId, status: "COMPLETED", ...(before ? { visitOn: { lt: before } } : {}) },
    orderBy: [{ visitOn: "desc" }, { createdAt: "desc" }],
    select: {
      ...visitSelect,
      reportSummary: true,
      reportRecordedOn: true,
      sanctions: true,
      dcsRecommendation: true,
      directClaimsConfirmed: true,
    },
  });
  if (!row) return null;
  const { reportSummary, reportRecordedOn, sanctions, dcsRecommendation, directClaimsConfirmed, ...visit } = row;
  const [qualifications, actionPoints] = await Promise.all([
    qualificationsFor(db, centreId, [visit.qualificationId]),
    actionPointsOf(db, { centreId, visitIds: [visit.id] }),
  ]);
  return {
    ...summaryOf(visit, qualifications),
    reportSummary,
    reportRecordedOn,
    sanctions,
    dcsRecommendation,
    directClaimsConfirmed,
    actionPoints,
  };
}

// ---- The pages' reads: each checks visit.view first; a foreign or missing visit is "not found".

export type VisitListRow = VisitSummary & {
  cancelledReason: string | null;
  /** Held (planned on a day already past, or completed) with its report still to record. */
  reportDue: boolean;
  openActionPoints: number;
  overdueActionPoints: number;
};

/**
 * The centre's visits: upcoming (planned, today or later, soonest first) and past (everything else,
 * newest first), with the open and overdue action points of each, and every overdue action point.
 */
export async function visitList(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "visit.view");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const today = startOfUtcDay(now);
  const [rows, openPoints, overdue] = await Promise.all([
    db.externalVerifierVisit.findMany({
      where: { centreId },
      orderBy: [{ visitOn: "desc" }, { createdAt: "desc" }],
      select: { ...visitSelect, cancelledReason: true, reportRecordedOn: true, reportSummary: true },
    }),
    db.visitActionPoint.findMany({ where: { centreId, status: "OPEN" }, select: { visitId: true, dueOn: true } }),
    overdueActionPoints(db, { centreId, asOf: now }),
  ]);
  const qualifications = await qualificationsFor(
    db,
    centreId,
    rows.map((row) => row.qualificationId),
  );
  const list: VisitListRow[] = rows.map(({ cancelledReason, reportRecordedOn, reportSummary, ...row }) => {
    const points = openPoints.filter((point) => point.visitId === row.id);
    return {
      ...summaryOf(row, qualifications),
      cancelledReason,
      reportDue:
        (row.status === "PLANNED" && row.visitOn < today) ||
        (row.status === "COMPLETED" && reportRecordedOn === null && reportSummary === null),
      openActionPoints: points.length,
      overdueActionPoints: points.filter((point) => point.dueOn < today).length,
    };
  });
  const isUpcoming = (row: VisitListRow) => row.status === "PLANNED" && row.visitOn >= today;
  return {
    upcoming: list.filter(isUpcoming).reverse(),
    past: list.filter((row) => !isUpcoming(row)),
    overdue,
    canManage: rolesCan(centre.workspace.roles, "visit.manage"),
  };
}

/** The qualifications a visit may cover: the centre's body's catalogue and its own, by title. */
export async function visitQualificationOptions(access: AccessContext) {
  const centre = requireCentrePermission(access, "visit.manage");
  return getPrisma().qualification.findMany({
    where: centreQualificationsWhere(centre.workspace),
    orderBy: [{ title: "asc" }, { qualificationNumber: "asc" }],
    select: { id: true, title: true, qualificationNumber: true, certificationEndDate: true },
  });
}

/**
 * One visit with its report and action points; for those who manage visits, the people who may own
 * an action point (the centre's active staff) and the qualifications a planned visit may cover.
 */
export async function visitPage(access: AccessContext, visitId: string, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "visit.view", "Visit");
  requireRecordId(visitId, "Visit");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const row = await db.externalVerifierVisit.findFirst({
    where: { id: visitId, centreId },
    select: {
      ...visitSelect,
      reportSummary: true,
      reportRecordedOn: true,
      reportRecordedById: true,
      sanctions: true,
      dcsRecommendation: true,
      directClaimsConfirmed: true,
      cancelledReason: true,
      scheduledById: true,
    },
  });
  if (!row) throw notFound("Visit");
  const { reportRecordedById, scheduledById, ...visit } = row;
  const canManage = rolesCan(centre.workspace.roles, "visit.manage");
  const peopleIds = [reportRecordedById, scheduledById].filter((id): id is string => id !== null);
  const [qualifications, actionPoints, people, owners, qualificationOptions] = await Promise.all([
    qualificationsFor(db, centreId, [visit.qualificationId]),
    actionPointsOf(db, { centreId, visitIds: [visit.id] }),
    peopleIds.length === 0 ? [] : db.user.findMany({ where: { id: { in: peopleIds } }, select: { id: true, name: true } }),
    canManage
      ? db.user.findMany({ where: actionPointOwnerWhere(centreId), orderBy: { name: "asc" }, select: { id: true, name: true } })
      : [],
    canManage && visit.status === "PLANNED" ? visitQualificationOptions(access) : [],
  ]);
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? null;
  const today = startOfUtcDay(now);
  const hasReport = visit.reportRecordedOn !== null || visit.reportSummary !== null;
  return {
    visit: {
      ...summaryOf(visit, qualifications),
      reportSummary: visit.reportSummary,
      reportRecordedOn: visit.reportRecordedOn,
      reportRecordedBy: nameOf(reportRecordedById),
      scheduledBy: nameOf(scheduledById),
      sanctions: visit.sanctions,
      dcsRecommendation: visit.dcsRecommendation,
      directClaimsConfirmed: visit.directClaimsConfirmed,
      cancelledReason: visit.cancelledReason,
    },
    actionPoints: actionPoints.map((point) => ({ ...point, overdue: point.status === "OPEN" && point.dueOn < today })),
    hasReport,
    /** The report can be recorded once the visit's day has come (or for a completed visit without one). */
    reportDue: (visit.status === "PLANNED" && visit.visitOn <= today) || (visit.status === "COMPLETED" && !hasReport),
    canManage,
    /** The visit pack (app/(app)/visits/[visitId]/pack, lib/visit-pack) is for those who build it. */
    canBuildPack: rolesCan(centre.workspace.roles, "visitPack.build"),
    owners,
    qualificationOptions,
  };
}
