import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { evidenceFormData } from "@/lib/evidence/queries";
import { notFound } from "next/navigation";
import { EvidenceForm } from "./evidence-form";

export const metadata: Metadata = { title: "Add evidence" };

export default async function AddEvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ candidateId: string }>;
  searchParams: Promise<{ resubmit?: string | string[] }>;
}) {
  const { candidateId } = await params;
  const { resubmit } = await searchParams;
  const access = await requireAccess();
  if (!isCentreAccess(access)) notFound();
  const data = await orNotFound(evidenceFormData(access, candidateId, typeof resubmit === "string" ? resubmit : null));
  const back = `/candidates/${data.candidate.id}/evidence`;
  if (data.candidate.status !== "ACTIVE") {
    return (
      <>
        <BackLink href={back}>Back to the evidence</BackLink>
        <PageHeader title="Add evidence" />
        <p>{data.candidate.name}&apos;s registration is not active, so no evidence can be added.</p>
      </>
    );
  }
  const resubmitting = data.resubmitting;
  return (
    <>
      <BackLink href={back}>Back to the evidence</BackLink>
      <PageHeader
        title={resubmitting ? `Resubmit ${resubmitting.reference}` : "Add evidence"}
        description={
          resubmitting
            ? `A new item that replaces ${resubmitting.reference}. ${resubmitting.reference} keeps its own feedback and history.`
            : data.actsAsCandidate
              ? "Add a piece of your own work and suggest the assessment criteria it shows. Your assessor then judges it."
              : `Add a piece of evidence to ${data.candidate.name}'s portfolio.`
        }
      />
      {resubmitting?.rejectionReason && (
        <p className="mb-6 rounded-md border border-danger-700 bg-danger-50 p-3">
          <span className="font-semibold">Why {resubmitting.reference} was rejected:</span> {resubmitting.rejectionReason}
        </p>
      )}
      <EvidenceForm
        workspaceKey={access.workspace.key}
        candidateId={data.candidate.id}
        actsAsCandidate={data.actsAsCandidate}
        criteria={data.criteria}
        defaults={
          resubmitting
            ? {
                title: resubmitting.title,
                method: resubmitting.method,
                location: resubmitting.location,
                description: resubmitting.description ?? "",
                criterionIds: resubmitting.criteria.map((row) => row.criterionId),
                authenticatedBy: resubmitting.authenticatedBy ?? "",
                previousSubmissionId: resubmitting.id,
              }
            : {}
        }
      />
    </>
  );
}
