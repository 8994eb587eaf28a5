import "server-only";
import type { CentreAccess } from "@/lib/auth/access-context";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

// The centre's import, for a change: another centre's is "not found", like a missing one; one
// already imported or discarded cannot change; an older version than the stored one is refused.

export async function loadImportForChange(tx: Prisma.TransactionClient, access: CentreAccess, importId: string, version?: number) {
  const found = await tx.candidateImport.findFirst({ where: { id: importId, centreId: access.workspace.centreId } });
  if (!found) throw notFound("Import");
  if (found.status !== "PREVIEW") {
    throw new AppError("CONFLICT", "This import is finished: nothing in it can change. Upload the file again to check it anew.");
  }
  if (version !== undefined && found.version !== version) throw new AppError("STALE");
  return found;
}

/** Moves the import on a version, refusing if someone else did meanwhile. */
export async function bumpImport(
  tx: Prisma.TransactionClient,
  access: CentreAccess,
  row: { id: string; version: number },
  data: Prisma.CandidateImportUpdateManyMutationInput = {},
) {
  const { count } = await tx.candidateImport.updateMany({
    where: { id: row.id, centreId: access.workspace.centreId, version: row.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("STALE");
  return row.version + 1;
}
