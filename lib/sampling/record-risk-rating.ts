import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import type { RiskRatingRecordedSummary } from "./audit-summaries";
import { lockExercise } from "@/lib/standardisation/exercise-row";
import { riskRatingHistoryOrder, writeRiskRating } from "./risk-ratings";
import { earliestRatedOn, ratedOnTooEarlyMessage, recordRiskRatingSchema } from "./schemas";

/**
 * An IQA records an assessor's risk rating with its reason and date (it sets how much of their
 * work is sampled). The history is kept: the one with the latest date is current (ties: the one
 * entered last). The date is from 2000-01-01 to today. The assessor must hold an active assessor
 * role at the centre; an IQA may not rate their own assessment practice. A standardisation exercise
 * named as the reason must be the centre's, closed, and one the assessor took part in.
 */
export const recordRiskRating = defineCentreAction({
  name: "sampling.recordRiskRating",
  audit: { label: "Recorded an assessor's risk rating", summary: auditSummary<RiskRatingRecordedSummary>() },
  input: recordRiskRatingSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const membership = await tx.membership.findFirst({
      where: { centreId, userId: input.assessorUserId, role: "ASSESSOR", status: "ACTIVE" },
      select: { user: { select: { id: true, name: true } } },
    });
    if (!membership) throw notFound("Assessor");
    if (membership.user.id === access.userId) {
      const message = "Ask another IQA to rate your own assessment practice.";
      throw new AppError("FORBIDDEN", message, { assessorUserId: [message] });
    }
    // The schema allows a day of slack for a calendar ahead of UTC; the server holds the same line.
    if (input.ratedOn > addDays(isoDay(now), 1)) {
      const message = "The date of the rating cannot be in the future.";
      throw new AppError("INVALID_INPUT", message, { ratedOn: [message] });
    }
    if (input.ratedOn < earliestRatedOn) {
      throw new AppError("INVALID_INPUT", ratedOnTooEarlyMessage, { ratedOn: [ratedOnTooEarlyMessage] });
    }
    let exerciseTitle: string | null = null;
    if (input.standardisationExerciseId !== "") {
      // As standardisation.changeRisk: only a closed exercise the assessor took part in (its row
      // held FOR SHARE so it cannot change meanwhile); another centre's is not found.
      const exercise = await lockExercise(tx, centreId, input.standardisationExerciseId, "share");
      if (exercise.status !== "CLOSED") {
        const message = "This standardisation exercise is still open: close it with the agreed judgement first.";
        throw new AppError("INVALID_INPUT", message, { standardisationExerciseId: [message] });
      }
      if (!exercise.participantUserIds.includes(membership.user.id)) {
        const message = `${membership.user.name} did not take part in this standardisation exercise.`;
        throw new AppError("INVALID_INPUT", message, { standardisationExerciseId: [message] });
      }
      exerciseTitle = exercise.title;
    }
    const previous = await tx.assessorRiskRating.findFirst({
      where: { centreId, assessorUserId: membership.user.id },
      orderBy: riskRatingHistoryOrder,
      select: { risk: true, reason: true, ratedOn: true },
    });
    const rating = await writeRiskRating(tx, {
      centreId,
      assessorUserId: membership.user.id,
      risk: input.risk,
      reason: input.reason,
      ratedOn: new Date(`${input.ratedOn}T00:00:00Z`),
      ratedById: access.userId,
      standardisationExerciseId: input.standardisationExerciseId === "" ? null : input.standardisationExerciseId,
      now,
    });
    await audit({
      targetType: "AssessorRiskRating",
      targetId: rating.id,
      summary: {
        assessor: membership.user.name,
        before: previous ? { risk: previous.risk, reason: previous.reason, ratedOn: isoDay(previous.ratedOn) } : null,
        after: { risk: input.risk, reason: input.reason, ratedOn: input.ratedOn },
        standardisationExercise: exerciseTitle,
      },
    });
    return { ratingId: rating.id };
  },
});
