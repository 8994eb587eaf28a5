import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { importStatusLabels } from "@/lib/candidate-import/labels";
import { listCandidateImports } from "@/lib/candidate-import/queries";
import { displayDay } from "@/lib/format/dates";
import { CsvUploadForm } from "./csv-upload-form";

export const metadata: Metadata = { title: "Import candidates from a CSV" };

export default async function CandidateImportPage() {
  const access = await requireAccess();
  if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "candidateImport.manage")) notFound();
  const imports = await listCandidateImports(access);
  return (
    <>
      <BackLink href="/candidates">Back to candidates</BackLink>
      <PageHeader
        title="Import candidates from a CSV"
        description={`Register many candidates at ${access.workspace.name} at once from your student records system's export. You check every row before anything is registered; each candidate is emailed an invitation, as when you register them one by one.`}
      />
      <ol className="mb-6 max-w-2xl list-decimal space-y-1 pl-6">
        <li>Choose the CSV file and check which column holds what.</li>
        <li>See every row with its problems, and correct them here or in the file.</li>
        <li>Import: every row when all are right, or only the valid rows if you choose.</li>
      </ol>
      <p className="mb-6 max-w-2xl">
        <a href="/candidates/import/template" download className="font-semibold text-brand-800 underline underline-offset-2">
          Download a sample CSV
        </a>{" "}
        with the columns Assay recognises at once. Importing the same file again registers nobody twice.
      </p>
      <CsvUploadForm workspaceKey={access.workspace.key} />

      <h2 className="mt-10 mb-3 text-xl font-semibold text-ink">Earlier imports</h2>
      {imports.length === 0 ? (
        <p>No CSV has been imported at this centre yet.</p>
      ) : (
        <Table caption={`The latest imports at ${access.workspace.name}`}>
          <THead>
            <TR>
              <TH>File</TH>
              <TH>Checked</TH>
              <TH>Rows</TH>
              <TH>Registered</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {imports.map((row) => (
              <TR key={row.id}>
                <TD className="break-all">
                  <Link href={`/candidates/import/${row.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                    {row.fileName}
                  </Link>
                </TD>
                <TD className="whitespace-nowrap">{displayDay(row.createdAt)}</TD>
                <TD>{row.rowCount.toLocaleString("en-GB")}</TD>
                <TD>{row.importedCount.toLocaleString("en-GB")}</TD>
                <TD>
                  <Badge tone={row.status === "IMPORTED" ? "success" : row.status === "PREVIEW" ? "info" : "neutral"}>
                    {importStatusLabels[row.status]}
                  </Badge>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
