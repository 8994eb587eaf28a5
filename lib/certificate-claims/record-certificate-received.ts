import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { CertificateReceivedSummary } from "./audit-summaries";
import { describeLine, lineOf, loadBatchForChange, saveBatch } from "./change-batch";
import { recordCertificateReceivedSchema } from "./schemas";

/** The admin records that a claimed certificate arrived: the day, and the number printed on it (a correction keeps the old one in the audit trail). */
export const recordCertificateReceived = defineCentreAction({
  name: "claimBatch.recordCertificate",
  audit: { label: "Recorded a certificate received", summary: auditSummary<CertificateReceivedSummary>() },
  input: recordCertificateReceivedSchema,
  permission: "claim.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const batch = await loadBatchForChange(tx, centreId, input);
    const line = lineOf(batch, input.lineId);
    if (batch.status !== "CLAIMED" || !batch.claimedOn) {
      throw new AppError("CONFLICT", `Batch ${batch.reference} has not been marked claimed: no certificate can have arrived yet.`);
    }
    const claimedOn = isoDay(batch.claimedOn);
    if (input.certificateReceivedOn > isoDay(now)) {
      const message = "The date cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { certificateReceivedOn: [message] });
    }
    if (input.certificateReceivedOn < claimedOn) {
      const message = `The certificate cannot arrive before the claim was made on ${claimedOn}.`;
      throw new AppError("INVALID_INPUT", message, { certificateReceivedOn: [message] });
    }
    await tx.certificateClaimLine.updateMany({
      where: { id: line.id, centreId, batchId: batch.id },
      data: { certificateReceivedOn: new Date(`${input.certificateReceivedOn}T00:00:00Z`), certificateNumber: input.certificateNumber },
    });
    await saveBatch(tx, centreId, batch, {});
    const before =
      line.certificateReceivedOn && line.certificateNumber
        ? { before: { certificateReceivedOn: isoDay(line.certificateReceivedOn), certificateNumber: line.certificateNumber } }
        : {};
    await audit({
      targetType: "CertificateClaimBatch",
      targetId: batch.id,
      summary: {
        reference: batch.reference,
        line: describeLine(line),
        certificateReceivedOn: input.certificateReceivedOn,
        certificateNumber: input.certificateNumber,
        ...before,
      },
    });
    return { batchId: batch.id };
  },
});
