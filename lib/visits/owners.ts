import "server-only";
import type { Prisma } from "@/lib/db/client";

/** Who may own an action point: someone with an active staff membership at the centre (admin, IQA or assessor). */
export function actionPointOwnerWhere(centreId: string) {
  return {
    memberships: { some: { centreId, status: "ACTIVE", role: { in: ["CENTRE_ADMIN", "IQA", "ASSESSOR"] } } },
  } satisfies Prisma.UserWhereInput;
}
