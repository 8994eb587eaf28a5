import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { addDays, isoDay } from "@/lib/format/dates";
import { happenedOnProblem } from "@/lib/rules/record-dates";
import type { ActionPointCompletedSummary } from "./audit-summaries";
import { actionPointKindLabels } from "./labels";
import { dayOf } from "./load-visit";
import { completeVisitActionPointSchema } from "./schemas";

/**
 * The centre admin records that an action point or recommendation was met: the day and what was
 * done, the evidence shown at the next visit (handbook 5.20.2).
 */
export const completeVisitActionPoint = defineCentreAction({
  name: "visit.completeActionPoint",
  audit: { label: "Recorded an action point as done", summary: auditSummary<ActionPointCompletedSummary>() },
  input: completeVisitActionPointSchema,
  permission: "visit.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const point = await tx.visitActionPoint.findFirst({
      where: { id: input.actionPointId, centreId },
      select: {
        id: true,
        version: true,
        status: true,
        kind: true,
        description: true,
        ownerUserId: true,
        dueOn: true,
        visit: { select: { visitOn: true } },
      },
    });
    if (!point) throw notFound("Action point");
    if (point.version !== input.version) throw new AppError("STALE");
    if (point.status === "COMPLETED") throw new AppError("CONFLICT", "This action point is already recorded as done.");
    const dateProblem =
      input.completedOn < isoDay(point.visit.visitOn)
        ? "It cannot have been done before the visit that set it."
        : // A day's slack: the UK day and the UTC day differ by an hour in summer.
          happenedOnProblem(input.completedOn, isoDay(addDays(now, 1)), "The date cannot be in the future.");
    if (dateProblem) throw new AppError("INVALID_INPUT", dateProblem, { completedOn: [dateProblem] });
    const { count } = await tx.visitActionPoint.updateMany({
      where: { id: point.id, centreId, version: point.version },
      data: {
        status: "COMPLETED",
        completedOn: dayOf(input.completedOn),
        completedById: access.userId,
        completionEvidence: input.completionEvidence,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("STALE");
    const owner = await tx.user.findUnique({ where: { id: point.ownerUserId }, select: { name: true } });
    await audit({
      targetType: "VisitActionPoint",
      targetId: point.id,
      summary: {
        visitOn: isoDay(point.visit.visitOn),
        kind: actionPointKindLabels[point.kind],
        description: point.description,
        owner: owner?.name ?? "Unknown",
        dueOn: isoDay(point.dueOn),
        completedOn: input.completedOn,
        evidence: input.completionEvidence,
      },
    });
    return { actionPointId: point.id };
  },
});
