import "server-only";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { pickableCriteriaOfQualifications } from "@/lib/activities/queries";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { logExternalVerifierAccess } from "@/lib/external-verifier-access/scope";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

// A candidate's portfolio (RD04 index of evidence, RD10): staff see the centre's candidates', a
// candidate only their own (loadCandidate). Another centre's item is "not found".

function centreAccessOf(access: AccessContext, what: string): CentreAccess {
  if (!isCentreAccess(access)) throw notFound(what);
  return access;
}

const unitLabelOf = (unit: { urn: string; unitNumber: number | null; title: string }) =>
  `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`;

const criterionSelect = {
  criterionId: true,
  suggestedByCandidate: true,
  judgement: true,
  criterion: {
    select: { ref: true, text: true, position: true, unit: { select: { id: true, urn: true, unitNumber: true, title: true } } },
  },
} as const;

type CriterionRow = {
  criterionId: string;
  suggestedByCandidate: boolean;
  judgement: "MET" | "PARTLY_MET" | "NOT_YET_MET" | null;
  criterion: { ref: string; text: string; position: number; unit: { id: string; urn: string; unitNumber: number | null; title: string } };
};

function presentCriteria(rows: CriterionRow[]) {
  return [...rows]
    .sort(
      (a, b) =>
        (a.criterion.unit.unitNumber ?? 0) - (b.criterion.unit.unitNumber ?? 0) ||
        a.criterion.unit.urn.localeCompare(b.criterion.unit.urn) ||
        a.criterion.position - b.criterion.position,
    )
    .map((row) => ({
      criterionId: row.criterionId,
      ref: row.criterion.ref,
      text: row.criterion.text,
      unitId: row.criterion.unit.id,
      unitLabel: unitLabelOf(row.criterion.unit),
      unitUrn: row.criterion.unit.urn,
      suggestedByCandidate: row.suggestedByCandidate,
      judgement: row.judgement,
    }));
}

const referenceNumber = (reference: string) => Number(reference.replace(/^\D+/, "")) || 0;

/** The candidate's portfolio, in reference order. */
export async function listEvidence(access: AccessContext, candidateId: string) {
  const centre = centreAccessOf(access, "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  // An external verifier's read of a granted candidate is logged (no-op for anyone else).
  await logExternalVerifierAccess(db, { access: centre, candidateId: candidate.id, action: "VIEW", what: "Evidence" });
  const rows = await db.evidenceItem.findMany({
    where: { centreId: centre.workspace.centreId, candidateId: candidate.id },
    select: {
      id: true,
      reference: true,
      title: true,
      method: true,
      location: true,
      status: true,
      createdAt: true,
      previousSubmission: { select: { reference: true } },
      resubmissions: { select: { reference: true } },
      criteria: { select: criterionSelect },
      _count: { select: { files: true } },
    },
  });
  const items = rows
    .map((row) => ({ ...row, criteria: presentCriteria(row.criteria) }))
    .sort((a, b) => referenceNumber(a.reference) - referenceNumber(b.reference));
  return { candidate: { id: candidate.id, name: candidate.name, userId: candidate.userId, status: candidate.status }, items };
}

/** One item with its criteria, files, feedback, witness statement and its chain of resubmissions. */
export async function getEvidence(access: AccessContext, candidateId: string, evidenceItemId: string) {
  const centre = centreAccessOf(access, "Evidence");
  requireRecordId(evidenceItemId, "Evidence");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const candidate = await loadCandidate(db, centre, candidateId);
  const item = await db.evidenceItem.findFirst({
    where: { id: evidenceItemId, centreId, candidateId: candidate.id },
    select: {
      id: true,
      reference: true,
      title: true,
      method: true,
      location: true,
      description: true,
      status: true,
      rejectionReason: true,
      anonymisationConfirmed: true,
      simulated: true,
      authenticatedBy: true,
      previousSubmissionId: true,
      submittedById: true,
      judgedById: true,
      createdAt: true,
      judgedAt: true,
      version: true,
      criteria: { select: criterionSelect },
      files: { select: { id: true, fileName: true, contentType: true, byteSize: true }, orderBy: { createdAt: "asc" } },
      feedback: {
        select: { id: true, achieved: true, nextSteps: true, candidateResponse: true, givenAt: true },
        orderBy: { givenAt: "asc" },
      },
      witnessStatement: { select: { id: true, witnessName: true } },
      resubmissions: { select: { id: true, reference: true, status: true, createdAt: true } },
    },
  });
  if (!item) throw notFound("Evidence");
  await logExternalVerifierAccess(db, {
    access: centre,
    candidateId: candidate.id,
    action: "VIEW",
    what: `Evidence ${item.reference}: ${item.title}`,
  });
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [item.submittedById, item.judgedById].filter((id): id is string => id !== null) } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user.name]),
  );

  // Earlier submissions of this piece of evidence, newest first (each keeps its own feedback).
  const earlier: { id: string; reference: string; status: string; rejectionReason: string | null; createdAt: Date }[] = [];
  let previousId = item.previousSubmissionId;
  for (let hops = 0; previousId && hops < 100; hops++) {
    const previous = await db.evidenceItem.findFirst({
      where: { id: previousId, centreId, candidateId: candidate.id },
      select: { id: true, reference: true, status: true, rejectionReason: true, createdAt: true, previousSubmissionId: true },
    });
    if (!previous) break;
    earlier.push(previous);
    previousId = previous.previousSubmissionId;
  }

  return {
    candidate: {
      id: candidate.id,
      name: candidate.name,
      userId: candidate.userId,
      qualificationId: candidate.qualificationId,
      status: candidate.status,
    },
    item: {
      ...item,
      criteria: presentCriteria(item.criteria),
      submittedBy: names.get(item.submittedById) ?? "",
      judgedBy: item.judgedById ? (names.get(item.judgedById) ?? "") : null,
    },
    earlier,
  };
}

/** What the evidence form needs: the candidate, their qualification's criteria, and the item being resubmitted. */
export async function evidenceFormData(access: AccessContext, candidateId: string, resubmitId: string | null) {
  const centre = centreAccessOf(access, "Candidate");
  const db = getPrisma();
  const candidate = await loadCandidate(db, centre, candidateId);
  const actsAsCandidate = candidate.userId === access.userId;
  if (!actsAsCandidate && !rolesCan(centre.workspace.roles, "assessment.record")) throw notFound("Candidate");
  const criteria: PickableCriterion[] =
    (await pickableCriteriaOfQualifications(centre.workspace.centreId, [candidate.qualificationId]))[candidate.qualificationId] ?? [];
  const resubmitting =
    resubmitId && requireRecordId(resubmitId, "Evidence")
      ? await db.evidenceItem.findFirst({
          where: { id: resubmitId, centreId: centre.workspace.centreId, candidateId: candidate.id, status: "REJECTED" },
          select: {
            id: true,
            reference: true,
            title: true,
            method: true,
            location: true,
            description: true,
            rejectionReason: true,
            authenticatedBy: true,
            criteria: { select: { criterionId: true } },
          },
        })
      : null;
  return { candidate: { id: candidate.id, name: candidate.name, status: candidate.status }, actsAsCandidate, criteria, resubmitting };
}
