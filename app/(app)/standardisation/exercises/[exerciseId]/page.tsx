import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay } from "@/lib/format/dates";
import { riskLevelLabels } from "@/lib/sampling/labels";
import { exerciseStatusLabels, outcomeLabels } from "@/lib/standardisation/labels";
import { getStandardisationExercise } from "@/lib/standardisation/queries";
import { ChangeRiskForm } from "./change-risk-form";
import { CloseForm } from "./close-form";
import { ComparisonTable } from "./comparison-table";
import { JudgeForm } from "./judge-form";

export const metadata: Metadata = { title: "Standardisation exercise" };

const linkClasses = "text-brand-800 underline underline-offset-2";

export default async function StandardisationExercisePage({ params }: { params: Promise<{ exerciseId: string }> }) {
  const { exerciseId } = await params;
  const access = await requireAccess();
  const view = await orNotFound(getStandardisationExercise(access, exerciseId));
  const { exercise, criteria, participants, may } = view;
  const takingPart = participants.some((person) => person.userId === access.userId);
  const criterionRef = new Map(criteria.map((criterion) => [criterion.id, criterion.ref]));
  const seesCandidate = rolesCan(access.workspace.roles, "candidate.view");
  const riskCandidates = participants.filter((person) => person.isAssessor && person.userId !== access.userId);

  return (
    <>
      <BackLink href={exercise.meeting ? `/standardisation/meetings/${exercise.meeting.id}` : "/standardisation"}>
        {exercise.meeting ? "Back to the meeting" : "Back to standardisation"}
      </BackLink>
      <PageHeader
        title={exercise.title}
        description={
          <>
            {exercise.unit} · {exercise.qualification} ·{" "}
            <Badge tone={exercise.status === "OPEN" ? "warning" : "neutral"}>{exerciseStatusLabels[exercise.status]}</Badge>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Card title="The evidence">
          <p className="whitespace-pre-line">{exercise.evidenceDescription}</p>
          {view.evidenceItem?.conflicted === true && (
            <p className="mt-3">Evidence item: You declared a conflict with this candidate; judge from the description.</p>
          )}
          {view.evidenceItem?.conflicted === false && (
            <p className="mt-3">
              Evidence item:{" "}
              {seesCandidate ? (
                <Link href={`/candidates/${view.evidenceItem.candidateId}/evidence/${view.evidenceItem.id}`} className={linkClasses}>
                  {view.evidenceItem.reference} {view.evidenceItem.title}
                </Link>
              ) : (
                `${view.evidenceItem.reference} ${view.evidenceItem.title}`
              )}
            </p>
          )}
          <p className="mt-3 text-sm text-ink-muted">
            Opened by {exercise.createdBy} on {displayDay(exercise.createdAt)}
            {exercise.meeting && (
              <>
                {" "}
                for the{" "}
                <Link href={`/standardisation/meetings/${exercise.meeting.id}`} className={linkClasses}>
                  meeting of {displayDay(exercise.meeting.heldOn)}
                </Link>
              </>
            )}
            . Evidence used for standardisation must be anonymised (handbook 5.9).
          </p>
        </Card>

        <Card title="Criteria to judge">
          <ul className="flex flex-col gap-1">
            {criteria.map((criterion) => (
              <li key={criterion.id}>
                <span className="font-semibold">{criterion.ref}</span> {criterion.text}
              </li>
            ))}
          </ul>
        </Card>

        <Card title="Who judges it">
          <ul className="flex flex-col gap-1">
            {participants.map((person) => (
              <li key={person.userId}>
                {person.name}
                {person.userId === access.userId && " (you)"}:{" "}
                {person.judged ? <Badge tone="success">Judged</Badge> : <Badge tone="neutral">Not judged yet</Badge>}
              </li>
            ))}
          </ul>
        </Card>

        {may.judge && (
          <Card title="Your judgement">
            <p className="mb-4">
              Judge the evidence on your own. You will see the others&apos; judgements once you have recorded yours, so you are not led by
              them.
            </p>
            <JudgeForm workspaceKey={access.workspace.key} exerciseId={exercise.id} criteria={criteria} />
          </Card>
        )}
        {view.myJudgement && (
          <Card title="Your judgement">
            <p>
              <span className="font-semibold">{outcomeLabels[view.myJudgement.outcome]}</span>, recorded{" "}
              {displayDay(view.myJudgement.judgedAt)}. Criteria met:{" "}
              {view.myJudgement.criteriaMetIds.length === 0
                ? "none"
                : view.myJudgement.criteriaMetIds.map((id) => criterionRef.get(id) ?? "?").join(", ")}
              .
            </p>
            <p className="mt-2 whitespace-pre-line">{view.myJudgement.rationale}</p>
          </Card>
        )}
        {takingPart && !view.judgementsVisible && !may.judge && (
          <Card title="The others' judgements">
            <p>You will see the others&apos; judgements once you have recorded yours, or when the exercise closes.</p>
          </Card>
        )}

        {view.judgementsVisible && (
          <Card title="Judgements compared">
            {view.comparison ? (
              <>
                <ComparisonTable comparison={view.comparison} />
                <h3 className="mt-6 mb-2 font-semibold">Each rationale</h3>
                <ul className="flex flex-col gap-3">
                  {view.judgements.map((judgement) => (
                    <li key={judgement.assessorUserId}>
                      <span className="font-semibold">
                        {judgement.name} ({outcomeLabels[judgement.outcome]}):
                      </span>{" "}
                      <span className="whitespace-pre-line">{judgement.rationale}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No one has judged the evidence yet.</p>
            )}
          </Card>
        )}

        {exercise.status === "CLOSED" && exercise.agreedOutcome && (
          <Card title="Agreed judgement">
            <p>
              <span className="font-semibold">{outcomeLabels[exercise.agreedOutcome]}</span>
              {exercise.closedAt && `, agreed ${displayDay(exercise.closedAt)}`}. Criteria met:{" "}
              {exercise.agreedCriterionIds.length === 0
                ? "none"
                : exercise.agreedCriterionIds.map((id) => criterionRef.get(id) ?? "?").join(", ")}
              .
            </p>
            <p className="mt-2 whitespace-pre-line">{exercise.agreedRationale}</p>
          </Card>
        )}

        {may.close && (
          <Card title="Agree the judgement and close">
            <p className="mb-4">Once the participants have judged and you have discussed the differences, record the judgement agreed.</p>
            <CloseForm workspaceKey={access.workspace.key} exerciseId={exercise.id} version={exercise.version} criteria={criteria} />
          </Card>
        )}

        {may.changeRisk && riskCandidates.length > 0 && (
          <Card title="Change risk ratings">
            <p className="mb-4">
              Where this exercise shows an assessor judging differently from the standard agreed, change their risk rating: sampling follows
              it.
            </p>
            <ul className="flex flex-col gap-6">
              {riskCandidates.map((person) => (
                <li key={person.userId} className="rounded-md border border-line-subtle p-3">
                  <h3 className="font-semibold">{person.name}</h3>
                  <p className="mb-3 text-sm text-ink-muted">
                    Current rating: {person.currentRisk ? riskLevelLabels[person.currentRisk] : "none recorded (sampled as a new assessor)"}
                  </p>
                  <ChangeRiskForm
                    workspaceKey={access.workspace.key}
                    exerciseId={exercise.id}
                    assessorUserId={person.userId}
                    assessorName={person.name}
                  />
                </li>
              ))}
            </ul>
          </Card>
        )}

        {view.ratingsFromHere.length > 0 && (
          <Card title="Risk ratings changed after this exercise">
            <ul className="flex flex-col gap-2">
              {view.ratingsFromHere.map((rating) => (
                <li key={rating.id}>
                  <span className="font-semibold">{rating.assessor}</span>: {riskLevelLabels[rating.risk]}, {displayDay(rating.ratedOn)} by{" "}
                  {rating.ratedBy}. <span className="whitespace-pre-line">{rating.reason}</span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
