import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { witnessStatementFormOptions } from "@/lib/witness-statements/queries";
import { WitnessStatementForm } from "../witness-statement-form";

export const metadata: Metadata = { title: "Record a witness statement" };

export default async function NewWitnessStatementPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, criteria, policy } = await orNotFound(witnessStatementFormOptions(access, candidateId));
  if (candidate.status !== "ACTIVE") notFound();
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Record a witness statement"
        description={`For ${candidate.name}. It is added to their evidence, awaiting your judgement (RD08).`}
      />
      <WitnessStatementForm
        workspaceKey={access.workspace.key}
        candidate={{ id: candidate.id, name: candidate.name }}
        criteria={criteria}
        policy={policy}
      />
    </>
  );
}
