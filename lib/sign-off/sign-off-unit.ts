import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError } from "@/lib/errors/app-error";
import { confirmSigningPassword } from "@/lib/signatures/sign-record";
import type { UnitSignedOffSummary } from "./audit-summaries";
import { signDecisionAsAssessor, toDay } from "./decisions";
import { signOffUnitSchema } from "./schemas";
import { loadUnitOfCandidate } from "./unit-records";

/**
 * The assessor signs a unit off (RD10, RD03): a summative "achieved" decision, signed with their
 * password once the readiness rule passes. By an assessor still working towards their
 * qualification it awaits a qualified colleague's countersignature and does not count yet.
 */
export const signOffUnit = defineCentreAction({
  name: "signOff.signOffUnit",
  audit: { label: "Signed a unit off", summary: auditSummary<UnitSignedOffSummary>() },
  input: signOffUnitSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    const unit = await loadUnitOfCandidate(tx, candidate, input.unitId);
    await confirmSigningPassword(tx, access.userId, input.password, now);
    // One sign-off of a unit at a time: a second, concurrent one waits here and then sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`unit-sign-off:${candidate.id}:${unit.id}`}))`;
    const existing = await tx.unitDecision.findFirst({
      where: {
        centreId,
        candidateId: candidate.id,
        unitId: unit.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        status: { in: ["RECORDED", "AWAITING_COUNTERSIGNATURE", "SIGNED_OFF", "REOPENED"] },
      },
      select: { status: true },
    });
    if (existing) {
      throw new AppError(
        "CONFLICT",
        existing.status === "SIGNED_OFF"
          ? "This unit has already been signed off."
          : existing.status === "AWAITING_COUNTERSIGNATURE"
            ? "This unit has already been signed off and is awaiting countersignature."
            : existing.status === "REOPENED"
              ? "This unit's sign-off was reopened after the IQA disagreed: change that decision and sign it again instead."
              : "This unit already has a sign-off decision that was changed: sign that decision again instead.",
      );
    }
    const decision = await tx.unitDecision.create({
      data: {
        centreId,
        candidateId: candidate.id,
        unitId: unit.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: input.rationale,
        decidedOn: toDay(input.decidedOn),
        assessorUserId: access.userId,
      },
    });
    const signed = await signDecisionAsAssessor(tx, access, now, decision, candidate, input.contentSha256);
    await tx.unitDecision.update({ where: { id: decision.id }, data: { status: signed.status } });
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: {
        candidate: candidate.name,
        unit: unit.urn,
        decisionId: decision.id,
        status: signed.status,
        version: signed.signature.version,
        contentSha256: signed.signature.contentSha256,
      },
    });
    return { decisionId: decision.id, status: signed.status };
  },
});
