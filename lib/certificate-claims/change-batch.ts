import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { lineDescription } from "./labels";

// What every change to a claim batch shares: load it in the centre on the version the admin saw,
// and write the next version only if nobody changed it in between.

const batchForChange = {
  id: true,
  reference: true,
  status: true,
  version: true,
  createdAt: true,
  claimedOn: true,
  underDirectClaims: true,
  lines: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      candidateId: true,
      qualificationId: true,
      kind: true,
      unitId: true,
      claimKey: true,
      provisional: true,
      certificateReceivedOn: true,
      certificateNumber: true,
      candidate: {
        select: { name: true, qualification: { select: { qualificationNumber: true, units: { select: { id: true, urn: true } } } } },
      },
    },
  },
} as const satisfies Prisma.CertificateClaimBatchSelect;

export type BatchForChange = Prisma.CertificateClaimBatchGetPayload<{ select: typeof batchForChange }>;
export type BatchLineForChange = BatchForChange["lines"][number];

export async function loadBatchForChange(
  tx: Prisma.TransactionClient,
  centreId: string,
  input: { batchId: string; version: number },
): Promise<BatchForChange> {
  const batch = await tx.certificateClaimBatch.findFirst({
    where: { id: input.batchId, centreId },
    select: { ...batchForChange, lines: { ...batchForChange.lines, where: { centreId } } },
  });
  if (!batch) throw notFound("Claim batch");
  if (batch.version !== input.version) throw new AppError("STALE");
  return batch;
}

/** The line of the batch, or "not found" (a line of another batch or centre looks missing). */
export function lineOf(batch: BatchForChange, lineId: string): BatchLineForChange {
  const line = batch.lines.find((row) => row.id === lineId);
  if (!line) throw notFound("Claim line");
  return line;
}

export function describeLine(line: BatchLineForChange): string {
  return lineDescription({
    candidateName: line.candidate.name,
    kind: line.kind,
    urn: line.candidate.qualification.units.find((unit) => unit.id === line.unitId)?.urn ?? null,
    qualificationNumber: line.candidate.qualification.qualificationNumber,
  });
}

/** Writes the batch's next version; someone else's change in between makes it stale. */
export async function saveBatch(
  tx: Prisma.TransactionClient,
  centreId: string,
  batch: BatchForChange,
  data: Omit<Prisma.CertificateClaimBatchUncheckedUpdateManyInput, "version">,
): Promise<void> {
  const saved = await tx.certificateClaimBatch.updateMany({
    where: { id: batch.id, centreId, version: batch.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (saved.count !== 1) throw new AppError("STALE");
}
