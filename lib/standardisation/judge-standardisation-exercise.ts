import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import type { StandardisationJudgementSummary } from "./audit-summaries";
import { lockExercise } from "./exercise-row";
import { judgeStandardisationExerciseSchema } from "./schemas";

const alreadyJudged = "You have already recorded your judgement for this exercise. It cannot be changed.";

/**
 * A participant records their own judgement of the exercise's evidence while it is open: the
 * outcome, the criteria they judge met, and why. One each, never changed; a second one (also
 * sent at the same moment from another tab) is refused. Anyone not taking part: "not found".
 */
export const judgeStandardisationExercise = defineCentreAction({
  name: "standardisation.judge",
  audit: { label: "Judged a standardisation exercise", summary: auditSummary<StandardisationJudgementSummary>() },
  input: judgeStandardisationExerciseSchema,
  permission: "standardisation.judge",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    // Locked against a close committing between this check and the judgement's insert.
    const exercise = await lockExercise(tx, centreId, input.exerciseId, "share");
    if (!exercise.participantUserIds.includes(access.userId)) throw notFound("Standardisation exercise");
    if (exercise.status !== "OPEN") {
      throw new AppError("CONFLICT", "This exercise has been closed: judgements can no longer be recorded.");
    }
    const existing = await tx.standardisationJudgement.findUnique({
      where: { exerciseId_assessorUserId: { exerciseId: exercise.id, assessorUserId: access.userId } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", alreadyJudged);
    if (input.criteriaMetIds.some((id) => !exercise.criterionIds.includes(id))) {
      const message = "Choose criteria of this exercise.";
      throw new AppError("INVALID_INPUT", message, { criteriaMetIds: [message] });
    }
    if (input.outcome === "ACHIEVED" && input.criteriaMetIds.length !== exercise.criterionIds.length) {
      const message = "Achieved means every criterion of the exercise is met: tick them all, or choose not yet achieved.";
      throw new AppError("INVALID_INPUT", message, { outcome: [message] });
    }
    const criteriaMetIds = exercise.criterionIds.filter((id) => input.criteriaMetIds.includes(id));
    let judgementId: string;
    try {
      const judgement = await tx.standardisationJudgement.create({
        data: {
          centreId,
          exerciseId: exercise.id,
          assessorUserId: access.userId,
          outcome: input.outcome,
          criteriaMetIds,
          rationale: input.rationale,
          judgedAt: now,
        },
      });
      judgementId = judgement.id;
    } catch (error) {
      // The same person's judgement sent twice at once: the unique index keeps one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", alreadyJudged);
      throw error;
    }
    const refs = new Map((await criteriaOfUnits(tx, centreId, [exercise.unitId])).map((criterion) => [criterion.id, criterion.ref]));
    await audit({
      targetType: "StandardisationExercise",
      targetId: exercise.id,
      summary: {
        exercise: exercise.title,
        outcome: input.outcome,
        criteriaMet: criteriaMetIds.map((id) => refs.get(id) ?? id),
        rationale: input.rationale,
      },
    });
    return { exerciseId: exercise.id, judgementId };
  },
});
