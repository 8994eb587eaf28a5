import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { registerCandidateRecord } from "@/lib/candidates/register-candidate";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { AppError } from "@/lib/errors/app-error";
import type { CandidatesImportedSummary } from "./audit-summaries";
import { checkImportRow, identityKeysOf, indexContext } from "./check-row";
import type { ImportRowValues } from "./fields";
import { bumpImport, loadImportForChange } from "./load-import";
import { loadCheckContext } from "./load-check-context";
import { importCandidatesSchema } from "./schemas";

/** Rows registered per step: each step is one short transaction (the page calls it until done, with a progress bar). */
export const importStepRows = 25;

/**
 * Registers the next rows of a checked import, through the same registration as the form
 * (registerCandidateRecord: the entry rules, the allocation, the invitation email to each
 * candidate). Each step holds the centre's import lock (a transaction-level advisory lock), so two
 * imports at once take turns, and each row is checked again under it: a person registered
 * meanwhile becomes "already registered", never a second registration. With rows "ALL", nothing
 * starts while any row has a problem; "VALID_ONLY" leaves those rows out at the admin's choice.
 */
export const importCandidates = defineCentreAction({
  name: "candidateImport.import",
  audit: { label: "Imported candidates from a CSV", summary: auditSummary<CandidatesImportedSummary>() },
  input: importCandidatesSchema,
  permission: "candidateImport.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const centreId = access.workspace.centreId;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`candidate-import:${centreId}`}))`;
    const found = await loadImportForChange(tx, access, input.importId, input.version);
    const invalid = await tx.candidateImportRow.count({ where: { centreId, importId: found.id, status: "INVALID" } });
    // Once a step has registered rows, the import goes on: a row found wrong since the preview is left out and reported.
    if (input.rows === "ALL" && invalid > 0 && found.importedCount === 0) {
      const message = `${invalid === 1 ? "1 row has" : `${invalid} rows have`} problems: correct ${invalid === 1 ? "it" : "them"}, or choose to import only the valid rows.`;
      throw new AppError("INVALID_INPUT", message, { rows: [message] });
    }

    const rows = await tx.candidateImportRow.findMany({
      where: { centreId, importId: found.id, status: "VALID" },
      orderBy: { lineNumber: "asc" },
      take: importStepRows,
    });
    const index = indexContext(await loadCheckContext(tx, access, now));
    let registered = 0;
    let alreadyRegistered = 0;
    let newlyWithProblems = 0;
    const emailDeliveries = [];
    for (const row of rows) {
      const check = checkImportRow(row.values as ImportRowValues, index, new Map());
      if (check.status === "VALID" && check.registration) {
        const { candidate, message } = await registerCandidateRecord(tx, access, check.registration, now);
        for (const key of identityKeysOf({ ...check.registration, uln: candidate.uln })) index.existingByKey.set(key, candidate.id);
        await tx.candidateImportRow.update({
          where: { id: row.id },
          data: { status: "IMPORTED", candidateId: candidate.id, version: { increment: 1 } },
        });
        emailDeliveries.push(sendAfterCommit(afterCommit, message));
        registered += 1;
      } else if (check.status === "ALREADY_REGISTERED") {
        await tx.candidateImportRow.update({
          where: { id: row.id },
          data: { status: "ALREADY_REGISTERED", candidateId: check.candidateId, version: { increment: 1 } },
        });
        alreadyRegistered += 1;
      } else {
        await tx.candidateImportRow.update({
          where: { id: row.id },
          data: { status: "INVALID", problems: check.problems, version: { increment: 1 } },
        });
        newlyWithProblems += 1;
      }
    }

    const remaining = await tx.candidateImportRow.count({ where: { centreId, importId: found.id, status: "VALID" } });
    const finished = remaining === 0;
    const version = await bumpImport(tx, access, found, {
      importedCount: { increment: registered },
      ...(finished ? { status: "IMPORTED", importedAt: now, importedById: access.userId } : {}),
    });
    let totals: CandidatesImportedSummary["totals"] = null;
    if (finished) {
      const byStatus = await tx.candidateImportRow.groupBy({ by: ["status"], where: { centreId, importId: found.id }, _count: true });
      const countOf = (status: string) => byStatus.find((group) => group.status === status)?._count ?? 0;
      totals = { imported: countOf("IMPORTED"), alreadyRegistered: countOf("ALREADY_REGISTERED"), leftOut: countOf("INVALID") };
    }
    await audit({
      targetType: "CandidateImport",
      targetId: found.id,
      summary: {
        fileName: found.fileName,
        rows: input.rows,
        registered,
        alreadyRegistered,
        newlyWithProblems,
        lines: rows.length > 0 ? `${rows[0]!.lineNumber}–${rows.at(-1)!.lineNumber}` : "",
        finished,
        totals,
      },
    });
    return { version, registered, alreadyRegistered, newlyWithProblems, remaining, finished, totals, emailDeliveries };
  },
});
