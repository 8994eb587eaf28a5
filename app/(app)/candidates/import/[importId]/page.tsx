import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { importFieldSpecs } from "@/lib/candidate-import/fields";
import { importStatusLabels, rowStatusLabels } from "@/lib/candidate-import/labels";
import { getCandidateImport, problemRowsShown, readyRowsShown } from "@/lib/candidate-import/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { ImportRowsForm } from "./import-rows-form";

export const metadata: Metadata = { title: "Check the candidates to import" };

export default async function CandidateImportPreviewPage({ params }: { params: Promise<{ importId: string }> }) {
  const access = await requireAccess();
  const { importId } = await params;
  const preview = await orNotFound(getCandidateImport(access, importId));
  const { import: found, counts } = preview;
  const open = found.status === "PREVIEW";
  const summary: [string, number][] = [
    ["Ready to import", counts.valid],
    ["With problems", counts.invalid],
    ["Already registered (nothing to do)", counts.alreadyRegistered],
    ["Registered by this import", counts.imported],
  ];
  return (
    <>
      <BackLink href="/candidates/import">Back to importing candidates</BackLink>
      <PageHeader
        title={<span className="break-all">{found.fileName}</span>}
        description={`Checked on ${displayDay(found.createdAt)}: ${found.rowCount.toLocaleString("en-GB")} rows. ${importStatusLabels[found.status]}.`}
      />
      {preview.sameFileBefore && (
        <p className="mb-4 max-w-2xl rounded-md border border-info-800/30 bg-info-100 p-3 text-info-800">
          You uploaded this same file on {displayDay(preview.sameFileBefore.createdAt)} (
          <Link href={`/candidates/import/${preview.sameFileBefore.id}`} className="underline underline-offset-2">
            that import
          </Link>
          ). Candidates it registered show here as already registered: nobody is registered twice.
        </p>
      )}
      <dl className="mb-8 grid max-w-2xl grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        {summary.map(([label, count]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd className="text-right font-semibold tabular-nums">{count.toLocaleString("en-GB")}</dd>
          </div>
        ))}
      </dl>

      {counts.invalid > 0 && (
        <section aria-labelledby="problems-heading" className="mb-8">
          <h2 id="problems-heading" className="mb-2 text-xl font-semibold text-ink">
            Rows with problems
          </h2>
          {open && <p className="mb-3 max-w-2xl">Correct a row here, or correct the file and upload it again.</p>}
          {counts.invalid > problemRowsShown && (
            <p className="mb-3">
              The first {problemRowsShown} of {counts.invalid.toLocaleString("en-GB")} are shown; correct these and the next ones appear.
            </p>
          )}
          <Table caption={`Rows with problems (${counts.invalid.toLocaleString("en-GB")})`}>
            <THead>
              <TR>
                <TH>Line</TH>
                <TH>Candidate</TH>
                <TH>Field and reason</TH>
                {open && <TH>Correct</TH>}
              </TR>
            </THead>
            <TBody>
              {preview.problemRows.map((row) => (
                <TR key={row.id}>
                  <TD className="tabular-nums">{row.lineNumber}</TD>
                  <TD className="break-words">
                    {row.values.name || <span className="text-ink-muted">No name</span>}
                    {row.values.email && <span className="block text-ink-muted break-all">{row.values.email}</span>}
                  </TD>
                  <TD>
                    <ul className="space-y-1">
                      {row.problems.map((problem) => (
                        <li key={`${problem.field}:${problem.reason}`}>
                          <span className="font-semibold">{importFieldSpecs[problem.field]?.label ?? problem.field}:</span> {problem.reason}
                        </li>
                      ))}
                    </ul>
                  </TD>
                  {open && (
                    <TD>
                      <Link
                        href={`/candidates/import/${found.id}/rows/${row.id}`}
                        className="font-semibold whitespace-nowrap text-brand-800 underline underline-offset-2"
                      >
                        Correct line {row.lineNumber}
                      </Link>
                    </TD>
                  )}
                </TR>
              ))}
            </TBody>
          </Table>
        </section>
      )}

      {found.status === "IMPORTED" && (
        <section aria-labelledby="imported-heading" className="mb-8 max-w-2xl rounded-md border border-success-700/30 bg-success-100 p-4">
          <h2 id="imported-heading" className="mb-2 text-lg font-semibold text-ink">
            {counts.imported === 1 ? "1 candidate registered" : `${counts.imported.toLocaleString("en-GB")} candidates registered`}
          </h2>
          <p>
            Imported on {found.importedAt ? displayDay(found.importedAt) : displayDay(found.createdAt)}. Each candidate was emailed an
            invitation to their own Assay account.
            {counts.alreadyRegistered > 0 &&
              ` ${counts.alreadyRegistered.toLocaleString("en-GB")} already registered: nothing was created for them.`}
            {counts.invalid > 0 && ` ${counts.invalid.toLocaleString("en-GB")} with problems were left out.`}
          </p>
          <Link href="/candidates" className="mt-3 inline-block font-semibold text-brand-800 underline underline-offset-2">
            Go to the candidates
          </Link>
        </section>
      )}

      {open && (
        <section aria-labelledby="import-heading" className="mb-8">
          <h2 id="import-heading" className="mb-2 text-xl font-semibold text-ink">
            Import
          </h2>
          {counts.valid === 0 ? (
            <p>No row is ready to import{counts.invalid > 0 ? ": correct the rows with problems first" : ""}.</p>
          ) : (
            <ImportRowsForm
              workspaceKey={access.workspace.key}
              importId={found.id}
              version={found.version}
              valid={counts.valid}
              invalid={counts.invalid}
            />
          )}
        </section>
      )}

      {preview.otherRows.length > 0 && (
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading" className="mb-2 text-xl font-semibold text-ink">
            The other rows
          </h2>
          {found.rowCount - counts.invalid > readyRowsShown && <p className="mb-3">The first {readyRowsShown} are shown.</p>}
          <Table caption="Rows without problems">
            <THead>
              <TR>
                <TH>Line</TH>
                <TH>Candidate</TH>
                <TH>Qualification</TH>
                <TH>Status</TH>
              </TR>
            </THead>
            <TBody>
              {preview.otherRows.map((row) => (
                <TR key={row.id}>
                  <TD className="tabular-nums">{row.lineNumber}</TD>
                  <TD className="break-words">
                    {row.candidateId ? (
                      <Link href={`/candidates/${row.candidateId}`} className="font-semibold text-brand-800 underline underline-offset-2">
                        {row.values.name}
                      </Link>
                    ) : (
                      row.values.name
                    )}
                    <span className="block text-ink-muted break-all">{row.values.email}</span>
                  </TD>
                  <TD>{row.values.qualificationNumber}</TD>
                  <TD>
                    <Badge tone={row.status === "IMPORTED" ? "success" : row.status === "VALID" ? "info" : "neutral"}>
                      {rowStatusLabels[row.status as keyof typeof rowStatusLabels]}
                    </Badge>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </>
  );
}
