import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { startOfUtcDay } from "@/lib/format/dates";
import { addDays, type IsoDate } from "@/lib/rules/dates";
import { activeAssessorMembershipWhere } from "./assessors";
import type { IqaFeedbackGivenSummary } from "./audit-summaries";
import { giveIqaFeedbackSchema } from "./schemas";
import { dueOnProblem, happenedOnProblem } from "@/lib/rules/record-dates";
import { writeIqaFeedback } from "./write-feedback";

const toDay = (value: IsoDate) => new Date(`${value}T00:00:00.000Z`);

/**
 * An IQA gives an assessor written feedback on their practice (RD07) on its own, not from a
 * sample, with the actions agreed and their due dates. The assessor must hold an active assessor
 * membership at the centre and cannot be the IQA; anyone else is "not found", as another centre's
 * assessor is. Feedback from a sample is written by the sampling record (lib/sampling-records)
 * through the same writeIqaFeedback.
 */
export const giveIqaFeedback = defineCentreAction({
  name: "iqaFeedback.give",
  audit: { label: "Gave feedback to an assessor (RD07)", summary: auditSummary<IqaFeedbackGivenSummary>() },
  input: giveIqaFeedbackSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    if (input.assessorUserId === access.userId) {
      const message = "You cannot give RD07 feedback to yourself: another IQA gives you feedback on your assessing.";
      throw new AppError("INVALID_INPUT", message, { assessorUserId: [message] });
    }
    const membership = await tx.membership.findFirst({
      where: { ...activeAssessorMembershipWhere(centreId, startOfUtcDay(now)), userId: input.assessorUserId },
      select: { user: { select: { id: true, name: true } } },
    });
    if (!membership) {
      throw new AppError("NOT_FOUND", "Assessor not found.", { assessorUserId: ["Choose one of the centre's active assessors."] });
    }
    // The schema checks the dates against the clock; here against the action's own day (a day's
    // slack either way, as the person's day and UTC's can differ).
    const today = now.toISOString().slice(0, 10);
    const fieldErrors: Record<string, string[]> = {};
    const givenOnProblem = happenedOnProblem(input.givenOn, addDays(today, 1), "The date cannot be in the future.");
    if (givenOnProblem) fieldErrors.givenOn = [givenOnProblem];
    input.actions.forEach((action, index) => {
      const problem = dueOnProblem(action.dueOn, today);
      if (problem) fieldErrors[`actions.${index}.dueOn`] = [problem];
    });
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", undefined, fieldErrors);

    const feedback = await writeIqaFeedback(tx, {
      centreId,
      iqaUserId: access.userId,
      assessorUserId: membership.user.id,
      feedbackOnPractice: input.feedbackOnPractice,
      givenOn: toDay(input.givenOn),
      actions: input.actions.map((action) => ({ description: action.description, dueOn: toDay(action.dueOn) })),
    });
    await audit({
      targetType: "IqaFeedback",
      targetId: feedback.id,
      summary: {
        assessor: membership.user.name,
        givenOn: input.givenOn,
        feedbackOnPractice: input.feedbackOnPractice,
        actions: input.actions.map((action) => ({ description: action.description, dueOn: action.dueOn })),
      },
    });
    return { feedbackId: feedback.id };
  },
});
