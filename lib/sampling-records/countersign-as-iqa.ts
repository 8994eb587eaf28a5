import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import { decisionRef, latestDecisionVersion, updateDecisionAtVersion } from "@/lib/sign-off/decisions";
import { contentSha256 } from "@/lib/signatures/canonical";
import { confirmSigningPassword, signRecord } from "@/lib/signatures/sign-record";
import type { IqaCountersignedSummary } from "./audit-summaries";
import { blockingMessages, iqaQualityAssuranceFindings } from "./iqa-checks";
import { countersignAsIqaSchema } from "./schemas";

export const IQA_STATEMENT = "As the internal quality assurer I sampled this assessment decision and agree with it.";

/**
 * The IQA signs the sampled unit's RD10 (handbook 5.19: "The IQA must sign the form if the unit
 * is part of their sample"): the decision's latest version, exactly as the page showed it (its
 * hash), with their password, through the same signature mechanism as the assessor's. Only a
 * signed-off summative decision whose latest sampling by this IQA agreed, and only the version
 * they sampled. A later change makes a new version that this signature does not cover.
 */
export const countersignAsIqa = defineCentreAction({
  name: "sampling.countersignAsIqa",
  audit: { label: "Countersigned a sampled decision as IQA", summary: auditSummary<IqaCountersignedSummary>() },
  input: countersignAsIqaSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    requireRecordId(input.samplingRecordId, "Sampling record");
    const record = await tx.samplingRecord.findFirst({ where: { id: input.samplingRecordId, centreId } });
    if (!record) throw notFound("Sampling record");
    if (record.iqaUserId !== access.userId) {
      throw new AppError("FORBIDDEN", "Only the IQA who sampled this decision can countersign it as IQA.");
    }
    // Hold the decision's row, then read it: a concurrent "disagree" (or change) either commits first and is
    // seen here, or waits and then finds the decision's version moved on (bumped below) and is refused.
    await tx.$queryRaw`SELECT id FROM "UnitDecision" WHERE id = ${record.unitDecisionId}::uuid AND "centreId" = ${centreId}::uuid FOR UPDATE`;
    const decision = await tx.unitDecision.findFirstOrThrow({
      where: { id: record.unitDecisionId, centreId },
      include: { unit: { select: { urn: true } } },
    });
    const candidate = await loadCandidate(tx, access, decision.candidateId);
    const latestSampling = await tx.samplingRecord.findFirst({
      where: { centreId, unitDecisionId: decision.id, iqaUserId: access.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, outcome: true },
    });
    if (latestSampling?.id !== record.id) {
      throw new AppError("CONFLICT", "You sampled this decision again later: countersign from that sampling record.");
    }
    if (record.outcome === "DISAGREE") {
      throw new AppError("CONFLICT", "You disagreed with this decision: it cannot be countersigned until it is changed and sampled again.");
    }
    if (decision.decisionType !== "SUMMATIVE" || decision.status !== "SIGNED_OFF") {
      throw new AppError(
        "CONFLICT",
        decision.decisionType !== "SUMMATIVE"
          ? "Only a summative (sign-off) decision is countersigned by the IQA."
          : "Only a signed-off decision is countersigned by the IQA: this one is not signed off now.",
      );
    }
    const problems = blockingMessages(await iqaQualityAssuranceFindings(tx, centreId, access.userId, decision, now));
    if (problems.length > 0) throw new AppError("CONFLICT", problems.join(" "));
    await confirmSigningPassword(tx, access.userId, input.password, now);

    const latest = await latestDecisionVersion(tx, centreId, decision.id);
    if (!latest) throw new AppError("CONFLICT", "This decision has not been signed by its assessor, so there is nothing to countersign.");
    // The IQA signs the version the page showed them, and only the version they sampled.
    if (
      latest.version !== input.decisionVersion ||
      latest.contentSha256 !== input.contentSha256 ||
      contentSha256(latest.content) !== input.contentSha256
    ) {
      throw new AppError("CONFLICT", "This decision changed while you were reading it. Read the new version, then sign.");
    }
    if (latest.version !== record.decisionVersion) {
      throw new AppError(
        "CONFLICT",
        `You sampled version ${record.decisionVersion} of this decision; it is now version ${latest.version}. Sample it again before countersigning.`,
      );
    }
    const signedAlready = await tx.signature.findFirst({
      where: { centreId, recordVersionId: latest.id, role: "IQA" },
      select: { signer: { select: { name: true } } },
    });
    if (signedAlready) {
      throw new AppError(
        "CONFLICT",
        `Version ${latest.version} of this decision is already countersigned by ${signedAlready.signer.name} as IQA.`,
      );
    }
    const signature = await signRecord(tx, {
      ref: decisionRef(centreId, decision.id),
      content: latest.content,
      signerUserId: access.userId,
      role: "IQA",
      statement: IQA_STATEMENT,
      now,
      expectedVersion: latest.version,
    });
    // The decision moves on a version: a form read before this countersignature (another IQA's sampling, the
    // assessor's change) is refused as changed while reading.
    await updateDecisionAtVersion(tx, centreId, decision, {});
    await audit({
      targetType: "UnitDecision",
      targetId: decision.id,
      summary: {
        candidate: candidate.name,
        unit: decision.unit.urn,
        decisionId: decision.id,
        samplingRecordId: record.id,
        version: signature.version,
        contentSha256: signature.contentSha256,
      },
    });
    return { decisionId: decision.id, version: signature.version };
  },
});
