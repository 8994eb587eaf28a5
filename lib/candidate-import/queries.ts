import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { ImportProblem, ImportRowValues } from "./fields";

// The centre's candidate imports, for the admin who imports (candidateImport.manage). Another
// centre's import is "not found", like a missing one.

/** Rows with problems shown at once on the preview; more are counted, and fixed in turn. */
export const problemRowsShown = 500;
/** Rows without problems listed on the preview (the rest are counted). */
export const readyRowsShown = 100;

export async function listCandidateImports(access: AccessContext) {
  const centre = requireCentrePermission(access, "candidateImport.manage");
  return getPrisma().candidateImport.findMany({
    where: { centreId: centre.workspace.centreId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, fileName: true, status: true, rowCount: true, importedCount: true, createdAt: true, importedAt: true },
  });
}

function rowView(row: {
  id: string;
  lineNumber: number;
  values: unknown;
  problems: unknown;
  status: string;
  candidateId: string | null;
  version: number;
}) {
  return { ...row, values: row.values as ImportRowValues, problems: row.problems as ImportProblem[] };
}

const rowSelect = { id: true, lineNumber: true, values: true, problems: true, status: true, candidateId: true, version: true } as const;

/** An import with its counts by status, the rows with problems and the first rows without. */
export async function getCandidateImport(access: AccessContext, importId: string) {
  const centre = requireCentrePermission(access, "candidateImport.manage", "Import");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const found = await db.candidateImport.findFirst({ where: { id: requireRecordId(importId, "Import"), centreId } });
  if (!found) throw notFound("Import");
  const [byStatus, problemRows, otherRows, sameFileBefore] = await Promise.all([
    db.candidateImportRow.groupBy({ by: ["status"], where: { centreId, importId: found.id }, _count: true }),
    db.candidateImportRow.findMany({
      where: { centreId, importId: found.id, status: "INVALID" },
      orderBy: { lineNumber: "asc" },
      take: problemRowsShown,
      select: rowSelect,
    }),
    db.candidateImportRow.findMany({
      where: { centreId, importId: found.id, status: { not: "INVALID" } },
      orderBy: { lineNumber: "asc" },
      take: readyRowsShown,
      select: rowSelect,
    }),
    db.candidateImport.findFirst({
      where: { centreId, fileSha256: found.fileSha256, createdAt: { lt: found.createdAt } },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, status: true },
    }),
  ]);
  const countOf = (status: string) => byStatus.find((group) => group.status === status)?._count ?? 0;
  return {
    import: found,
    counts: {
      valid: countOf("VALID"),
      invalid: countOf("INVALID"),
      imported: countOf("IMPORTED"),
      alreadyRegistered: countOf("ALREADY_REGISTERED"),
    },
    problemRows: problemRows.map(rowView),
    otherRows: otherRows.map(rowView),
    sameFileBefore,
  };
}

/** One row of an import, to correct it. */
export async function getCandidateImportRow(access: AccessContext, importId: string, rowId: string) {
  const centre = requireCentrePermission(access, "candidateImport.manage", "Row");
  const centreId = centre.workspace.centreId;
  const row = await getPrisma().candidateImportRow.findFirst({
    where: { id: requireRecordId(rowId, "Row"), importId: requireRecordId(importId, "Row"), centreId },
    select: { ...rowSelect, import: { select: { id: true, fileName: true, status: true } } },
  });
  if (!row) throw notFound("Row");
  return { ...rowView(row), import: row.import };
}
