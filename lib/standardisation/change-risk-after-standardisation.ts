import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { startOfUtcDay } from "@/lib/format/dates";
import { currentRiskRatings, writeRiskRating } from "@/lib/sampling/risk-ratings";
import type { RiskChangedAfterStandardisationSummary } from "./audit-summaries";
import { lockExercise } from "./exercise-row";
import { activeJudgesOf } from "./people";
import { changeRiskAfterStandardisationSchema } from "./schemas";

/**
 * After a closed exercise, the IQA changes an assessor's risk rating because of what it showed:
 * a new rating in the append-only history, with the reason, linked to the exercise. Only for an
 * assessor who took part, and never one's own.
 */
export const changeRiskAfterStandardisation = defineCentreAction({
  name: "standardisation.changeRisk",
  audit: { label: "Changed a risk rating after standardisation", summary: auditSummary<RiskChangedAfterStandardisationSummary>() },
  input: changeRiskAfterStandardisationSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const exercise = await lockExercise(tx, centreId, input.exerciseId, "share");
    if (exercise.status !== "CLOSED") {
      throw new AppError("CONFLICT", "Close the exercise with the agreed judgement before changing a risk rating because of it.");
    }
    if (!exercise.participantUserIds.includes(input.assessorUserId)) {
      const message = "Choose an assessor who took part in this exercise.";
      throw new AppError("INVALID_INPUT", message, { assessorUserId: [message] });
    }
    if (input.assessorUserId === access.userId) {
      const message = "You cannot change your own risk rating: another IQA must.";
      throw new AppError("FORBIDDEN", message, { assessorUserId: [message] });
    }
    const person = (await activeJudgesOf(tx, centreId, [input.assessorUserId])).get(input.assessorUserId);
    if (!person?.roles.includes("ASSESSOR")) {
      const message = "Only an active assessor of the centre has a risk rating.";
      throw new AppError("INVALID_INPUT", message, { assessorUserId: [message] });
    }
    const before = (await currentRiskRatings(tx, centreId)).get(person.userId)?.risk ?? null;
    const rating = await writeRiskRating(tx, {
      centreId,
      assessorUserId: person.userId,
      risk: input.risk,
      reason: input.reason,
      ratedOn: startOfUtcDay(now),
      ratedById: access.userId,
      standardisationExerciseId: exercise.id,
      now,
    });
    await audit({
      targetType: "AssessorRiskRating",
      targetId: rating.id,
      summary: { exercise: exercise.title, assessor: person.name, before, after: input.risk, reason: input.reason },
    });
    return { ratingId: rating.id };
  },
});
