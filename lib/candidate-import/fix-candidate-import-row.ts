import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CandidateImportRowFixedSummary } from "./audit-summaries";
import { checkImportRow, indexContext, rowIdentityKeys } from "./check-row";
import { importFields, type ImportProblem, type ImportRowValues } from "./fields";
import { bumpImport, loadImportForChange } from "./load-import";
import { loadCheckContext } from "./load-check-context";
import { fixCandidateImportRowSchema } from "./schemas";

/**
 * The admin corrects a row in the preview: its values are replaced and checked again, against the
 * centre as it is now and the import's other rows (the same person twice is still caught).
 */
export const fixCandidateImportRow = defineCentreAction({
  name: "candidateImport.fixRow",
  audit: { label: "Corrected a row of a candidate import", summary: auditSummary<CandidateImportRowFixedSummary>() },
  input: fixCandidateImportRowSchema,
  permission: "candidateImport.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const found = await loadImportForChange(tx, access, input.importId);
    const row = await tx.candidateImportRow.findFirst({ where: { id: input.rowId, importId: found.id, centreId } });
    if (!row) throw notFound("Row");
    if (row.status === "IMPORTED") throw new AppError("CONFLICT", "This row is already registered: correct the registration instead.");
    if (row.version !== input.version) throw new AppError("STALE");

    const context = await loadCheckContext(tx, access, now);
    const others = await tx.candidateImportRow.findMany({
      where: { centreId, importId: found.id, id: { not: row.id }, status: "VALID" },
      select: { lineNumber: true, values: true },
      orderBy: { lineNumber: "asc" },
    });
    const otherRows = new Map<string, number>();
    for (const other of others) {
      for (const key of rowIdentityKeys(other.values as ImportRowValues, context))
        if (!otherRows.has(key)) otherRows.set(key, other.lineNumber);
    }
    const values = input.values as ImportRowValues;
    const check = checkImportRow(values, indexContext(context), otherRows);
    const { count } = await tx.candidateImportRow.updateMany({
      where: { id: row.id, centreId, version: row.version },
      data: { values, problems: check.problems, status: check.status, candidateId: check.candidateId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await bumpImport(tx, access, found);

    const before = row.values as ImportRowValues;
    await audit({
      targetType: "CandidateImport",
      targetId: found.id,
      summary: {
        fileName: found.fileName,
        line: row.lineNumber,
        changedFields: importFields.filter((field) => (before[field] ?? "") !== values[field]),
        before: { status: row.status, problems: (row.problems as ImportProblem[]).length },
        after: { status: check.status, problems: check.problems.length },
      },
    });
    return { status: check.status, problems: check.problems };
  },
});
