import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";

/** For awarding-body staff: the centres their body has approved, with active staff by role. */
export async function listApprovedCentres(access: AccessContext) {
  const body = requireAwardingBodyPermission(access, "centre.list");
  const db = getPrisma();
  const centres = await db.centre.findMany({
    where: { awardingBodyId: body.workspace.awardingBodyId },
    orderBy: { name: "asc" },
  });
  const counts = await db.membership.groupBy({
    by: ["centreId", "role"],
    where: { centreId: { in: centres.map((c) => c.id) }, status: "ACTIVE" },
    _count: { _all: true },
  });
  return centres.map((centre) => {
    const byRole = Object.fromEntries(counts.filter((c) => c.centreId === centre.id).map((c) => [c.role, c._count._all])) as Partial<
      Record<string, number>
    >;
    return { ...centre, activeByRole: byRole };
  });
}
