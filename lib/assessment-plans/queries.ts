import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate, requireCandidateReader } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { planContent, readPlanContent, type PlanContent } from "./plan-content";
import { planRecordRef } from "./plan-changes";

// Plans are read through the candidate: staff of the centre see its candidates' plans, a
// candidate only their own (lib/candidates/load-candidate.ts). Anything else is "not found".

async function candidateFor(access: AccessContext, candidateId: string) {
  // Staff, the candidate, or an external verifier granted this candidate (read-only).
  const centre = requireCandidateReader(access);
  return { centre, candidate: await loadCandidate(getPrisma(), centre, candidateId) };
}

export async function listCandidatePlans(access: AccessContext, candidateId: string) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  await logExternalVerifierAccess(getPrisma(), { access: centre, candidateId: candidate.id, action: "VIEW", what: "Assessment plans" });
  const plans = await getPrisma().assessmentPlan.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, title: true, status: true, plannedOn: true, reviewOn: true, methods: true, updatedAt: true },
  });
  return { candidate, plans };
}

/** The candidate's qualification's units, for choosing what a plan covers. */
export async function planFormOptions(access: AccessContext, candidateId: string) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  requireCentrePermission(centre, "assessment.record", "Candidate");
  const units = await getPrisma().unit.findMany({
    where: { qualificationId: candidate.qualificationId },
    orderBy: [{ group: "asc" }, { unitNumber: "asc" }, { title: "asc" }],
    select: { id: true, urn: true, title: true, unitNumber: true },
  });
  return { candidate, units };
}

export type PlanVersionView = {
  version: number;
  createdAt: Date;
  content: PlanContent | null;
  intact: boolean;
  signatures: { id: string; role: string; statement: string; signedAt: Date; signer: { id: string; name: string }; valid: boolean }[];
};

/** One plan of the candidate, with what the candidate is asked to confirm and every version with its signatures. */
export async function getCandidatePlan(access: AccessContext, candidateId: string, planId: string) {
  const { centre, candidate } = await candidateFor(access, candidateId);
  requireRecordId(planId, "Assessment plan");
  const db = getPrisma();
  const plan = await db.assessmentPlan.findFirst({ where: { id: planId, centreId: centre.workspace.centreId, candidateId: candidate.id } });
  if (!plan) throw notFound("Assessment plan");
  await logExternalVerifierAccess(db, {
    access: centre,
    candidateId: candidate.id,
    action: "VIEW",
    what: `Assessment plan: ${plan.title}`,
  });
  const [units, author] = await Promise.all([
    db.unit.findMany({ where: { id: { in: plan.unitIds } }, select: { id: true, urn: true, title: true } }),
    db.user.findUnique({ where: { id: plan.createdById }, select: { name: true } }),
  ]);
  const ref = planRecordRef(centre.workspace.centreId, plan.id);
  const versions = await readSignedVersions(db, ref);
  return {
    candidate,
    plan,
    author: author?.name ?? null,
    content: planContent(plan, units),
    /** The numbered version the candidate confirms (the latest). */
    recordVersion: versions[0]?.version ?? 0,
    versions: versions.map<PlanVersionView>((version) => ({ ...version, content: readPlanContent(version.content) })),
  };
}
