import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listCandidateFeedback } from "@/lib/feedback/queries";
import { displayDay } from "@/lib/format/dates";
import { HowToAppeal } from "../appeals/how-to-appeal";
import { FeedbackAbout, FeedbackBody } from "./feedback-entry";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackListPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const access = await requireAccess();
  const { candidate, feedback } = await orNotFound(listCandidateFeedback(access, candidateId));
  const isTheCandidate = candidate.userId === access.userId && rolesCan(access.workspace.roles, "portfolio.own");
  const mayGive = rolesCan(access.workspace.roles, "assessment.record") && candidate.status === "ACTIVE";
  return (
    <>
      <BackLink href={`/candidates/${candidate.id}`}>{isTheCandidate ? "Back to your record" : `Back to ${candidate.name}`}</BackLink>
      <PageHeader
        title="Feedback"
        description={
          isTheCandidate
            ? "What your assessor said about your work and what to do next. You can reply once to each."
            : `Feedback given to ${candidate.name} (RD06), newest first, with their replies.`
        }
        actions={
          mayGive ? (
            <Link href={`/candidates/${candidate.id}/feedback/new`} className={buttonClasses("primary")}>
              Give progress feedback
            </Link>
          ) : undefined
        }
      />
      {feedback.length === 0 ? (
        <Card>
          <p>No feedback has been given yet.</p>
        </Card>
      ) : (
        <ol className="flex flex-col gap-4">
          {feedback.map((entry) => (
            <li key={entry.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/candidates/${candidate.id}/feedback/${entry.id}`} className="text-brand-800 underline underline-offset-2">
                    Feedback from {entry.givenBy}, {displayDay(entry.givenAt)}
                  </Link>
                </h2>
                <p className="mb-3 text-sm text-ink-muted">
                  <FeedbackAbout candidateId={candidate.id} feedback={entry} />
                </p>
                <FeedbackBody feedback={entry} />
                {isTheCandidate && entry.candidateResponse === null && (
                  <p className="mt-3">
                    <Link href={`/candidates/${candidate.id}/feedback/${entry.id}`} className={buttonClasses("secondary", "sm")}>
                      Reply
                    </Link>
                  </p>
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
      {isTheCandidate && (
        <Card title="Disagree with a decision?" className="mt-6">
          <HowToAppeal candidateId={candidate.id} mayLodge />
        </Card>
      )}
    </>
  );
}
