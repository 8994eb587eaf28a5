import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { assessmentMethodLabels } from "@/lib/assessment-plans/labels";
import { displayDay } from "@/lib/format/dates";

export type FeedbackEntryData = {
  id: string;
  achieved: string;
  nextSteps: string;
  plannedActions: string | null;
  candidateResponse: string | null;
  candidateRespondedAt: Date | null;
  givenAt: Date;
  givenBy: string;
  evidenceItem: { id: string; reference: string; title: string; previousSubmission: { id: string; reference: string } | null } | null;
  activity: { id: string; method: keyof typeof assessmentMethodLabels; occurredOn: Date; place: string } | null;
};

/** What a piece of feedback is about, linked to it. */
export function FeedbackAbout({ candidateId, feedback }: { candidateId: string; feedback: FeedbackEntryData }) {
  if (feedback.evidenceItem) {
    return (
      <>
        Evidence{" "}
        <Link
          href={`/candidates/${candidateId}/evidence/${feedback.evidenceItem.id}`}
          className="text-brand-800 underline underline-offset-2"
        >
          {feedback.evidenceItem.reference} {feedback.evidenceItem.title}
        </Link>
        {feedback.evidenceItem.previousSubmission && ` (resubmission of ${feedback.evidenceItem.previousSubmission.reference})`}
      </>
    );
  }
  if (feedback.activity) {
    return (
      <>
        <Link
          href={`/candidates/${candidateId}/activities/${feedback.activity.id}`}
          className="text-brand-800 underline underline-offset-2"
        >
          {assessmentMethodLabels[feedback.activity.method]} on {displayDay(feedback.activity.occurredOn)}
        </Link>
      </>
    );
  }
  return <>Progress review</>;
}

/** The feedback (RD06) and the candidate's reply, as both see them. */
export function FeedbackBody({ feedback }: { feedback: FeedbackEntryData }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">What was achieved</dt>
      <dd className="whitespace-pre-line">{feedback.achieved}</dd>
      <dt className="font-semibold">What is needed next</dt>
      <dd className="whitespace-pre-line">{feedback.nextSteps}</dd>
      <dt className="font-semibold">Planned actions</dt>
      <dd className="whitespace-pre-line">{feedback.plannedActions ?? "None recorded"}</dd>
      <dt className="font-semibold">Candidate&apos;s reply</dt>
      <dd>
        {feedback.candidateResponse ? (
          <>
            <span className="whitespace-pre-line">{feedback.candidateResponse}</span>
            {feedback.candidateRespondedAt && (
              <span className="mt-1 block text-sm text-ink-muted">Replied {displayDay(feedback.candidateRespondedAt)}</span>
            )}
          </>
        ) : (
          <Badge tone="neutral">No reply yet</Badge>
        )}
      </dd>
    </dl>
  );
}
