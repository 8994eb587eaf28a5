import "server-only";
import { z } from "zod";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { ClaimBatchFileDownloadedSummary } from "./audit-summaries";
import { batchFileCsv, batchFileName } from "./batch-file";

// The batch file, as a download from /claims/{batchId}/file: permission- and centre-checked like
// any change, and each download is in the audit trail (it carries candidates' personal data).

export const downloadClaimBatchFile = defineCentreAction({
  name: "claimBatch.downloadFile",
  audit: { label: "Downloaded a certificate claim batch file", summary: auditSummary<ClaimBatchFileDownloadedSummary>() },
  input: z.object({ batchId: z.uuid("Not found.") }),
  permission: "claim.manage",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const batch = await tx.certificateClaimBatch.findFirst({
      where: { id: input.batchId, centreId },
      select: {
        id: true,
        reference: true,
        lines: {
          where: { centreId },
          orderBy: [{ candidate: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
          select: {
            kind: true,
            unitId: true,
            provisional: true,
            candidate: {
              select: {
                name: true,
                uln: true,
                dateOfBirth: true,
                qualification: {
                  select: {
                    title: true,
                    qualificationNumber: true,
                    entryCode: true,
                    units: { select: { id: true, urn: true, title: true } },
                  },
                },
              },
            },
          },
        },
      },
    });
    if (!batch) throw notFound("Claim batch");
    const centre = await tx.centre.findUniqueOrThrow({ where: { id: centreId }, select: { centreNumber: true } });
    const csv = batchFileCsv(
      batch.lines.map((line) => {
        const qualification = line.candidate.qualification;
        const unit = qualification.units.find((row) => row.id === line.unitId) ?? null;
        return {
          centreNumber: centre.centreNumber,
          reference: batch.reference,
          candidateName: line.candidate.name,
          uln: line.candidate.uln,
          dateOfBirth: isoDay(line.candidate.dateOfBirth),
          qualificationNumber: qualification.qualificationNumber,
          entryCode: qualification.entryCode,
          kind: line.kind,
          urn: unit?.urn ?? null,
          title: line.kind === "UNIT" ? (unit?.title ?? "") : qualification.title,
          provisional: line.provisional,
        };
      }),
    );
    await audit({
      targetType: "CertificateClaimBatch",
      targetId: batch.id,
      summary: { reference: batch.reference, lines: batch.lines.length },
    });
    return { fileName: batchFileName(batch.reference), csv };
  },
});
