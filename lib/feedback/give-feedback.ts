import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { assertMayAssess, loadCandidate } from "@/lib/candidates/load-candidate";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { FeedbackGivenSummary } from "./audit-summaries";
import { giveFeedbackSchema } from "./schemas";

/**
 * An assessor gives the candidate feedback (RD06) on an evidence item, an activity, or their
 * progress. Feedback stays attached to the submission it was about: a resubmission is a new
 * evidence item with feedback of its own, so every round's history is kept (handbook 5.7).
 */
export const giveFeedback = defineCentreAction({
  name: "feedback.give",
  audit: { label: "Gave feedback", summary: auditSummary<FeedbackGivenSummary>() },
  input: giveFeedbackSchema,
  permission: "assessment.record",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const candidate = await loadCandidate(tx, access, input.candidateId);
    await assertMayAssess(tx, access, candidate, now);
    let about = "progress review";
    if (input.evidenceItemId !== "") {
      const evidence = await tx.evidenceItem.findFirst({
        where: { id: input.evidenceItemId, centreId, candidateId: candidate.id },
        select: { reference: true },
      });
      if (!evidence) throw notFound("Evidence item");
      about = `evidence ${evidence.reference}`;
    }
    if (input.activityId !== "") {
      const activity = await tx.assessmentActivity.findFirst({
        where: { id: input.activityId, centreId, candidateId: candidate.id },
        select: { occurredOn: true },
      });
      if (!activity) throw notFound("Activity");
      about = `activity on ${isoDay(activity.occurredOn)}`;
    }
    const feedback = await tx.feedback.create({
      data: {
        centreId,
        candidateId: candidate.id,
        evidenceItemId: input.evidenceItemId === "" ? null : input.evidenceItemId,
        activityId: input.activityId === "" ? null : input.activityId,
        achieved: input.achieved,
        nextSteps: input.nextSteps,
        plannedActions: input.plannedActions === "" ? null : input.plannedActions,
        givenById: access.userId,
        givenAt: now,
      },
    });
    await audit({
      targetType: "Feedback",
      targetId: feedback.id,
      summary: {
        candidate: candidate.name,
        about,
        achieved: input.achieved,
        nextSteps: input.nextSteps,
        plannedActions: feedback.plannedActions,
      },
    });
    return { feedbackId: feedback.id };
  },
});
