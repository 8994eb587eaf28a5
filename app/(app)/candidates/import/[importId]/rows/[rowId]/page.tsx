import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { getCandidateImportRow } from "@/lib/candidate-import/queries";
import { orNotFound } from "@/lib/errors/or-not-found";
import { FixRowForm } from "./fix-row-form";

export const metadata: Metadata = { title: "Correct a row" };

export default async function CorrectImportRowPage({ params }: { params: Promise<{ importId: string; rowId: string }> }) {
  const access = await requireAccess();
  const { importId, rowId } = await params;
  const row = await orNotFound(getCandidateImportRow(access, importId, rowId));
  // Only a row of an import not yet run can change (a registered row is changed on its registration).
  if (row.import.status !== "PREVIEW" || row.status === "IMPORTED") notFound();
  return (
    <>
      <BackLink href={`/candidates/import/${row.import.id}`}>{`Back to the rows of ${row.import.fileName}`}</BackLink>
      <PageHeader
        title={`Correct line ${row.lineNumber}`}
        description="Change what is wrong, then save: the row is checked again against the centre's records. The file itself is not changed."
      />
      <FixRowForm
        workspaceKey={access.workspace.key}
        importId={row.import.id}
        rowId={row.id}
        lineNumber={row.lineNumber}
        version={row.version}
        values={row.values}
        problems={row.problems}
      />
    </>
  );
}
