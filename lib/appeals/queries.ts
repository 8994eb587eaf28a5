import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { loadCandidate, loadOwnCandidate } from "@/lib/candidates/load-candidate";
import { getPrisma } from "@/lib/db/client";

const appealSelect = {
  id: true,
  lodgedOn: true,
  status: true,
  grounds: true,
  decisionDescription: true,
  createdAt: true,
  unitDecision: {
    select: { id: true, decisionType: true, outcome: true, decidedOn: true, unit: { select: { id: true, title: true, urn: true } } },
  },
} as const;

/** A candidate's appeals (the candidate's own, or any of the centre's candidates for staff who see candidates). */
export async function listCandidateAppeals(access: AccessContext, candidateId: string) {
  const staff = rolesCan(access.workspace.roles, "candidate.view");
  const centre = requireCentrePermission(access, staff ? "candidate.view" : "portfolio.own", "Candidate");
  const candidate = await loadCandidate(getPrisma(), centre, candidateId);
  const appeals = await getPrisma().appeal.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ lodgedOn: "desc" }, { createdAt: "desc" }],
    select: appealSelect,
  });
  return { candidate, appeals };
}

/** What a candidate may appeal against: their own recorded unit decisions. */
export async function appealFormOptions(access: AccessContext, candidateId: string) {
  const centre = requireCentrePermission(access, "portfolio.own", "Candidate");
  const candidate = await loadOwnCandidate(getPrisma(), centre, candidateId);
  const decisions = await getPrisma().unitDecision.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, decisionType: true, outcome: true, decidedOn: true, status: true, unit: { select: { title: true, urn: true } } },
  });
  return { candidate, decisions };
}

/** Every appeal lodged at the centre, newest first, for the centre admin. */
export async function listCentreAppeals(access: AccessContext) {
  const centre = requireCentrePermission(access, "appeal.view");
  return getPrisma().appeal.findMany({
    where: { centreId: centre.workspace.centreId },
    orderBy: [{ lodgedOn: "desc" }, { createdAt: "desc" }],
    select: { ...appealSelect, candidate: { select: { id: true, name: true } } },
  });
}
