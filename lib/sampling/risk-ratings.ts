import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { AssessorRiskLevel } from "@/lib/db/generated/client";

type Db = Prisma.TransactionClient | PrismaClient;

export type CurrentRiskRating = { risk: AssessorRiskLevel; reason: string; ratedOn: Date; ratedById: string };

/**
 * The order of an assessor's rating history, newest first: by the date the rating was made
 * (`ratedOn`), and among ratings made on the same day by when they were entered. So typing up an
 * older paper rating later does not replace a newer one.
 */
export const riskRatingHistoryOrder: Prisma.AssessorRiskRatingOrderByWithRelationInput[] = [
  { ratedOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

/**
 * Each assessor's current risk rating at a centre: the one with the latest `ratedOn` (ties: the
 * one entered last) of their append-only history. An assessor with none is sampled as new
 * (lib/rules/sampling-coverage.ts riskOf).
 */
export async function currentRiskRatings(db: Db, centreId: string): Promise<Map<string, CurrentRiskRating>> {
  const rows = await db.$queryRaw<{ assessorUserId: string; risk: AssessorRiskLevel; reason: string; ratedOn: Date; ratedById: string }[]>`
    SELECT DISTINCT ON ("assessorUserId") "assessorUserId", "risk", "reason", "ratedOn", "ratedById"
    FROM "AssessorRiskRating"
    WHERE "centreId" = ${centreId}::uuid
    ORDER BY "assessorUserId", "ratedOn" DESC, "createdAt" DESC, "id" DESC`;
  return new Map(rows.map(({ assessorUserId, ...rating }) => [assessorUserId, rating]));
}

/**
 * Record a new risk rating for an assessor. The caller has checked the assessor holds the
 * assessor role at the centre; the history keeps every earlier rating.
 */
export async function writeRiskRating(
  tx: Prisma.TransactionClient,
  input: {
    centreId: string;
    assessorUserId: string;
    risk: AssessorRiskLevel;
    reason: string;
    ratedOn: Date;
    ratedById: string;
    standardisationExerciseId?: string | null;
    now: Date;
  },
) {
  return tx.assessorRiskRating.create({
    data: {
      centreId: input.centreId,
      assessorUserId: input.assessorUserId,
      risk: input.risk,
      reason: input.reason,
      ratedOn: input.ratedOn,
      ratedById: input.ratedById,
      standardisationExerciseId: input.standardisationExerciseId ?? null,
      createdAt: input.now,
    },
  });
}
