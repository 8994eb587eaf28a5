import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { isActionOverdue } from "@/lib/rules/iqa-sampling";
import type { IqaActionCompletedSummary } from "./audit-summaries";
import { completeIqaActionSchema } from "./schemas";

/**
 * The owner of an action (set in RD07 feedback or at a standardisation meeting) marks it done,
 * saying what they did. Any role at the centre may own one (a meeting's action may be an IQA's),
 * but only the owner completes it; anyone else's is "not found". A done action stays done.
 */
export const completeIqaAction = defineCentreAction({
  name: "iqaAction.complete",
  audit: { label: "Completed an IQA action", summary: auditSummary<IqaActionCompletedSummary>() },
  input: completeIqaActionSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const action = await tx.iqaAction.findFirst({
      where: { id: input.actionId, centreId, ownerUserId: access.userId },
      select: { id: true, version: true, status: true, description: true, dueOn: true, setBy: { select: { name: true } } },
    });
    if (!action) throw notFound("Action");
    if (action.version !== input.version) throw new AppError("STALE");
    if (action.status === "DONE") {
      const message = "This action is already done.";
      throw new AppError("CONFLICT", message, { completionNote: [message] });
    }
    const { count } = await tx.iqaAction.updateMany({
      where: { id: action.id, centreId, version: action.version, status: "OPEN" },
      data: { status: "DONE", completionNote: input.completionNote, completedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({
      targetType: "IqaAction",
      targetId: action.id,
      summary: {
        description: action.description,
        dueOn: isoDay(action.dueOn),
        setBy: action.setBy.name,
        completionNote: input.completionNote,
        late: isActionOverdue(isoDay(action.dueOn), "open", isoDay(now)),
      },
    });
    return { actionId: action.id };
  },
});
