import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { directClaimsStanding } from "@/lib/direct-claims/standing";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { hasProblems } from "@/lib/rules/findings";
import type { ClaimBatchClaimedSummary } from "./audit-summaries";
import { describeLine, loadBatchForChange, saveBatch } from "./change-batch";
import { claimableFor } from "./eligibility";
import { markBatchClaimedSchema } from "./schemas";

// The admin uploaded the batch file to the awarding body's system and marks the batch claimed, on
// the day they did. Every line is checked again first (an appeal lodged since the draft, say),
// and a line for a qualification the centre holds Direct Claims Status for on that day is
// provisional until a verification visit confirms it (handbook 5.21).

export const markBatchClaimed = defineCentreAction({
  name: "claimBatch.markClaimed",
  audit: { label: "Marked a certificate claim batch claimed", summary: auditSummary<ClaimBatchClaimedSummary>() },
  input: markBatchClaimedSchema,
  permission: "claim.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const batch = await loadBatchForChange(tx, centreId, input);
    if (batch.status !== "DRAFT")
      throw new AppError("CONFLICT", `Batch ${batch.reference} was already marked claimed on ${isoDay(batch.claimedOn)}.`);
    if (batch.lines.length === 0) throw new AppError("CONFLICT", `Batch ${batch.reference} has no certificates in it.`);
    const madeOn = isoDay(batch.createdAt);
    if (input.claimedOn > isoDay(now)) {
      throw new AppError("INVALID_INPUT", "The date cannot be in the future.", { claimedOn: ["The date cannot be in the future."] });
    }
    if (input.claimedOn < madeOn) {
      const message = `The claim cannot be made before the batch was put together on ${madeOn}.`;
      throw new AppError("INVALID_INPUT", message, { claimedOn: [message] });
    }

    const candidates = new Map(
      (
        await claimableFor(tx, { centreId, candidateIds: [...new Set(batch.lines.map((line) => line.candidateId))], asOf: isoDay(now) })
      ).map((candidate) => [candidate.candidateId, candidate]),
    );
    const problems = batch.lines.flatMap((line) => {
      const candidate = candidates.get(line.candidateId);
      const reasons =
        line.kind === "FULL_AWARD" ? candidate?.fullAward.reasons : candidate?.units.find((unit) => unit.unitId === line.unitId)?.reasons;
      if (!reasons || !hasProblems(reasons)) return [];
      return [
        `${describeLine(line)} can no longer be claimed: ${reasons
          .filter((r) => r.severity === "problem")
          .map((r) => r.message)
          .join(" ")} Take it out of the batch first.`,
      ];
    });
    if (problems.length > 0) throw new AppError("CONFLICT", problems.join(" "), { _form: problems });

    const qualificationIds = [...new Set(batch.lines.map((line) => line.qualificationId))];
    const under = new Set<string>();
    for (const qualificationId of qualificationIds) {
      if ((await directClaimsStanding(tx, { centreId, qualificationId, on: input.claimedOn })).underDirectClaims)
        under.add(qualificationId);
    }
    for (const qualificationId of qualificationIds) {
      await tx.certificateClaimLine.updateMany({
        where: { centreId, batchId: batch.id, qualificationId },
        data: { provisional: under.has(qualificationId) },
      });
    }
    const provisional = batch.lines.filter((line) => under.has(line.qualificationId)).length;
    await saveBatch(tx, centreId, batch, {
      status: "CLAIMED",
      claimedOn: new Date(`${input.claimedOn}T00:00:00Z`),
      claimedById: access.userId,
      underDirectClaims: provisional > 0,
    });
    await audit({
      targetType: "CertificateClaimBatch",
      targetId: batch.id,
      summary: {
        reference: batch.reference,
        claimedOn: input.claimedOn,
        lines: batch.lines.length,
        underDirectClaims: provisional > 0,
        provisional,
      },
    });
    return { batchId: batch.id, provisional };
  },
});
