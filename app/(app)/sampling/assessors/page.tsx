import type { Metadata } from "next";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { displayDay, isoDay } from "@/lib/format/dates";
import { riskLevelLabels } from "@/lib/sampling/labels";
import { listAssessorRiskRatings } from "@/lib/sampling/strategy-queries";
import { RiskRatingForm } from "./risk-rating-form";

export const metadata: Metadata = { title: "Assessor risk ratings" };

const riskTones: Record<keyof typeof riskLevelLabels, BadgeTone> = {
  NEW: "info",
  UNQUALIFIED: "info",
  HIGH: "danger",
  MEDIUM: "warning",
  LOW: "success",
};

export default async function AssessorRiskRatingsPage() {
  const access = await requireAccess();
  const { assessors, exercises, canManage } = await orNotFound(listAssessorRiskRatings(access));
  const today = isoDay(new Date());
  return (
    <>
      <BackLink href="/sampling">Back to sampling</BackLink>
      <PageHeader
        title="Assessor risk ratings"
        description="Each assessor's risk rating sets how much of their work is sampled (the sampling strategy's rates). Every rating is kept with its reason and date; the newest is current."
      />
      {assessors.length === 0 ? (
        <p>The centre has no active assessors.</p>
      ) : (
        <ul className="flex flex-col gap-4" aria-label="Assessors">
          {assessors.map((assessor) => (
            <li key={assessor.userId}>
              <Card
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <span>{assessor.name}</span>
                    {assessor.current ? (
                      <Badge tone={riskTones[assessor.current.risk]}>{riskLevelLabels[assessor.current.risk]}</Badge>
                    ) : (
                      <Badge tone="info">New assessor (no rating yet)</Badge>
                    )}
                  </span>
                }
              >
                {assessor.current ? (
                  <p className="mb-4 break-words">
                    {assessor.current.reason}{" "}
                    <span className="text-ink-muted">
                      ({displayDay(assessor.current.ratedOn)}, rated by {assessor.current.ratedBy}
                      {assessor.current.standardisationExercise ? `, after ${assessor.current.standardisationExercise}` : ""})
                    </span>
                  </p>
                ) : (
                  <p className="mb-4 text-ink-muted">Not rated yet: their decisions are sampled as a new assessor&apos;s.</p>
                )}
                {assessor.history.length > 0 && (
                  <details className="mb-4">
                    <summary className="cursor-pointer font-semibold text-brand-800">
                      History ({assessor.history.length} rating{assessor.history.length === 1 ? "" : "s"}, newest first)
                    </summary>
                    <div className="mt-2">
                      <Table caption={`Risk rating history of ${assessor.name}`} captionHidden>
                        <THead>
                          <TR>
                            <TH>Date</TH>
                            <TH>Rating</TH>
                            <TH>Reason</TH>
                            <TH>Rated by</TH>
                          </TR>
                        </THead>
                        <TBody>
                          {assessor.history.map((rating) => (
                            <TR key={rating.id}>
                              <TD className="whitespace-nowrap">{displayDay(rating.ratedOn)}</TD>
                              <TD>{riskLevelLabels[rating.risk]}</TD>
                              <TD className="min-w-48 break-words">
                                {rating.reason}
                                {rating.standardisationExercise && (
                                  <span className="block text-sm text-ink-muted">After {rating.standardisationExercise}</span>
                                )}
                              </TD>
                              <TD>{rating.ratedBy}</TD>
                            </TR>
                          ))}
                        </TBody>
                      </Table>
                    </div>
                  </details>
                )}
                {canManage &&
                  (assessor.isSelf ? (
                    <p className="text-ink-muted">You cannot rate your own assessment practice: ask another IQA to rate it.</p>
                  ) : (
                    <details>
                      <summary className="cursor-pointer font-semibold text-brand-800">
                        Record a new rating<span className="sr-only"> for {assessor.name}</span>
                      </summary>
                      <div className="mt-3">
                        <RiskRatingForm
                          workspaceKey={access.workspace.key}
                          assessor={{ userId: assessor.userId, name: assessor.name }}
                          exercises={exercises.filter((exercise) => exercise.participantUserIds.includes(assessor.userId))}
                          today={today}
                        />
                      </div>
                    </details>
                  ))}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
