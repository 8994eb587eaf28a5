import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
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
