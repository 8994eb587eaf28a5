import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import type { StandardisationExerciseClosedSummary } from "./audit-summaries";
import { lockExercise } from "./exercise-row";
import { closeStandardisationExerciseSchema } from "./schemas";

/**
 * The IQA who opened the exercise, or any IQA of the centre, records the judgement agreed after
 * the comparison and closes it: no more judgements, and each one is compared with the agreed
 * one. Version-checked: closing a version someone else has changed is refused.
 */
export const closeStandardisationExercise = defineCentreAction({
  name: "standardisation.closeExercise",
  audit: { label: "Closed a standardisation exercise", summary: auditSummary<StandardisationExerciseClosedSummary>() },
  input: closeStandardisationExerciseSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const exercise = await lockExercise(tx, centreId, input.exerciseId, "update");
    if (exercise.createdById !== access.userId && !access.workspace.roles.includes("IQA")) {
      throw new AppError("FORBIDDEN", "Only the IQA who opened the exercise, or another IQA of the centre, can close it.");
    }
    if (exercise.version !== input.version) throw new AppError("STALE");
    if (exercise.status !== "OPEN") throw new AppError("CONFLICT", "This exercise is already closed.");
    if (input.agreedCriterionIds.some((id) => !exercise.criterionIds.includes(id))) {
      const message = "Choose criteria of this exercise.";
      throw new AppError("INVALID_INPUT", message, { agreedCriterionIds: [message] });
    }
    if (input.agreedOutcome === "ACHIEVED" && input.agreedCriterionIds.length !== exercise.criterionIds.length) {
      const message = "Achieved means every criterion of the exercise is met: tick them all, or choose not yet achieved.";
      throw new AppError("INVALID_INPUT", message, { agreedOutcome: [message] });
    }
    const judgements = await tx.standardisationJudgement.count({ where: { centreId, exerciseId: exercise.id } });
    if (judgements === 0) {
      throw new AppError(
        "CONFLICT",
        "No one has judged the evidence yet: there is nothing to compare. Close it once participants have judged.",
      );
    }
    const agreedCriterionIds = exercise.criterionIds.filter((id) => input.agreedCriterionIds.includes(id));
    const { count } = await tx.standardisationExercise.updateMany({
      where: { id: exercise.id, centreId, version: exercise.version, status: "OPEN" },
      data: {
        status: "CLOSED",
        agreedOutcome: input.agreedOutcome,
        agreedCriterionIds,
        agreedRationale: input.agreedRationale,
        closedAt: now,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("STALE");
    const refs = new Map((await criteriaOfUnits(tx, centreId, [exercise.unitId])).map((criterion) => [criterion.id, criterion.ref]));
    await audit({
      targetType: "StandardisationExercise",
      targetId: exercise.id,
      summary: {
        exercise: exercise.title,
        agreedOutcome: input.agreedOutcome,
        agreedCriteria: agreedCriterionIds.map((id) => refs.get(id) ?? id),
        agreedRationale: input.agreedRationale,
        judgements,
      },
    });
    return { exerciseId: exercise.id, version: exercise.version + 1 };
  },
});
