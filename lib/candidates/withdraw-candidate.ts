import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { CandidateChangeSummary } from "./audit-summaries";
import { dayOrNull, loadCandidateForChange, saveCandidate } from "./registration-changes";
import { withdrawCandidateSchema } from "./schemas";

/**
 * Withdraws an active candidate with the date and reason. Their record stays readable; no new
 * assessment records can be made for them (assertMayAssess) until they are reinstated.
 */
export const withdrawCandidate = defineCentreAction({
  name: "candidate.withdraw",
  audit: { label: "Withdrew a candidate", summary: auditSummary<CandidateChangeSummary>() },
  input: withdrawCandidateSchema,
  permission: "candidate.manage",
  async handler(input, { tx, access, audit }) {
    const candidate = await loadCandidateForChange(tx, access, input.candidateId, input.version);
    if (candidate.status !== "ACTIVE") {
      throw new AppError("CONFLICT", `${candidate.name} is ${candidate.status === "WITHDRAWN" ? "already withdrawn" : "completed"}.`);
    }
    if (input.withdrawnOn < candidate.startDate.toISOString().slice(0, 10)) {
      const message = "The withdrawal cannot be before the candidate's start date.";
      throw new AppError("INVALID_INPUT", message, { withdrawnOn: [message] });
    }
    await saveCandidate(tx, access, candidate, {
      status: "WITHDRAWN",
      withdrawnOn: dayOrNull(input.withdrawnOn),
      withdrawalReason: input.withdrawalReason,
    });
    await audit({
      targetType: "Candidate",
      targetId: candidate.id,
      summary: {
        candidate: candidate.name,
        before: { status: "ACTIVE" },
        after: { status: "WITHDRAWN", withdrawnOn: input.withdrawnOn, withdrawalReason: input.withdrawalReason },
      },
    });
    return { status: "WITHDRAWN" as const };
  },
});
