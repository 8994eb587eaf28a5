import "server-only";
import type { Prisma } from "@/lib/db/client";

/**
 * Who can receive RD07 feedback at a centre: people holding an active assessor membership there
 * (an expired one does not count). Used by the give-feedback action and by its form's list.
 */
export function activeAssessorMembershipWhere(centreId: string, today: Date): Prisma.MembershipWhereInput {
  return { centreId, role: "ASSESSOR", status: "ACTIVE", OR: [{ expiresOn: null }, { expiresOn: { gte: today } }] };
}
