import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { loadOwnCandidates } from "@/lib/candidates/load-candidate";
import { AppError, notFound } from "@/lib/errors/app-error";
import { commentOnActivitySchema } from "./schemas";

/**
 * The candidate's comment on an activity recorded for them (RD09 "an opportunity for the
 * candidate to comment on the activity and outcome"). Only on their own activities; the comment
 * names the version they read, so it cannot silently replace one written meanwhile.
 */
export const commentOnActivity = defineCentreAction({
  name: "activities.comment",
  audit: {
    label: "Commented on an assessment activity",
    summary: auditSummary<{ before: string | null; after: string }>(),
  },
  input: commentOnActivitySchema,
  permission: "portfolio.own",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const own = await loadOwnCandidates(tx, access);
    const activity = await tx.assessmentActivity.findFirst({
      where: { id: input.activityId, centreId, candidateId: { in: own.map((candidate) => candidate.id) } },
      select: { id: true, version: true, candidateComment: true },
    });
    if (!activity) throw notFound("Activity");
    const updated = await tx.assessmentActivity.updateMany({
      where: { id: activity.id, centreId, version: input.version },
      data: { candidateComment: input.candidateComment, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this activity while you were writing. Reload to see the change, then try again.",
      );
    }
    await audit({
      targetType: "AssessmentActivity",
      targetId: activity.id,
      summary: { before: activity.candidateComment, after: input.candidateComment },
    });
    return { activityId: activity.id };
  },
});
