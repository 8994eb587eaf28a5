import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { isoDay } from "@/lib/format/dates";
import type { CandidateChangeSummary } from "./audit-summaries";
import { dayOrNull, loadCandidateForChange, saveCandidate } from "./registration-changes";
import { confirmEntrySchema } from "./schemas";

/** Records the day the candidate's entry was confirmed with the awarding body (handbook 7.3). */
export const confirmEntry = defineCentreAction({
  name: "candidate.confirmEntry",
  audit: { label: "Confirmed a candidate's entry", summary: auditSummary<CandidateChangeSummary>() },
  input: confirmEntrySchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, audit }) {
    const candidate = await loadCandidateForChange(tx, access, input.candidateId, input.version);
    await saveCandidate(tx, access, candidate, { entryConfirmedOn: dayOrNull(input.entryConfirmedOn) });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: {
        candidate: candidate.name,
        before: { entryConfirmedOn: candidate.entryConfirmedOn ? isoDay(candidate.entryConfirmedOn) : null },
        after: { entryConfirmedOn: input.entryConfirmedOn },
      },
    });
    return { entryConfirmedOn: input.entryConfirmedOn };
  },
});
