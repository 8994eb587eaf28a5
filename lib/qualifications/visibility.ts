import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";

// Which qualifications a workspace reads: its awarding body's catalogue, plus, in a centre, the
// qualifications that centre imported for its own use. Another centre's imported qualification is
// "not found", like a missing one. Every qualification look-up by a centre or body goes through here.

/** The `where` for qualifications a centre reads: the body's catalogue and the centre's own. */
export function centreQualificationsWhere(centre: { awardingBodyId: string; centreId: string }): Prisma.QualificationWhereInput {
  return { awardingBodyId: centre.awardingBodyId, OR: [{ centreId: null }, { centreId: centre.centreId }] };
}

/** The `where` for the qualifications visible in the access's workspace (a body sees its catalogue only). */
export function visibleQualificationsWhere(access: AccessContext): Prisma.QualificationWhereInput {
  const workspace = access.workspace;
  return workspace.kind === "centre"
    ? centreQualificationsWhere({ awardingBodyId: workspace.awardingBodyId, centreId: workspace.centreId })
    : { awardingBodyId: workspace.awardingBodyId, centreId: null };
}
