import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { CandidateImportCheckedSummary } from "./audit-summaries";
import { checkImportRows } from "./check-row";
import { mapRow, mappingProblems } from "./guess-mapping";
import { loadCheckContext } from "./load-check-context";
import { previewCandidateImportSchema } from "./schemas";

const insertBatch = 5000;

/**
 * Checks a CSV of candidates (read by the upload route) through the admin's column mapping and
 * stores it as a preview: every row with its problems (line, field, reason), or as already
 * registered. Nothing is registered here (import-candidates.ts does that once the admin agrees).
 */
export const previewCandidateImport = defineCentreAction({
  name: "candidateImport.preview",
  audit: { label: "Checked a CSV of candidates to import", summary: auditSummary<CandidateImportCheckedSummary>() },
  input: previewCandidateImportSchema,
  permission: "candidateImport.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const problems = mappingProblems(input.mapping, input.headers);
    if (problems.length > 0) throw new AppError("INVALID_INPUT", problems.join(" "), { mapping: problems });
    if (input.rows.length === 0) {
      const message = "The file has no candidates under its header row.";
      throw new AppError("INVALID_INPUT", message, { file: [message] });
    }
    const context = await loadCheckContext(tx, access, now);
    const checked = checkImportRows(
      input.rows.map((row) => ({ lineNumber: row.lineNumber, values: mapRow(row.cells, input.headers, input.mapping) })),
      context,
    );
    const created = await tx.candidateImport.create({
      data: {
        centreId,
        fileName: input.fileName,
        fileSha256: input.fileSha256,
        headers: input.headers,
        mapping: input.mapping,
        rowCount: checked.length,
        createdById: access.userId,
      },
    });
    // One statement per batch, the rows as one JSON parameter: far quicker than a row of parameters each.
    for (let start = 0; start < checked.length; start += insertBatch) {
      const batch = checked.slice(start, start + insertBatch).map((row) => ({
        lineNumber: row.lineNumber,
        values: row.values,
        problems: row.check.problems,
        status: row.check.status,
        candidateId: row.check.candidateId,
      }));
      await tx.$executeRaw`
        INSERT INTO "CandidateImportRow" (id, "centreId", "importId", "lineNumber", "values", problems, status, "candidateId")
        SELECT gen_random_uuid(), ${centreId}::uuid, ${created.id}::uuid, r."lineNumber", r."values", r.problems,
               r.status::"CandidateImportRowStatus", r."candidateId"::uuid
          FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
            AS r("lineNumber" int, "values" jsonb, problems jsonb, status text, "candidateId" text)`;
    }
    const count = (status: string) => checked.filter((row) => row.check.status === status).length;
    const counts = { valid: count("VALID"), withProblems: count("INVALID"), alreadyRegistered: count("ALREADY_REGISTERED") };
    await audit({
      targetType: "CandidateImport",
      targetId: created.id,
      summary: { fileName: input.fileName, rows: checked.length, ...counts, mapping: input.mapping as Record<string, string> },
    });
    return { importId: created.id, rows: checked.length, ...counts };
  },
});
