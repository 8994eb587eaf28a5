import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { candidateUnits } from "./candidate-units";

// Reads of a candidate's recognition-of-prior-learning claims (handbook 9.9). The caller has
// already reached the candidate through lib/candidates/load-candidate.ts; the centre is in every
// `where`, so another centre's candidate has none.

type Db = PrismaClient | Prisma.TransactionClient;

const claimSelect = {
  id: true,
  unitId: true,
  assessmentCriterionIds: true,
  priorLearning: true,
  evidence: true,
  status: true,
  decisionNotes: true,
  decidedOn: true,
  decidedById: true,
  recordedById: true,
  createdAt: true,
  version: true,
} as const satisfies Prisma.PriorLearningClaimSelect;

export type PriorLearningRow = Prisma.PriorLearningClaimGetPayload<{ select: typeof claimSelect }> & {
  unit: { id: string; urn: string; title: string } | null;
  /** The criteria it is put forward against, in the unit's order ("2.1"); empty: every criterion of the unit. */
  criteria: { id: string; ref: string; text: string }[];
  decidedBy: string | null;
  recordedBy: string | null;
};

async function described(db: Db, rows: Prisma.PriorLearningClaimGetPayload<{ select: typeof claimSelect }>[]): Promise<PriorLearningRow[]> {
  const unitIds = [...new Set(rows.map((row) => row.unitId))];
  const criterionIds = [...new Set(rows.flatMap((row) => row.assessmentCriterionIds))];
  const userIds = [...new Set(rows.flatMap((row) => [row.recordedById, ...(row.decidedById ? [row.decidedById] : [])]))];
  const [units, criteria, users] = await Promise.all([
    unitIds.length ? db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, urn: true, title: true } }) : [],
    criterionIds.length
      ? db.assessmentCriterion.findMany({
          where: { id: { in: criterionIds } },
          select: { id: true, ref: true, text: true, position: true },
          orderBy: { position: "asc" },
        })
      : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
  ]);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const userName = new Map(users.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    ...row,
    unit: unitById.get(row.unitId) ?? null,
    criteria: criteria
      .filter((criterion) => row.assessmentCriterionIds.includes(criterion.id))
      .map(({ id, ref, text }) => ({ id, ref, text })),
    decidedBy: row.decidedById ? (userName.get(row.decidedById) ?? null) : null,
    recordedBy: userName.get(row.recordedById) ?? null,
  }));
}

/** A candidate's prior-learning claims, newest first, with their units, criteria and decisions. */
export async function priorLearningFor(db: Db, input: { centreId: string; candidateId: string }): Promise<PriorLearningRow[]> {
  const rows = await db.priorLearningClaim.findMany({
    where: { centreId: input.centreId, candidateId: input.candidateId },
    orderBy: [{ createdAt: "desc" }],
    select: claimSelect,
  });
  return described(db, rows);
}

/** One claim of the candidate, or null (another centre's or candidate's is null too). */
export async function priorLearningClaimOf(db: Db, input: { centreId: string; candidateId: string; claimId: string }) {
  const row = await db.priorLearningClaim.findFirst({
    where: { id: input.claimId, centreId: input.centreId, candidateId: input.candidateId },
    select: claimSelect,
  });
  return row ? (await described(db, [row]))[0] : null;
}

/**
 * The candidate's prior-learning page: their claims, the units (with criteria) it can be put
 * forward against, and whether this person records and decides it. Staff who see candidates read it.
 */
export async function priorLearningPage(access: AccessContext, candidateId: string) {
  const centre = requireCentrePermission(access, "candidate.view", "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const [claims, units] = await Promise.all([
    priorLearningFor(db, { centreId: centre.workspace.centreId, candidateId: candidate.id }),
    candidateUnits(db, candidate),
  ]);
  return { candidate, claims, units, mayRecord: rolesCan(centre.workspace.roles, "priorLearning.record") };
}
