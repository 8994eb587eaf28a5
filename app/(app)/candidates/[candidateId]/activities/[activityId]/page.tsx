import type { Metadata } from "next";
import Link from "next/link";
import { FileList } from "@/components/files/file-list";
import { BackLink } from "@/components/ui/back-link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { activityDecisionLabels, assessmentMethodLabels, criterionJudgementLabels } from "@/lib/activities/labels";
import { getActivity } from "@/lib/activities/queries";
import { isCentreAccess } from "@/lib/auth/access-context";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, displayLongDay } from "@/lib/format/dates";
import { CandidateCommentForm } from "./candidate-comment-form";

export const metadata: Metadata = { title: "Assessment activity" };

const judgementTone = { MET: "success", PARTLY_MET: "warning", NOT_YET_MET: "danger" } as const satisfies Record<string, BadgeTone>;
const decisionTone = { CRITERIA_MET: "success", PARTLY_MET: "warning", NOT_YET_MET: "danger" } as const satisfies Record<string, BadgeTone>;

export default async function ActivityPage({ params }: { params: Promise<{ candidateId: string; activityId: string }> }) {
  const { candidateId, activityId } = await params;
  const access = await requireAccess();
  const { candidate, activity } = await orNotFound(getActivity(access, candidateId, activityId));
  const isTheCandidate = isCentreAccess(access) && candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  const mayGiveFeedback = rolesCan(access.workspace.roles, "assessment.record");
  const units = new Map<string, { label: string; rows: typeof activity.criteria }>();
  for (const row of activity.criteria) {
    const unit = row.criterion.unit;
    const group = units.get(unit.id) ?? {
      label: `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`,
      rows: [],
    };
    group.rows.push(row);
    units.set(unit.id, group);
  }

  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{`Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title={`${assessmentMethodLabels[activity.method]}, ${displayDay(activity.occurredOn)}`}
        description={`${candidate.name} · assessed by ${activity.assessor.name}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="What happened">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Date</dt>
            <dd>{displayLongDay(activity.occurredOn)}</dd>
            <dt className="font-semibold">Place</dt>
            <dd>{activity.place}</dd>
            <dt className="font-semibold">Method</dt>
            <dd>
              {assessmentMethodLabels[activity.method]}
              {activity.simulated ? " (simulated)" : ""}
            </dd>
            <dt className="font-semibold">Decision</dt>
            <dd>
              <Badge tone={decisionTone[activity.decision]}>{activityDecisionLabels[activity.decision]}</Badge>
            </dd>
            {activity.busyDayJustification && (
              <>
                <dt className="font-semibold">Why on a busy day</dt>
                <dd className="whitespace-pre-line">{activity.busyDayJustification}</dd>
              </>
            )}
          </dl>
          <p className="mt-4 whitespace-pre-line">{activity.description}</p>
        </Card>

        <Card title="Assessment criteria covered">
          <div className="flex flex-col gap-5">
            {[...units.entries()].map(([unitId, unit]) => (
              <section key={unitId} aria-label={unit.label}>
                <h3 className="mb-2 font-semibold">{unit.label}</h3>
                <ul className="flex flex-col gap-3">
                  {unit.rows.map((row) => (
                    <li key={row.id} className="flex flex-col gap-1 border-l-4 border-line-subtle pl-3">
                      <p>
                        <span className="font-semibold">{row.criterion.ref}</span> {row.criterion.text}{" "}
                        <Badge tone={judgementTone[row.judgement]}>{criterionJudgementLabels[row.judgement]}</Badge>
                      </p>
                      <p className="text-sm whitespace-pre-line text-ink-muted">How it was met: {row.howMet}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </Card>

        <Card title="Photos and files">
          <FileList files={activity.files} label="Photos and files of this activity" showThumbnails emptyText="No photos or files." />
        </Card>

        <Card title="Feedback">
          {activity.feedback.length === 0 ? (
            <p>No feedback has been recorded for this activity yet.</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {activity.feedback.map((feedback) => (
                <li key={feedback.id} className="flex flex-col gap-1">
                  <p className="text-sm text-ink-muted">Given {displayDay(feedback.givenAt)}</p>
                  <p>
                    <span className="font-semibold">Achieved:</span> {feedback.achieved}
                  </p>
                  <p>
                    <span className="font-semibold">Next:</span> {feedback.nextSteps}
                  </p>
                  {feedback.candidateResponse && (
                    <p>
                      <span className="font-semibold">{candidate.name}&apos;s response:</span> {feedback.candidateResponse}
                    </p>
                  )}
                  <p>
                    <Link
                      href={`/candidates/${candidate.id}/feedback/${feedback.id}`}
                      className="text-brand-800 underline underline-offset-2"
                    >
                      Open the feedback{isTheCandidate ? " to reply" : ""}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {mayGiveFeedback && (
            <p className="mt-4">
              <Link
                href={`/candidates/${candidate.id}/feedback/new?activity=${activity.id}`}
                className="text-brand-800 underline underline-offset-2"
              >
                Give feedback on this activity
              </Link>
            </p>
          )}
        </Card>

        <Card title="The candidate's comment">
          {activity.candidateComment ? (
            <p className="mb-4 whitespace-pre-line">{activity.candidateComment}</p>
          ) : (
            <p className="mb-4">{isTheCandidate ? "You have not commented yet." : `${candidate.name} has not commented yet.`}</p>
          )}
          {isTheCandidate && isCentreAccess(access) && (
            <CandidateCommentForm
              workspaceKey={access.workspace.key}
              activityId={activity.id}
              version={activity.version}
              comment={activity.candidateComment}
            />
          )}
        </Card>
      </div>
    </>
  );
}
