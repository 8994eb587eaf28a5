import "server-only";
import type { Prisma } from "@/lib/db/client";
import { linkUploadedFiles } from "@/lib/files/link-files";
import type { checkEnteredStatement } from "./statement-changes";

type Tx = Prisma.TransactionClient;
type StatementCheck = Awaited<ReturnType<typeof checkEnteredStatement>>;

/**
 * After recording or correcting a statement: links the acting person's uploads to the statement's
 * evidence item and gives what the action answers (the ids, the reference and the rule's verdict).
 */
export async function linkFilesAndAnswer(
  tx: Tx,
  saved: {
    centreId: string;
    candidateId: string;
    userId: string;
    statementId: string;
    evidence: { id: string; reference: string };
    fileIds: readonly string[];
    check: StatementCheck;
  },
) {
  await linkUploadedFiles(
    tx,
    { centreId: saved.centreId, candidateId: saved.candidateId, uploadedById: saved.userId, evidenceItemId: saved.evidence.id },
    saved.fileIds,
  );
  return {
    statementId: saved.statementId,
    evidenceItemId: saved.evidence.id,
    reference: saved.evidence.reference,
    acceptable: saved.check.acceptable,
    findings: saved.check.findings,
  };
}
