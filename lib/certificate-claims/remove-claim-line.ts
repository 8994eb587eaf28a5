import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { ClaimLineRemovedSummary } from "./audit-summaries";
import { describeLine, lineOf, loadBatchForChange, saveBatch } from "./change-batch";
import { removeClaimLineSchema } from "./schemas";

/**
 * The admin takes a certificate out of a draft batch; it can be chosen again. A draft left with no
 * lines is discarded: it leaves the claims page, and its reference is not given to another batch.
 */
export const removeClaimLine = defineCentreAction({
  name: "claimBatch.removeLine",
  audit: { label: "Took a certificate out of a draft claim batch", summary: auditSummary<ClaimLineRemovedSummary>() },
  input: removeClaimLineSchema,
  permission: "claim.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const batch = await loadBatchForChange(tx, centreId, input);
    const line = lineOf(batch, input.lineId);
    if (batch.status !== "DRAFT") {
      throw new AppError("CONFLICT", `Batch ${batch.reference} has been marked claimed: its certificates can no longer be taken out.`);
    }
    await tx.certificateClaimLine.deleteMany({ where: { id: line.id, centreId, batchId: batch.id } });
    const remaining = batch.lines.length - 1;
    const underDirectClaims = batch.lines.some((row) => row.id !== line.id && row.provisional);
    await saveBatch(tx, centreId, batch, { underDirectClaims });
    await audit({
      targetType: "CertificateClaimBatch",
      targetId: batch.id,
      summary: { reference: batch.reference, line: describeLine(line), batchDiscarded: remaining === 0 },
    });
    return { batchId: batch.id, batchDiscarded: remaining === 0 };
  },
});
