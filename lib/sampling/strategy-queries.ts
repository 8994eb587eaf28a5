import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { riskRatingHistoryOrder } from "./risk-ratings";
import { loadSamplingStrategy } from "./strategy";

// Reads for the sampling strategy and assessor risk-rating screens: always the active centre's,
// for people with sampling.view; another centre's record is "not found", like a missing one.

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * A qualification the centre has candidates for (the qualifications are the awarding body's
 * shared catalogue; a centre sets a strategy only for those it delivers). Anything else is not found.
 */
export async function loadCentreQualification(db: Db, centreId: string, qualificationId: string) {
  requireRecordId(qualificationId, "Qualification");
  const qualification = await db.qualification.findFirst({
    where: { id: qualificationId, candidates: { some: { centreId } } },
    select: { id: true, title: true, qualificationNumber: true, level: true },
  });
  if (!qualification) throw notFound("Qualification");
  return qualification;
}

async function namesOf(userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const users = await getPrisma().user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** Every qualification the centre has candidates for, with its sampling strategy (null: the defaults apply). */
export async function listSamplingStrategies(access: AccessContext) {
  const centre = requireCentrePermission(access, "sampling.view", "Sampling strategy");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const qualifications = await db.qualification.findMany({
    where: { candidates: { some: { centreId } } },
    orderBy: [{ title: "asc" }, { qualificationNumber: "asc" }],
    select: {
      id: true,
      title: true,
      qualificationNumber: true,
      _count: { select: { candidates: { where: { centreId, status: "ACTIVE" } } } },
      samplingStrategies: { where: { centreId }, select: { id: true } },
    },
  });
  const rows = await Promise.all(
    qualifications.map(async (qualification) => ({
      id: qualification.id,
      title: qualification.title,
      qualificationNumber: qualification.qualificationNumber,
      activeCandidates: qualification._count.candidates,
      strategy: await loadSamplingStrategy(db, centreId, qualification.id),
    })),
  );
  return { qualifications: rows, canEdit: rolesCan(centre.workspace.roles, "sampling.strategy") };
}

/** The centre's strategy for one qualification (or the defaults), for the strategy form. */
export async function getSamplingStrategy(access: AccessContext, qualificationId: string) {
  const centre = requireCentrePermission(access, "sampling.view", "Qualification");
  const db = getPrisma();
  const qualification = await loadCentreQualification(db, centre.workspace.centreId, qualificationId);
  const strategy = await loadSamplingStrategy(db, centre.workspace.centreId, qualification.id);
  const stored = strategy.id
    ? await db.samplingStrategy.findFirst({
        where: { id: strategy.id, centreId: centre.workspace.centreId },
        select: { updatedById: true },
      })
    : null;
  const names = await namesOf(stored ? [stored.updatedById] : []);
  return {
    qualification,
    strategy,
    updatedBy: stored ? (names.get(stored.updatedById) ?? "Former staff member") : null,
    canEdit: rolesCan(centre.workspace.roles, "sampling.strategy"),
  };
}

/**
 * Every active assessor of the centre with their current risk rating and its history (newest
 * first), for the risk-ratings screen; and the exercises a new rating can name as its reason.
 */
export async function listAssessorRiskRatings(access: AccessContext) {
  const centre = requireCentrePermission(access, "sampling.view", "Assessors");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const memberships = await db.membership.findMany({
    where: { centreId, role: "ASSESSOR", status: "ACTIVE" },
    select: { userId: true, user: { select: { name: true } } },
  });
  const assessorIds = memberships.map((membership) => membership.userId);
  const ratings = await db.assessorRiskRating.findMany({
    where: { centreId, assessorUserId: { in: assessorIds } },
    orderBy: riskRatingHistoryOrder,
    select: {
      id: true,
      assessorUserId: true,
      risk: true,
      reason: true,
      ratedOn: true,
      ratedById: true,
      standardisationExerciseId: true,
      createdAt: true,
    },
  });
  const [names, exercises] = await Promise.all([
    namesOf(ratings.map((rating) => rating.ratedById)),
    db.standardisationExercise.findMany({
      where: { centreId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, title: true, createdAt: true, status: true, participantUserIds: true },
    }),
  ]);
  const exerciseTitles = new Map(exercises.map((exercise) => [exercise.id, exercise.title]));
  const assessors = memberships
    .map((membership) => {
      const history = ratings
        .filter((rating) => rating.assessorUserId === membership.userId)
        .map((rating) => ({
          id: rating.id,
          risk: rating.risk,
          reason: rating.reason,
          ratedOn: rating.ratedOn,
          ratedBy: names.get(rating.ratedById) ?? "Former staff member",
          standardisationExercise: rating.standardisationExerciseId
            ? (exerciseTitles.get(rating.standardisationExerciseId) ?? "A standardisation exercise")
            : null,
        }));
      return {
        userId: membership.userId,
        name: membership.user.name,
        isSelf: membership.userId === access.userId,
        current: history[0] ?? null,
        history,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || (a.userId < b.userId ? -1 : 1));
  return {
    assessors,
    // A new rating may name only a closed exercise the assessor took part in (recordRiskRating).
    exercises: exercises
      .filter((exercise) => exercise.status === "CLOSED")
      .map((exercise) => ({ id: exercise.id, title: exercise.title, participantUserIds: exercise.participantUserIds })),
    canManage: rolesCan(centre.workspace.roles, "sampling.manage"),
  };
}
