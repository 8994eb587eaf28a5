import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { StandardisationExerciseStatus } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";

export type LockedExercise = {
  id: string;
  title: string;
  unitId: string;
  status: StandardisationExerciseStatus;
  criterionIds: string[];
  participantUserIds: string[];
  createdById: string;
  version: number;
};

/**
 * The centre's exercise, its row locked against a concurrent close (FOR SHARE) or change (FOR
 * UPDATE) until the transaction ends. Another centre's exercise is "not found".
 */
export async function lockExercise(
  tx: Prisma.TransactionClient,
  centreId: string,
  exerciseId: string,
  mode: "share" | "update",
): Promise<LockedExercise> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<LockedExercise[]>`
          SELECT "id", "title", "unitId", "status", "criterionIds", "participantUserIds", "createdById", "version"
          FROM "StandardisationExercise" WHERE "id" = ${exerciseId}::uuid AND "centreId" = ${centreId}::uuid FOR SHARE`
      : await tx.$queryRaw<LockedExercise[]>`
          SELECT "id", "title", "unitId", "status", "criterionIds", "participantUserIds", "createdById", "version"
          FROM "StandardisationExercise" WHERE "id" = ${exerciseId}::uuid AND "centreId" = ${centreId}::uuid FOR UPDATE`;
  const exercise = rows[0];
  if (!exercise) throw notFound("Standardisation exercise");
  return exercise;
}
