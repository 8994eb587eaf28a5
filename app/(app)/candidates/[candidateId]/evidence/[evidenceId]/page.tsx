import type { Metadata } from "next";
import Link from "next/link";
import { FileList } from "@/components/files/file-list";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { assessmentMethodLabels, criterionJudgementLabels } from "@/lib/activities/labels";
import { pickableCriteriaOfQualifications } from "@/lib/activities/queries";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { evidenceStatusLabels, evidenceStatusTones } from "@/lib/evidence/labels";
import { getEvidence } from "@/lib/evidence/queries";
import { displayDay } from "@/lib/format/dates";
import { EvidenceCriteriaForm } from "./evidence-criteria-form";
import { JudgeEvidenceForm } from "./judge-evidence-form";

export const metadata: Metadata = { title: "Evidence" };

const link = "text-brand-800 underline underline-offset-2";

export default async function EvidenceItemPage({ params }: { params: Promise<{ candidateId: string; evidenceId: string }> }) {
  const { candidateId, evidenceId } = await params;
  const access = await requireAccess();
  const { candidate, item, earlier } = await orNotFound(getEvidence(access, candidateId, evidenceId));
  const isTheCandidate = candidate.userId === access.userId;
  const isAssessor = !isTheCandidate && rolesCan(access.workspace.roles, "assessment.record");
  const awaiting = item.status === "AWAITING_JUDGEMENT";
  const active = candidate.status === "ACTIVE";
  const criteria =
    isCentreAccess(access) && awaiting && (isAssessor || isTheCandidate)
      ? ((await pickableCriteriaOfQualifications(access.workspace.centreId, [candidate.qualificationId]))[candidate.qualificationId] ?? [])
      : [];
  const base = `/candidates/${candidate.id}`;

  return (
    <>
      <BackLink href={`${base}/evidence`}>{isTheCandidate ? "Back to your evidence" : `Back to ${candidate.name}'s evidence`}</BackLink>
      <PageHeader
        title={`${item.reference} ${item.title}`}
        description={
          <>
            <Badge tone={evidenceStatusTones[item.status]}>{evidenceStatusLabels[item.status]}</Badge> · added {displayDay(item.createdAt)}{" "}
            by {item.submittedBy}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {item.status === "REJECTED" && (
          <Card title="Why it was rejected">
            <p className="whitespace-pre-line">{item.rejectionReason}</p>
            <p className="mt-2 text-sm text-ink-muted">
              Rejected by {item.judgedBy} on {displayDay(item.judgedAt)}.
            </p>
            {item.resubmissions.length > 0 ? (
              <p className="mt-4">
                Resubmitted as{" "}
                {item.resubmissions.map((row) => (
                  <Link key={row.id} href={`${base}/evidence/${row.id}`} className={link}>
                    {row.reference}
                  </Link>
                ))}
                .
              </p>
            ) : (
              active &&
              (isTheCandidate || isAssessor) && (
                <p className="mt-4">
                  <Link href={`${base}/evidence/new?resubmit=${item.id}`} className={buttonClasses("secondary")}>
                    Resubmit as a new item
                  </Link>
                </p>
              )
            )}
          </Card>
        )}

        <Card title="Details">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Kind</dt>
            <dd>
              {assessmentMethodLabels[item.method]}
              {item.simulated ? " (simulated)" : ""}
            </dd>
            <dt className="font-semibold">Where it is held</dt>
            <dd>{item.location}</dd>
            <dt className="font-semibold">Personal details removed</dt>
            <dd>{item.anonymisationConfirmed ? "Confirmed" : "Not confirmed"}</dd>
            {item.method === "PERSONAL_STATEMENT" && (
              <>
                <dt className="font-semibold">Authenticated by</dt>
                <dd>{item.authenticatedBy ?? "Not recorded yet"}</dd>
              </>
            )}
            {item.status === "ACCEPTED" && (
              <>
                <dt className="font-semibold">Accepted</dt>
                <dd>
                  {displayDay(item.judgedAt)} by {item.judgedBy}
                </dd>
              </>
            )}
          </dl>
          {item.description && <p className="mt-4 whitespace-pre-line">{item.description}</p>}
          {item.witnessStatement && (
            <p className="mt-4">
              <Link href={`${base}/witness-statements/${item.witnessStatement.id}`} className={link}>
                Witness statement from {item.witnessStatement.witnessName}
              </Link>
            </p>
          )}
        </Card>

        <Card title="Files">
          <FileList
            files={item.files}
            label={`Files of ${item.reference}`}
            showThumbnails
            emptyText="No files: the evidence is held elsewhere."
          />
        </Card>

        <Card title="Assessment criteria">
          {item.criteria.length === 0 ? (
            <p>Not cross-referenced to any criterion yet.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {item.criteria.map((row) => (
                <li key={row.criterionId}>
                  <span className="font-semibold">
                    {row.unitUrn} {row.ref}
                  </span>{" "}
                  {row.text}{" "}
                  {row.judgement ? (
                    <Badge tone={row.judgement === "MET" ? "success" : row.judgement === "PARTLY_MET" ? "warning" : "danger"}>
                      {criterionJudgementLabels[row.judgement]}
                    </Badge>
                  ) : row.suggestedByCandidate ? (
                    <Badge tone="neutral">Suggested by the candidate</Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {awaiting && active && (isTheCandidate || isAssessor) && isCentreAccess(access) && (
            <details className="mt-4">
              <summary className="cursor-pointer font-semibold text-brand-800">Change the criteria</summary>
              <div className="mt-4">
                <EvidenceCriteriaForm
                  workspaceKey={access.workspace.key}
                  evidenceItemId={item.id}
                  version={item.version}
                  criteria={criteria}
                  selected={item.criteria.map((row) => row.criterionId)}
                  actsAsCandidate={isTheCandidate}
                />
              </div>
            </details>
          )}
        </Card>

        {awaiting && isAssessor && active && isCentreAccess(access) && (
          <Card title="Judge this evidence">
            <JudgeEvidenceForm
              workspaceKey={access.workspace.key}
              evidenceItemId={item.id}
              version={item.version}
              reference={item.reference}
              criteria={criteria}
              crossReferenced={item.criteria.map((row) => row.criterionId)}
              needsAuthenticator={item.method === "PERSONAL_STATEMENT" && !item.authenticatedBy}
            />
          </Card>
        )}

        <Card title="Feedback on this submission">
          {item.feedback.length === 0 ? (
            <p>No feedback on this submission yet.</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {item.feedback.map((feedback) => (
                <li key={feedback.id} className="flex flex-col gap-1">
                  <p className="text-sm text-ink-muted">Given {displayDay(feedback.givenAt)}</p>
                  <p>
                    <span className="font-semibold">Achieved:</span> {feedback.achieved}
                  </p>
                  <p>
                    <span className="font-semibold">Next:</span> {feedback.nextSteps}
                  </p>
                  <p>
                    <Link href={`${base}/feedback/${feedback.id}`} className={link}>
                      Open the feedback{isTheCandidate ? " to reply" : ""}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {isAssessor && (
            <p className="mt-4">
              <Link href={`${base}/feedback/new?evidence=${item.id}`} className={link}>
                Give feedback on {item.reference}
              </Link>
            </p>
          )}
        </Card>

        {(earlier.length > 0 || item.resubmissions.length > 0) && (
          <Card title="Submissions of this evidence">
            <ol className="flex flex-col gap-2">
              {[...earlier].reverse().map((row) => (
                <li key={row.id}>
                  <Link href={`${base}/evidence/${row.id}`} className={link}>
                    {row.reference}
                  </Link>{" "}
                  added {displayDay(row.createdAt)}: {evidenceStatusLabels[row.status as keyof typeof evidenceStatusLabels]}
                  {row.rejectionReason ? ` (${row.rejectionReason})` : ""}
                </li>
              ))}
              <li>
                <span className="font-semibold">{item.reference}</span> (this one): {evidenceStatusLabels[item.status]}
              </li>
              {item.resubmissions.map((row) => (
                <li key={row.id}>
                  <Link href={`${base}/evidence/${row.id}`} className={link}>
                    {row.reference}
                  </Link>{" "}
                  added {displayDay(row.createdAt)}: {evidenceStatusLabels[row.status]}
                </li>
              ))}
            </ol>
          </Card>
        )}
      </div>
    </>
  );
}
