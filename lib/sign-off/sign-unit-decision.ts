import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { confirmSigningPassword } from "@/lib/signatures/sign-record";
import type { UnitSignedOffSummary } from "./audit-summaries";
import { loadDecisionForChange, signDecisionAsAssessor, updateDecisionAtVersion } from "./decisions";
import { signUnitDecisionSchema } from "./schemas";

/**
 * The assessor signs again a sign-off decision they changed after signing: the readiness rule runs
 * again on the records as they are now, and the current content is signed as the next version.
 */
export const signUnitDecision = defineCentreAction({
  name: "signOff.signDecisionAgain",
  audit: { label: "Signed a changed unit sign-off again", summary: auditSummary<UnitSignedOffSummary>() },
  input: signUnitDecisionSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { decision, candidate } = await loadDecisionForChange(tx, access, input.decisionId, input.version);
    if (decision.decisionType !== "SUMMATIVE" || decision.outcome !== "ACHIEVED" || decision.status !== "RECORDED") {
      throw new AppError("CONFLICT", "Only a changed sign-off decision that is not yet signed again can be signed here.");
    }
    if (decision.assessorUserId !== access.userId) {
      throw new AppError("FORBIDDEN", "Only the assessor who made this decision can sign it again.");
    }
    await confirmSigningPassword(tx, access.userId, input.password, now);
    const signed = await signDecisionAsAssessor(tx, access, now, decision, candidate, input.contentSha256);
    await updateDecisionAtVersion(tx, centreId, decision, { status: signed.status });
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: {
        candidate: candidate.name,
        unit: signed.unit.urn,
        decisionId: decision.id,
        status: signed.status,
        version: signed.signature.version,
        contentSha256: signed.signature.contentSha256,
      },
    });
    return { decisionId: decision.id, status: signed.status };
  },
});
