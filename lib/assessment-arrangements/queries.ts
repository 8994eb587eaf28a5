import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { candidateUnits } from "@/lib/prior-learning/candidate-units";
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

/**
 * The candidate's arrangements page: every arrangement recorded (those in force today marked), the
 * units one can apply to, and whether this person manages them. Staff who see candidates read it.
 */
export async function arrangementsPage(access: AccessContext, candidateId: string, today: Date) {
  const centre = requireCentrePermission(access, "candidate.view", "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const scope = { centreId: centre.workspace.centreId, candidateId: candidate.id };
  const [arrangements, inForce, units] = await Promise.all([
    allArrangementsFor(db, scope),
    arrangementsFor(db, { ...scope, on: today }),
    candidateUnits(db, candidate),
  ]);
  const inForceIds = new Set(inForce.map((row) => row.id));
  return {
    candidate,
    arrangements: arrangements.map((row) => ({ ...row, inForce: inForceIds.has(row.id) })),
    units,
    mayManage: rolesCan(centre.workspace.roles, "assessmentArrangement.manage"),
  };
}

/** One arrangement to change, for those who manage them. */
export async function arrangementEditPage(access: AccessContext, candidateId: string, arrangementId: string) {
  const centre = requireCentrePermission(access, "assessmentArrangement.manage", "Candidate");
  requireRecordId(arrangementId, "Arrangement");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const arrangement = await arrangementOf(db, { centreId: centre.workspace.centreId, candidateId: candidate.id, arrangementId });
  if (!arrangement) throw notFound("Arrangement");
  return { candidate, arrangement, units: await candidateUnits(db, candidate) };
}

/** The new-arrangement form's options, for those who manage them. */
export async function arrangementFormOptions(access: AccessContext, candidateId: string) {
  const centre = requireCentrePermission(access, "assessmentArrangement.manage", "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  return { candidate, units: await candidateUnits(db, candidate) };
}
