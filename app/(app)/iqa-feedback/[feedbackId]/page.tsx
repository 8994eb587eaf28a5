import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { getIqaFeedback } from "@/lib/iqa-feedback/queries";
import { samplingOutcomeLabels, samplingStageLabels } from "@/lib/sampling/labels";
import { ActionList } from "../action-list";
import { RespondForm } from "./respond-form";

export const metadata: Metadata = { title: "Feedback to the assessor (RD07)" };

const linkClasses = "text-brand-800 underline underline-offset-2";

export default async function IqaFeedbackRecordPage({ params }: { params: Promise<{ feedbackId: string }> }) {
  const { feedbackId } = await params;
  const access = await requireAccess();
  const { feedback, actions, isTheAssessor, readsSampling } = await orNotFound(getIqaFeedback(access, feedbackId));
  const record = feedback.samplingRecord;
  const overdue = actions.filter((action) => action.overdue).length;
  return (
    <>
      <BackLink href="/iqa-feedback">Back to IQA feedback</BackLink>
      <PageHeader
        title="Feedback to the assessor (RD07)"
        description={`From ${feedback.iqa.name} to ${isTheAssessor ? "you" : feedback.assessor.name}, given ${displayDay(feedback.givenOn)}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Feedback">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">IQA</dt>
            <dd>{feedback.iqa.name}</dd>
            <dt className="font-semibold">Assessor</dt>
            <dd>{feedback.assessor.name}</dd>
            <dt className="font-semibold">Date given</dt>
            <dd>{displayDay(feedback.givenOn)}</dd>
            <dt className="font-semibold">From</dt>
            <dd>
              {record ? (
                <>
                  Sampling of{" "}
                  <Link
                    href={
                      readsSampling
                        ? `/sampling/plans/${record.planItem.planId}/items/${record.planItemId}`
                        : `/candidates/${record.unitDecision.candidate.id}/units/${record.unitDecision.unit.id}`
                    }
                    className={linkClasses}
                  >
                    {record.unitDecision.unit.title} ({record.unitDecision.unit.urn})
                  </Link>{" "}
                  for {record.unitDecision.candidate.name}, {samplingStageLabels[record.stage].toLowerCase()}, sampled{" "}
                  {displayDay(record.sampledOn)}. Outcome: <strong>{samplingOutcomeLabels[record.outcome]}</strong>
                </>
              ) : (
                "Given on its own, not from a sample"
              )}
            </dd>
            <dt className="font-semibold">Feedback on practice</dt>
            <dd className="whitespace-pre-line">{feedback.feedbackOnPractice}</dd>
            <dt className="font-semibold">Assessor&apos;s response</dt>
            <dd>
              {feedback.assessorResponse !== null ? (
                <>
                  <span className="whitespace-pre-line">{feedback.assessorResponse}</span>
                  {feedback.respondedAt && (
                    <span className="mt-1 block text-sm text-ink-muted">Acknowledged and responded {displayDay(feedback.respondedAt)}</span>
                  )}
                </>
              ) : (
                <Badge tone="warning">Not yet acknowledged</Badge>
              )}
            </dd>
          </dl>
        </Card>

        {isTheAssessor && feedback.respondedAt === null && (
          <Card title="Acknowledge and respond">
            <RespondForm workspaceKey={access.workspace.key} feedbackId={feedback.id} version={feedback.version} />
          </Card>
        )}

        <Card title="Actions">
          {actions.length === 0 ? (
            <p>No actions were set in this feedback.</p>
          ) : (
            <div className="flex flex-col gap-3">
              <p>
                {actions.filter((action) => action.status === "OPEN").length} open
                {overdue > 0 && <strong>, {overdue} overdue</strong>}, {actions.filter((action) => action.status === "DONE").length} done.
              </p>
              <ActionList actions={actions} viewerId={access.userId} workspaceKey={access.workspace.key} show="owner" />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
