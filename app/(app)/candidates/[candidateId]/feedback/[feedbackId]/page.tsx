import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getCandidateFeedback } from "@/lib/feedback/queries";
import { displayDay } from "@/lib/format/dates";
import { FeedbackAbout, FeedbackBody } from "../feedback-entry";
import { ReplyForm } from "./reply-form";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackPage({ params }: { params: Promise<{ candidateId: string; feedbackId: string }> }) {
  const { candidateId, feedbackId } = await params;
  const access = await requireAccess();
  const { candidate, feedback, earlier } = await orNotFound(getCandidateFeedback(access, candidateId, feedbackId));
  const isTheCandidate = candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}/feedback`}>Back to feedback</BackLink>
      <PageHeader
        title={`Feedback from ${feedback.givenBy}`}
        description={`${isTheCandidate ? "To you" : `To ${candidate.name}`}, ${displayDay(feedback.givenAt)}`}
      />
      <div className="flex flex-col gap-6">
        <Card title="Feedback">
          <p className="mb-4 text-ink-muted">
            About: <FeedbackAbout candidateId={candidate.id} feedback={feedback} />
          </p>
          <FeedbackBody feedback={feedback} />
        </Card>
        {isTheCandidate && feedback.candidateResponse === null && (
          <Card title="Reply">
            <ReplyForm workspaceKey={access.workspace.key} feedbackId={feedback.id} version={feedback.version} />
          </Card>
        )}
        {earlier.length > 0 && (
          <Card title="Feedback on the earlier submission">
            <p className="mb-3 text-ink-muted">
              This work was resubmitted after feedback on {feedback.evidenceItem?.previousSubmission?.reference}. That feedback stays with
              it.
            </p>
            <ul className="flex flex-col gap-2">
              {earlier.map((entry) => (
                <li key={entry.id}>
                  <Link href={`/candidates/${candidate.id}/feedback/${entry.id}`} className="text-brand-800 underline underline-offset-2">
                    {displayDay(entry.givenAt)}
                  </Link>
                  : {entry.nextSteps}
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
