import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
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
  access: CentreAccess,
  statement: { id: string; candidateId: string },
  evidence: { id: string; reference: string },
  fileIds: readonly string[],
  check: StatementCheck,
) {
  await linkUploadedFiles(
    tx,
    { centreId: access.workspace.centreId, candidateId: statement.candidateId, uploadedById: access.userId, evidenceItemId: evidence.id },
    fileIds,
  );
  return {
    statementId: statement.id,
    evidenceItemId: evidence.id,
    reference: evidence.reference,
    acceptable: check.acceptable,
    findings: check.findings,
  };
}
