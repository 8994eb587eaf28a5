import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { assessmentMethodLabels } from "@/lib/activities/labels";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { evidenceStatusLabels, evidenceStatusTones } from "@/lib/evidence/labels";
import { listEvidence } from "@/lib/evidence/queries";

export const metadata: Metadata = { title: "Evidence" };

export default async function EvidencePage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, items } = await orNotFound(listEvidence(access, candidateId));
  const isTheCandidate = candidate.userId === access.userId;
  const mayAdd = candidate.status === "ACTIVE" && (isTheCandidate || rolesCan(access.workspace.roles, "assessment.record"));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{isTheCandidate ? "Back to your record" : `Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title={isTheCandidate ? "Your evidence" : `${candidate.name}'s evidence`}
        description="Every piece of evidence in the portfolio, where it is held, and the assessment criteria it is cross-referenced to."
        actions={
          mayAdd && (
            <Link href={`/candidates/${candidate.id}/evidence/new`} className={buttonClasses()}>
              Add evidence
            </Link>
          )
        }
      />
      {items.length === 0 ? (
        <p>No evidence has been added yet.</p>
      ) : (
        <Table caption="Index of evidence" captionHidden>
          <THead>
            <TR>
              <TH>Reference</TH>
              <TH>Title</TH>
              <TH>Method</TH>
              <TH>Where it is held</TH>
              <TH>Status</TH>
              <TH>Criteria</TH>
            </TR>
          </THead>
          <TBody>
            {items.map((item) => (
              <TR key={item.id}>
                <TD className="font-semibold whitespace-nowrap">
                  <Link href={`/candidates/${candidate.id}/evidence/${item.id}`} className="text-brand-800 underline underline-offset-2">
                    {item.reference}
                  </Link>
                </TD>
                <TD>
                  {item.title}
                  {item.previousSubmission && (
                    <span className="block text-sm text-ink-muted">Resubmission of {item.previousSubmission.reference}</span>
                  )}
                  {item.resubmissions.length > 0 && (
                    <span className="block text-sm text-ink-muted">
                      Resubmitted as {item.resubmissions.map((row) => row.reference).join(", ")}
                    </span>
                  )}
                </TD>
                <TD>{assessmentMethodLabels[item.method]}</TD>
                <TD>
                  {item.location}
                  {item._count.files > 0 && <span className="block text-sm text-ink-muted">{item._count.files} file(s)</span>}
                </TD>
                <TD>
                  <Badge tone={evidenceStatusTones[item.status]}>{evidenceStatusLabels[item.status]}</Badge>
                </TD>
                <TD>
                  {item.criteria.length === 0
                    ? "None yet"
                    : item.criteria.map((row) => `${row.unitUrn} ${row.ref}${row.suggestedByCandidate ? " (suggested)" : ""}`).join(", ")}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
