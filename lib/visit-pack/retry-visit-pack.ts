import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { enqueue } from "@/lib/jobs/queue";
import { jobNames } from "@/lib/jobs/job-names";
import type { VisitPackRetriedSummary } from "./audit-summaries";
import { stalledAfterMs } from "./labels";
import { visitPackIdSchema } from "./schemas";

/** Starts a pack again that failed, or that has waited so long its job was lost, with the same choices. */
export const retryVisitPack = defineCentreAction({
  name: "visitPack.retry",
  audit: { label: "Started a visit pack again", summary: auditSummary<VisitPackRetriedSummary>() },
  input: visitPackIdSchema,
  permission: "visitPack.build",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const centreId = access.workspace.centreId;
    const pack = await tx.visitPack.findFirst({
      where: { centreId, id: input.packId },
      select: { id: true, status: true, error: true, createdAt: true, startedAt: true, visit: { select: { visitOn: true } } },
    });
    if (!pack) throw notFound("Visit pack");
    const lastMoved = pack.startedAt ?? pack.createdAt;
    const stalled = (pack.status === "QUEUED" || pack.status === "BUILDING") && now.getTime() - lastMoved.getTime() > stalledAfterMs;
    if (pack.status !== "FAILED" && !stalled) {
      throw new AppError("CONFLICT", pack.status === "READY" ? "This pack is ready: download it." : "This pack is still being prepared.");
    }
    // Only the one who sees it failed first restarts it: the status is part of the condition.
    const changed = await tx.visitPack.updateMany({
      where: { centreId, id: pack.id, status: pack.status },
      data: { status: "QUEUED", error: null, filesDone: 0, startedAt: null, finishedAt: null, createdAt: now },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT", "Someone else has just started this pack again.");
    await audit({
      targetType: "VisitPack",
      targetId: pack.id,
      summary: { visitOn: isoDay(pack.visit.visitOn), previousError: pack.error },
    });
    afterCommit(() => enqueue(jobNames.buildVisitPack, { packId: pack.id, centreId }));
    return { packId: pack.id };
  },
});
