import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { CandidateChangeSummary } from "./audit-summaries";
import { checkAllocation, loadCandidateForChange, saveCandidate } from "./registration-changes";
import { allocateStaffSchema } from "./schemas";

/**
 * Allocates the candidate's assessor and IQA: active members of this centre in those roles only.
 * A declared conflict of interest (ICS A2) refuses the allocation, saying which declaration stops it.
 */
export const allocateStaff = defineCentreAction({
  name: "candidate.allocate",
  audit: { label: "Allocated a candidate's assessor and IQA", summary: auditSummary<CandidateChangeSummary>() },
  input: allocateStaffSchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, now, audit }) {
    const candidate = await loadCandidateForChange(tx, access, input.candidateId, input.version);
    const { assessor, iqa } = await checkAllocation(tx, access, candidate, input, now);
    await saveCandidate(tx, access, candidate, { assessorUserId: assessor?.userId ?? null, iqaUserId: iqa?.userId ?? null });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: {
        candidate: candidate.name,
        before: { assessorUserId: candidate.assessorUserId, iqaUserId: candidate.iqaUserId },
        after: { assessorUserId: assessor?.userId ?? null, iqaUserId: iqa?.userId ?? null },
      },
    });
    return { assessor: assessor?.name ?? null, iqa: iqa?.name ?? null };
  },
});
