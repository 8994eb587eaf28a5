import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { loadEvidenceForChange, staleEvidence, updateEvidenceAtVersion, usableCriteria } from "./evidence-changes";
import { updateEvidenceCriteriaSchema } from "./schemas";

/**
 * Changes the criteria an item awaiting judgement is cross-referenced to (handbook 5.9: evidence
 * relevant to several criteria, in one or more units, is cross-referenced). The candidate's ticks
 * are suggestions; the assessor's are not. Judged evidence keeps the criteria it was judged on.
 */
export const updateEvidenceCriteria = defineCentreAction({
  name: "evidence.updateCriteria",
  audit: {
    label: "Changed the criteria evidence is cross-referenced to",
    summary: auditSummary<{ reference: string; before: string[]; after: string[] }>(),
  },
  input: updateEvidenceCriteriaSchema,
  permission: "evidence.upload",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { item, candidate, actsAsCandidate } = await loadEvidenceForChange(tx, access, input.evidenceItemId, now);
    if (item.version !== input.version) throw staleEvidence();
    if (item.status !== "AWAITING_JUDGEMENT") {
      throw new AppError("CONFLICT", `${item.reference} has been judged, so its criteria stay as judged. Resubmit it to change them.`);
    }
    const criteria = await usableCriteria(tx, centreId, candidate.qualificationId, input.criterionIds, "criterionIds");
    const before = await tx.assessmentCriterion.findMany({
      where: { id: { in: item.criteria.map((row) => row.criterionId) } },
      select: { ref: true },
      orderBy: { ref: "asc" },
    });
    await updateEvidenceAtVersion(tx, item, input.version, {});
    await tx.evidenceCriterion.deleteMany({ where: { centreId, evidenceItemId: item.id } });
    await tx.evidenceCriterion.createMany({
      data: criteria.map((criterion) => ({
        centreId,
        evidenceItemId: item.id,
        criterionId: criterion.id,
        suggestedByCandidate: actsAsCandidate,
      })),
    });
    await audit({
      targetType: "EvidenceItem",
      targetId: item.id,
      summary: { reference: item.reference, before: before.map((row) => row.ref), after: criteria.map((criterion) => criterion.ref) },
    });
    return { evidenceItemId: item.id, candidateId: candidate.id };
  },
});
