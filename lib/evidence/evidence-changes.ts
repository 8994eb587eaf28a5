import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { criteriaForAssessment, type UnitCriterion } from "@/lib/unit-criteria/criteria";

// Shared by the evidence actions: who is acting on whose portfolio, and the checks every change
// makes. A candidate reaches only their own items; staff reach the centre's and must be free to
// assess the candidate (no blocking conflict of interest).

type Tx = Prisma.TransactionClient;

/** The candidate a person adds evidence for, and whether they act as that candidate. */
export async function loadPortfolioCandidate(tx: Tx, access: CentreAccess, candidateId: string, now: Date) {
  const candidate = await loadCandidate(tx, access, candidateId);
  const actsAsCandidate = candidate.userId === access.userId;
  if (!actsAsCandidate) {
    // Staff: only an assessor free to assess this candidate adds to or judges their portfolio.
    if (!rolesCan(access.workspace.roles, "assessment.record")) throw notFound("Candidate");
    await assertMayAssess(tx, access, candidate, now);
  } else if (candidate.status !== "ACTIVE") {
    throw new AppError("CONFLICT", "Your registration is not active, so no evidence can be added.");
  }
  return { candidate, actsAsCandidate };
}

/** An evidence item of the centre that this person may change, with its candidate. */
export async function loadEvidenceForChange(tx: Tx, access: CentreAccess, evidenceItemId: string, now: Date) {
  requireRecordId(evidenceItemId, "Evidence");
  const item = await tx.evidenceItem.findFirst({
    where: { id: evidenceItemId, centreId: access.workspace.centreId },
    include: { criteria: { select: { criterionId: true, suggestedByCandidate: true, judgement: true } } },
  });
  if (!item) throw notFound("Evidence");
  try {
    const { candidate, actsAsCandidate } = await loadPortfolioCandidate(tx, access, item.candidateId, now);
    return { item, candidate, actsAsCandidate };
  } catch (error) {
    // Another candidate's item looks exactly like a missing one.
    if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound("Evidence");
    throw error;
  }
}

/** The criteria, checked to be ones this centre assesses the candidate's qualification against. */
export async function usableCriteria(
  tx: Tx,
  centreId: string,
  qualificationId: string,
  criterionIds: readonly string[],
  field: string,
): Promise<UnitCriterion[]> {
  const criteria = await criteriaForAssessment(tx, centreId, qualificationId, criterionIds);
  if (!criteria) {
    const message = "One of the ticked criteria is not a criterion of this candidate's qualification. Tick them again from the list.";
    throw new AppError("INVALID_INPUT", message, { [field]: [message] });
  }
  return criteria;
}

export function staleEvidence(): AppError {
  return new AppError(
    "CONFLICT",
    "Someone else changed this evidence while you were looking at it. Reload to see the change, then try again.",
  );
}

/** Changes the item only at the version the person read; counts nothing changed as someone else's edit. */
export async function updateEvidenceAtVersion(
  tx: Tx,
  item: { id: string; centreId: string },
  version: number,
  data: Prisma.EvidenceItemUpdateManyMutationInput,
) {
  const updated = await tx.evidenceItem.updateMany({
    where: { id: item.id, centreId: item.centreId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleEvidence();
}
