import "server-only";
import type { Prisma } from "@/lib/db/client";

/**
 * The centre's staff a case may be about: anyone who holds or held an admin, assessor or IQA
 * membership there (a case may come to light after they left).
 */
export function malpracticeStaffWhere(centreId: string) {
  return { memberships: { some: { centreId, role: { in: ["CENTRE_ADMIN", "ASSESSOR", "IQA"] } } } } satisfies Prisma.UserWhereInput;
}
