import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { priorLearningStatusLabels } from "@/lib/prior-learning/labels";
import { priorLearningPage } from "@/lib/prior-learning/queries";
import { DecidePriorLearningForm } from "./decide-prior-learning-form";

export const metadata: Metadata = { title: "Prior learning" };

export default async function PriorLearningPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, claims, mayRecord } = await orNotFound(priorLearningPage(access, candidateId));
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Prior learning"
        description={`Learning ${candidate.name} did before, put forward against a unit's assessment criteria and judged by the assessor, including whether it is current (OCR handbook 9.9). It is still assessed: it does not exempt the candidate.`}
      />
      {mayRecord && (
        <p className="mb-6">
          <Link href={`/candidates/${candidate.id}/prior-learning/new`} className={buttonClasses("primary")}>
            Record prior learning
          </Link>
        </p>
      )}
      {claims.length === 0 ? (
        <p>No prior learning has been put forward for {candidate.name}.</p>
      ) : (
        <ol className="flex flex-col gap-6" aria-label="Prior learning put forward">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Card title={claim.unit ? `${claim.unit.urn} ${claim.unit.title}` : "Unit"}>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={claim.status === "ACCEPTED" ? "success" : claim.status === "NOT_ACCEPTED" ? "neutral" : "info"}>
                    {priorLearningStatusLabels[claim.status]}
                  </Badge>
                  <span className="text-sm text-ink-muted">
                    Recorded {displayDay(claim.createdAt)}
                    {claim.recordedBy && <> by {claim.recordedBy}</>}
                  </span>
                </p>
                <dl className="mt-3 grid gap-2">
                  <dt className="font-semibold">Criteria</dt>
                  <dd>
                    {claim.criteria.length === 0
                      ? "Every criterion of the unit"
                      : claim.criteria.map((criterion) => criterion.ref).join(", ")}
                  </dd>
                  <dt className="font-semibold">Prior learning</dt>
                  <dd className="whitespace-pre-line">{claim.priorLearning}</dd>
                  <dt className="font-semibold">Evidence</dt>
                  <dd className="whitespace-pre-line">{claim.evidence}</dd>
                  {claim.decidedOn && (
                    <>
                      <dt className="font-semibold">Decision</dt>
                      <dd>
                        {priorLearningStatusLabels[claim.status]} on {displayDay(claim.decidedOn)}
                        {claim.decidedBy && <> by {claim.decidedBy}</>}
                      </dd>
                      <dt className="font-semibold">Reasons</dt>
                      <dd className="whitespace-pre-line">{claim.decisionNotes}</dd>
                    </>
                  )}
                </dl>
                {mayRecord && claim.status === "PROPOSED" && (
                  <div className="mt-4 border-t border-line-subtle pt-4">
                    <DecidePriorLearningForm
                      workspaceKey={access.workspace.key}
                      candidateId={candidate.id}
                      claimId={claim.id}
                      version={claim.version}
                      unitName={claim.unit ? claim.unit.title : "this unit"}
                      today={isoDay(new Date())}
                    />
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
