import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";

// The signed-in assessor's or IQA's own declarations at the active centre, and the candidates
// they may declare a relationship with.

export async function listMyDeclarations(access: AccessContext) {
  const centre = requireCentrePermission(access, "conflict.declare");
  return getPrisma().conflictOfInterestDeclaration.findMany({
    where: { centreId: centre.workspace.centreId, staffUserId: centre.userId, subject: "CANDIDATE" },
    include: { candidate: { select: { id: true, name: true, assessorUserId: true, iqaUserId: true } } },
    orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { declaredOn: "desc" }],
  });
}

/** The centre's candidates, by name, for the declaration form. */
export async function listCandidatesToDeclare(access: AccessContext) {
  const centre = requireCentrePermission(access, "conflict.declare");
  return getPrisma().candidate.findMany({
    where: { centreId: centre.workspace.centreId, status: { not: "COMPLETED" } },
    select: { id: true, name: true, uln: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
