import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { assessmentMethodLabels } from "@/lib/assessment-plans/labels";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { feedbackSubject } from "@/lib/feedback/queries";
import { displayDay } from "@/lib/format/dates";
import { GiveFeedbackForm } from "./give-feedback-form";

export const metadata: Metadata = { title: "Give feedback" };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NewFeedbackPage({
  params,
  searchParams,
}: {
  params: Promise<{ candidateId: string }>;
  searchParams: Promise<{ evidence?: string | string[]; activity?: string | string[] }>;
}) {
  const { candidateId } = await params;
  const query = await searchParams;
  const access = await requireAccess();
  const { candidate, subject } = await orNotFound(
    feedbackSubject(access, candidateId, { evidence: one(query.evidence), activity: one(query.activity) }),
  );
  if (candidate.status !== "ACTIVE") notFound();
  const base = `/candidates/${candidate.id}`;
  const about =
    subject.kind === "evidence"
      ? { title: `Feedback on evidence ${subject.reference}`, description: subject.title, back: `${base}/evidence/${subject.id}` }
      : subject.kind === "activity"
        ? {
            title: "Feedback on an activity",
            description: `${assessmentMethodLabels[subject.method]} on ${displayDay(subject.occurredOn)}, ${subject.place}`,
            back: `${base}/activities/${subject.id}`,
          }
        : {
            title: "Progress feedback",
            description: "A progress review: not about one piece of evidence or one activity.",
            back: `${base}/feedback`,
          };
  return (
    <>
      <BackLink href={about.back}>Back</BackLink>
      <PageHeader title={about.title} description={`${candidate.name} · ${about.description}`} />
      <GiveFeedbackForm
        workspaceKey={access.workspace.key}
        candidateId={candidate.id}
        evidenceItemId={subject.kind === "evidence" ? subject.id : ""}
        activityId={subject.kind === "activity" ? subject.id : ""}
        cancelHref={about.back}
      />
    </>
  );
}
