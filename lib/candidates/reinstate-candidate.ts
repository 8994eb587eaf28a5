import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { CandidateChangeSummary } from "./audit-summaries";
import { loadCandidateForChange, saveCandidate } from "./registration-changes";
import { candidateRefSchema } from "./schemas";

/** Makes a withdrawn candidate active again; the withdrawal stays in the audit trail. */
export const reinstateCandidate = defineCentreAction({
  name: "candidate.reinstate",
  audit: { label: "Reinstated a candidate", summary: auditSummary<CandidateChangeSummary>() },
  input: candidateRefSchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, audit }) {
    const candidate = await loadCandidateForChange(tx, access, input.candidateId, input.version);
    if (candidate.status !== "WITHDRAWN") throw new AppError("CONFLICT", `${candidate.name} is not withdrawn.`);
    await saveCandidate(tx, access, candidate, { status: "ACTIVE", withdrawnOn: null, withdrawalReason: null });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: {
        candidate: candidate.name,
        before: { status: "WITHDRAWN", withdrawnOn: isoDay(candidate.withdrawnOn), withdrawalReason: candidate.withdrawalReason },
        after: { status: "ACTIVE" },
      },
    });
    return { status: "ACTIVE" as const };
  },
});
