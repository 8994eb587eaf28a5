import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileList } from "@/components/files/file-list";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { isoDay } from "@/lib/format/dates";
import { getWitnessStatement, witnessStatementFormOptions } from "@/lib/witness-statements/queries";
import { contentsOfRow } from "@/lib/witness-statements/stored-contents";
import { WitnessStatementForm } from "../../witness-statement-form";

export const metadata: Metadata = { title: "Correct a witness statement" };

export default async function EditWitnessStatementPage({ params }: { params: Promise<{ candidateId: string; statementId: string }> }) {
  const { candidateId, statementId } = await params;
  const access = await requireAccess();
  const { candidate, criteria, policy } = await orNotFound(witnessStatementFormOptions(access, candidateId));
  const { statement } = await orNotFound(getWitnessStatement(access, candidateId, statementId));
  if (candidate.status !== "ACTIVE" || statement.evidenceItem.status !== "AWAITING_JUDGEMENT") notFound();
  const evidence = statement.evidenceItem;
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/witness-statements/${statement.id}`}>Back to the statement</BackLink>
      <PageHeader
        title="Correct the witness statement"
        description={`${evidence.reference} ${evidence.title} · ${candidate.name}. You can correct it until the evidence is judged.`}
      />
      {evidence.files.length > 0 && (
        <div className="mb-6">
          <FileList files={evidence.files} label="Files already attached" />
        </div>
      )}
      <WitnessStatementForm
        workspaceKey={access.workspace.key}
        candidate={{ id: candidate.id, name: candidate.name }}
        criteria={criteria}
        policy={policy}
        existing={{
          statementId: statement.id,
          version: statement.version,
          evidenceVersion: evidence.version,
          values: {
            candidateId: candidate.id,
            ...contentsOfRow(statement),
            title: evidence.title,
            witnessName: statement.witnessName,
            criterionIds: evidence.criteria.map((link) => link.criterion.id),
            authenticityCheckedOn: isoDay(statement.authenticityCheckedOn),
            authenticityCheckMethod: statement.authenticityCheckMethod ?? "",
            fileIds: [],
          },
        }}
      />
    </>
  );
}
