import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import type { CircumstanceChangeKind } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/format/dates";

// Changes of circumstance (ICS A10): what a person notified, one row per awarding body told.
// Reads are scoped by the body (its staff's list, the compliance review) or by the person (their
// own history); nobody else's rows are ever in the result.

type Db = PrismaClient | Prisma.TransactionClient;

export type NotifiedChange = {
  id: string;
  userId: string;
  personName: string;
  awardingBodyId: string;
  kind: CircumstanceChangeKind;
  details: string;
  /** IsoDate. */
  effectiveOn: string;
  notifiedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  /** Whether this body holds an approval of the person (what a "ceasing to assess" change should end). */
  hasApproval: boolean;
};

const changeSelect = {
  id: true,
  userId: true,
  awardingBodyId: true,
  kind: true,
  details: true,
  effectiveOn: true,
  notifiedAt: true,
  acknowledgedAt: true,
  acknowledgedById: true,
  person: { select: { name: true } },
} as const satisfies Prisma.CircumstanceChangeSelect;

type ChangeRow = Prisma.CircumstanceChangeGetPayload<{ select: typeof changeSelect }>;

async function toNotifiedChanges(db: Db, rows: ChangeRow[]): Promise<NotifiedChange[]> {
  const pairs = rows.map((row) => ({ awardingBodyId: row.awardingBodyId, userId: row.userId }));
  const approvals =
    pairs.length === 0 ? [] : await db.assessorApproval.findMany({ where: { OR: pairs }, select: { awardingBodyId: true, userId: true } });
  const approved = new Set(approvals.map((a) => `${a.awardingBodyId}|${a.userId}`));
  const ackIds = [...new Set(rows.map((row) => row.acknowledgedById).filter((id): id is string => id !== null))];
  const ackers = ackIds.length === 0 ? [] : await db.user.findMany({ where: { id: { in: ackIds } }, select: { id: true, name: true } });
  const ackName = new Map(ackers.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    personName: row.person.name,
    awardingBodyId: row.awardingBodyId,
    kind: row.kind,
    details: row.details,
    effectiveOn: isoDay(row.effectiveOn),
    notifiedAt: row.notifiedAt,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedByName: row.acknowledgedById ? (ackName.get(row.acknowledgedById) ?? null) : null,
    hasApproval: approved.has(`${row.awardingBodyId}|${row.userId}`),
  }));
}

/**
 * The changes of circumstance notified to one awarding body (optionally by one person):
 * unacknowledged first, then newest notified first. The caller has already checked that the
 * reader may see this body's records (its staff, or the body's compliance review).
 */
export async function changesNotified(db: Db, options: { awardingBodyId: string; userId?: string }): Promise<NotifiedChange[]> {
  const rows = await db.circumstanceChange.findMany({
    where: { awardingBodyId: options.awardingBodyId, ...(options.userId ? { userId: options.userId } : {}) },
    select: changeSelect,
    orderBy: [{ notifiedAt: "desc" }, { id: "asc" }],
  });
  const unacknowledged = rows.filter((row) => row.acknowledgedAt === null);
  const acknowledged = rows.filter((row) => row.acknowledgedAt !== null);
  return toNotifiedChanges(db, [...unacknowledged, ...acknowledged]);
}

/**
 * The awarding bodies a person answers to (ICS A10): those of the centres where they assess or
 * quality-assure (active memberships) and those that approved them (an approval in any state).
 */
export async function bodiesToNotify(db: Db, userId: string): Promise<{ id: string; name: string }[]> {
  const [memberships, approvals] = await Promise.all([
    db.membership.findMany({
      where: { userId, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } },
      select: { centre: { select: { awardingBody: { select: { id: true, name: true } } } } },
    }),
    db.assessorApproval.findMany({ where: { userId }, select: { awardingBody: { select: { id: true, name: true } } } }),
  ]);
  const byId = new Map<string, { id: string; name: string }>();
  for (const row of memberships) byId.set(row.centre.awardingBody.id, row.centre.awardingBody);
  for (const row of approvals) byId.set(row.awardingBody.id, row.awardingBody);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export type OwnCircumstanceChange = {
  /** The rows notified together (one per body) share kind, details, effective date and time. */
  key: string;
  kind: CircumstanceChangeKind;
  details: string;
  effectiveOn: string;
  notifiedAt: Date;
  bodies: { changeId: string; awardingBodyName: string; acknowledgedAt: Date | null }[];
};

/** The signed-in person's own changes of circumstance, newest first, with each body's acknowledgement. */
export async function ownCircumstanceChanges(db: Db, userId: string): Promise<OwnCircumstanceChange[]> {
  const rows = await db.circumstanceChange.findMany({
    where: { userId },
    select: { id: true, awardingBodyId: true, kind: true, details: true, effectiveOn: true, notifiedAt: true, acknowledgedAt: true },
    orderBy: [{ notifiedAt: "desc" }, { id: "asc" }],
  });
  const bodyIds = [...new Set(rows.map((row) => row.awardingBodyId))];
  const bodies =
    bodyIds.length === 0 ? [] : await db.awardingBody.findMany({ where: { id: { in: bodyIds } }, select: { id: true, name: true } });
  const bodyName = new Map(bodies.map((body) => [body.id, body.name]));
  const groups = new Map<string, OwnCircumstanceChange>();
  for (const row of rows) {
    const key = `${row.notifiedAt.toISOString()}|${row.kind}|${isoDay(row.effectiveOn)}|${row.details}`;
    const group = groups.get(key) ?? {
      key,
      kind: row.kind,
      details: row.details,
      effectiveOn: isoDay(row.effectiveOn),
      notifiedAt: row.notifiedAt,
      bodies: [],
    };
    group.bodies.push({ changeId: row.id, awardingBodyName: bodyName.get(row.awardingBodyId) ?? "", acknowledgedAt: row.acknowledgedAt });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.bodies.sort((a, b) => a.awardingBodyName.localeCompare(b.awardingBodyName));
  return [...groups.values()];
}

/** The person's own page: the bodies a change goes to and their history. Anyone signed in reads their own. */
export async function ownCircumstancesView(access: AccessContext) {
  const db = getPrisma();
  const [bodies, history] = await Promise.all([bodiesToNotify(db, access.userId), ownCircumstanceChanges(db, access.userId)]);
  return { bodies, history };
}

/** The body's list (/assessors/changes): its staff (assessorRegister.view) only; manage to acknowledge. */
export async function bodyNotifiedChanges(access: AccessContext) {
  const body = requireAwardingBodyPermission(access, "assessorRegister.view", "Changes of circumstance");
  const changes = await changesNotified(getPrisma(), { awardingBodyId: body.workspace.awardingBodyId });
  return {
    bodyName: body.workspace.name,
    canAcknowledge: rolesCan(body.workspace.roles, "assessorRegister.manage"),
    changes,
  };
}
