import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { assessmentDecisionStanding } from "@/lib/rules/assessor-qualifications";
import { contentSha256 } from "@/lib/signatures/canonical";
import { confirmSigningPassword, signRecord } from "@/lib/signatures/sign-record";
import type { DecisionCountersignedSummary } from "./audit-summaries";
import {
  changedWhileReading,
  COUNTERSIGN_STATEMENT,
  decisionRef,
  latestDecisionVersion,
  loadDecisionForChange,
  problemsText,
  updateDecisionAtVersion,
} from "./decisions";
import { signUnitDecisionSchema } from "./schemas";
import { assessorStatusOf, loadUnitOfCandidate } from "./unit-records";

/**
 * A qualified assessor of the centre countersigns a decision made by a colleague still working
 * towards their assessor qualification (handbook 4.2): the same version the assessor signed, with
 * their own password. Only then does the decision count. Nobody countersigns their own decision.
 */
export const countersignUnitDecision = defineCentreAction({
  name: "signOff.countersign",
  audit: { label: "Countersigned an assessment decision", summary: auditSummary<DecisionCountersignedSummary>() },
  input: signUnitDecisionSchema,
  permission: "assessment.countersign",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const { decision, candidate } = await loadDecisionForChange(tx, access, input.decisionId, input.version);
    if (decision.status !== "AWAITING_COUNTERSIGNATURE") {
      throw new AppError("CONFLICT", "This decision is not awaiting countersignature.");
    }
    const standing = assessmentDecisionStanding({
      assessorId: decision.assessorUserId,
      assessorStatus: "workingTowards",
      countersignature: { byId: access.userId, byStatus: (await assessorStatusOf(tx, centreId, access.userId)).status },
    });
    if (!standing.counts) throw new AppError("CONFLICT", problemsText(standing.findings).join(" "));
    await assertMayAssess(tx, access, candidate, now);
    await confirmSigningPassword(tx, access.userId, input.password, now);
    const unit = await loadUnitOfCandidate(tx, candidate, decision.unitId);
    const latest = await latestDecisionVersion(tx, centreId, decision.id);
    const signedByAssessor =
      latest && (await tx.signature.findFirst({ where: { centreId, recordVersionId: latest.id, role: "ASSESSOR" }, select: { id: true } }));
    if (!latest || !signedByAssessor) throw new AppError("CONFLICT", "The assessor has not signed this version of the decision.");
    // The countersigner signs the version the page showed them, and nothing else.
    if (latest.contentSha256 !== input.contentSha256 || contentSha256(latest.content) !== input.contentSha256) throw changedWhileReading();
    const signature = await signRecord(tx, {
      ref: decisionRef(centreId, decision.id),
      content: latest.content,
      signerUserId: access.userId,
      role: "COUNTERSIGNING_ASSESSOR",
      statement: COUNTERSIGN_STATEMENT,
      now,
      expectedVersion: latest.version,
    });
    await updateDecisionAtVersion(tx, centreId, decision, { status: "SIGNED_OFF" });
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: { candidate: candidate.name, unit: unit.urn, version: signature.version, contentSha256: signature.contentSha256 },
    });
    return { decisionId: decision.id };
  },
});
