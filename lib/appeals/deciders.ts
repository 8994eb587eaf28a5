import "server-only";
import type { Prisma } from "@/lib/db/client";

/** Who may decide an appeal: someone with an active staff membership at the centre (admin, IQA or assessor). */
export function appealDeciderWhere(centreId: string) {
  return {
    memberships: { some: { centreId, status: "ACTIVE", role: { in: ["CENTRE_ADMIN", "IQA", "ASSESSOR"] } } },
  } satisfies Prisma.UserWhereInput;
}
