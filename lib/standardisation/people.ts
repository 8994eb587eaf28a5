import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadCentreQualification } from "@/lib/sampling/strategy-queries";

type Tx = Prisma.TransactionClient;

export type StaffPerson = { userId: string; name: string; roles: ("ASSESSOR" | "IQA")[] };

/**
 * The centre's active assessors and IQAs among the ids, by id. Anyone else (another centre's
 * staff, a candidate, a deactivated membership, an id that does not exist) is left out.
 */
export async function activeJudgesOf(tx: Tx, centreId: string, userIds: readonly string[]): Promise<Map<string, StaffPerson>> {
  const rows = await tx.membership.findMany({
    where: { centreId, userId: { in: [...new Set(userIds)] }, status: "ACTIVE", role: { in: ["ASSESSOR", "IQA"] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const people = new Map<string, StaffPerson>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, name: row.user.name, roles: [] };
    person.roles.push(row.role as "ASSESSOR" | "IQA");
    people.set(row.userId, person);
  }
  return people;
}

/**
 * Every id must be an active assessor or IQA of the centre; otherwise "not found" beside the
 * field, worded the same for another centre's person and for an id that exists nowhere.
 */
export async function requireJudges(tx: Tx, centreId: string, userIds: readonly string[], field: string, message: string) {
  const people = await activeJudgesOf(tx, centreId, userIds);
  if (userIds.some((id) => !people.has(id))) throw new AppError("NOT_FOUND", message, { [field]: [message] });
  return userIds.map((id) => people.get(id)!);
}

/** A calendar day from a form (YYYY-MM-DD) as a date column's value. */
export const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A qualification the centre has candidates for (as the sampling strategy requires); any other,
 * another awarding body's or one the centre does not deliver, is "not found" beside the field.
 */
export async function centreQualification(tx: Tx, centreId: string, qualificationId: string) {
  try {
    return await loadCentreQualification(tx, centreId, qualificationId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw new AppError("NOT_FOUND", "Qualification not found.", { qualificationId: ["Choose a qualification the centre delivers."] });
    }
    throw error;
  }
}
