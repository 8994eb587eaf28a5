import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { enqueue } from "@/lib/jobs/queue";
import { jobNames } from "@/lib/jobs/job-names";
import type { VisitPackRequestedSummary } from "./audit-summaries";
import { stalledAfterMs } from "./labels";
import { requestVisitPackSchema } from "./schemas";

/**
 * The admin asks for the visit's pack, with the work-in-progress portfolios they chose: the pack is
 * recorded as waiting and the background job that builds it is queued once the request is saved.
 */
export const requestVisitPack = defineCentreAction({
  name: "visitPack.request",
  audit: { label: "Asked for a visit pack", summary: auditSummary<VisitPackRequestedSummary>() },
  input: requestVisitPackSchema,
  permission: "visitPack.build",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const centreId = access.workspace.centreId;
    const visit = await tx.externalVerifierVisit.findFirst({
      where: { centreId, id: input.visitId },
      select: { id: true, visitOn: true, status: true },
    });
    if (!visit) throw notFound("Visit");
    if (visit.status === "CANCELLED") throw new AppError("CONFLICT", "This visit was cancelled: there is no pack to prepare for it.");
    // One pack at a time per visit: two admins pressing at once get one build.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`visit-pack:${visit.id}`}))`;
    const running = await tx.visitPack.findFirst({
      where: {
        centreId,
        visitId: visit.id,
        status: { in: ["QUEUED", "BUILDING"] },
        createdAt: { gt: new Date(now.getTime() - stalledAfterMs) },
      },
      select: { id: true },
    });
    if (running) throw new AppError("CONFLICT", "A pack for this visit is already being prepared. Wait for it to finish.");
    const chosen = await tx.candidate.findMany({
      where: { centreId, id: { in: input.workInProgressCandidateIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    if (chosen.length !== input.workInProgressCandidateIds.length) throw notFound("Candidate");
    const pack = await tx.visitPack.create({
      data: { centreId, visitId: visit.id, workInProgressCandidateIds: chosen.map((c) => c.id), requestedById: access.userId },
      select: { id: true },
    });
    await audit({
      targetType: "VisitPack",
      targetId: pack.id,
      summary: { visitOn: isoDay(visit.visitOn), workInProgress: chosen.map((c) => c.name) },
    });
    afterCommit(() => enqueue(jobNames.buildVisitPack, { packId: pack.id, centreId }));
    return { packId: pack.id };
  },
});
