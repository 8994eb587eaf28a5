import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import type { IsoDate } from "@/lib/rules/dates";

// Reads of a candidate's reasonable adjustments and special consideration (handbook 9.10). The
// caller has already reached the candidate through lib/candidates/load-candidate.ts; the centre is
// in every `where`, so another centre's candidate has none.

type Db = PrismaClient | Prisma.TransactionClient;

const arrangementSelect = {
  id: true,
  kind: true,
  reason: true,
  arrangement: true,
  unitId: true,
  appliesFrom: true,
  appliesUntil: true,
  approvedByAwardingBodyOn: true,
  version: true,
  createdAt: true,
} as const satisfies Prisma.AssessmentArrangementSelect;

export type ArrangementRow = Prisma.AssessmentArrangementGetPayload<{ select: typeof arrangementSelect }> & {
  /** The unit it applies to; null: every unit. */
  unit: { id: string; urn: string; title: string } | null;
};

async function withUnits(
  db: Db,
  rows: Prisma.AssessmentArrangementGetPayload<{ select: typeof arrangementSelect }>[],
): Promise<ArrangementRow[]> {
  const unitIds = [...new Set(rows.flatMap((row) => (row.unitId ? [row.unitId] : [])))];
  const units = unitIds.length
    ? await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, urn: true, title: true } })
    : [];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return rows.map((row) => ({ ...row, unit: row.unitId ? (byId.get(row.unitId) ?? null) : null }));
}

/** The arrangements in force for a candidate on a day (from its start, until its end if any), for their assessor. */
export async function arrangementsFor(
  db: Db,
  input: { centreId: string; candidateId: string; on: IsoDate | Date },
): Promise<ArrangementRow[]> {
  const on = new Date(`${typeof input.on === "string" ? input.on : isoDay(input.on)}T00:00:00Z`);
  const rows = await db.assessmentArrangement.findMany({
    where: {
      centreId: input.centreId,
      candidateId: input.candidateId,
      appliesFrom: { lte: on },
      OR: [{ appliesUntil: null }, { appliesUntil: { gte: on } }],
    },
    orderBy: [{ appliesFrom: "asc" }, { createdAt: "asc" }],
    select: arrangementSelect,
  });
  return withUnits(db, rows);
}

/** Every arrangement recorded for a candidate, newest first (the arrangements page). */
export async function allArrangementsFor(db: Db, input: { centreId: string; candidateId: string }): Promise<ArrangementRow[]> {
  const rows = await db.assessmentArrangement.findMany({
    where: { centreId: input.centreId, candidateId: input.candidateId },
    orderBy: [{ appliesFrom: "desc" }, { createdAt: "desc" }],
    select: arrangementSelect,
  });
  return withUnits(db, rows);
}

/** One arrangement of the candidate, or null (another centre's or candidate's is null too). */
export async function arrangementOf(db: Db, input: { centreId: string; candidateId: string; arrangementId: string }) {
  const row = await db.assessmentArrangement.findFirst({
    where: { id: input.arrangementId, centreId: input.centreId, candidateId: input.candidateId },
    select: arrangementSelect,
  });
  return row ? (await withUnits(db, [row]))[0] : null;
}
