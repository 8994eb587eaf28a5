import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { linkUploadedFiles } from "@/lib/files/link-files";
import { loadPortfolioCandidate, usableCriteria } from "./evidence-changes";
import { allocateEvidenceReference } from "./next-reference";
import { addEvidenceSchema } from "./schemas";

type AddEvidenceSummary = {
  candidate: string;
  reference: string;
  title: string;
  method: string;
  criteria: string[];
  files: number;
  suggestedByCandidate: boolean;
  resubmissionOf: string | null;
};

/**
 * Adds a piece of evidence to a candidate's portfolio (RD04 index of evidence, RD10): the candidate
 * for themselves, or their assessor. It gets the next reference (E1, E2…) and awaits judgement.
 * The candidate's cross-references are suggestions for the assessor to confirm. A rejected item is
 * resubmitted as a new item pointing back to it, so each submission keeps its own history (5.7).
 */
export const addEvidence = defineCentreAction({
  name: "evidence.add",
  audit: { label: "Added evidence to a portfolio", summary: auditSummary<AddEvidenceSummary>() },
  input: addEvidenceSchema,
  permission: "evidence.upload",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { candidate, actsAsCandidate } = await loadPortfolioCandidate(tx, access, input.candidateId, now);
    const criteria = await usableCriteria(tx, centreId, candidate.qualificationId, input.criterionIds, "criterionIds");

    // Taken first: it also serialises the resubmission checks below for this candidate.
    const reference = await allocateEvidenceReference(tx, centreId, candidate.id);
    let resubmissionOf: string | null = null;
    if (input.previousSubmissionId !== "") {
      const previous = await tx.evidenceItem.findFirst({
        where: { id: input.previousSubmissionId, centreId, candidateId: candidate.id },
        select: { id: true, reference: true, status: true, resubmissions: { select: { reference: true } } },
      });
      if (!previous) throw notFound("Evidence");
      if (previous.status !== "REJECTED") {
        throw new AppError("CONFLICT", `${previous.reference} has not been rejected, so it is not resubmitted.`);
      }
      if (previous.resubmissions.length > 0) {
        throw new AppError("CONFLICT", `${previous.reference} has already been resubmitted as ${previous.resubmissions[0]!.reference}.`);
      }
      resubmissionOf = previous.reference;
    }

    const item = await tx.evidenceItem.create({
      data: {
        centreId,
        candidateId: candidate.id,
        reference,
        title: input.title,
        method: input.method,
        location: input.location,
        description: input.description === "" ? null : input.description,
        anonymisationConfirmed: input.anonymisationConfirmed,
        simulated: input.simulated,
        authenticatedBy: input.authenticatedBy === "" ? null : input.authenticatedBy,
        previousSubmissionId: input.previousSubmissionId === "" ? null : input.previousSubmissionId,
        submittedById: access.userId,
        criteria: {
          create: criteria.map((criterion) => ({ centreId, criterionId: criterion.id, suggestedByCandidate: actsAsCandidate })),
        },
      },
    });
    await linkUploadedFiles(
      tx,
      { centreId, candidateId: candidate.id, uploadedById: access.userId, evidenceItemId: item.id },
      input.fileIds,
    );

    await audit({
      targetType: "EvidenceItem",
      targetId: item.id,
      summary: {
        candidate: candidate.name,
        reference,
        title: input.title,
        method: input.method,
        criteria: criteria.map((criterion) => criterion.ref),
        files: input.fileIds.length,
        suggestedByCandidate: actsAsCandidate,
        resubmissionOf,
      },
    });
    return { evidenceItemId: item.id, candidateId: candidate.id, reference };
  },
});
