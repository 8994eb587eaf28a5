import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-centre-audit-chain";
import { getPrisma } from "@/lib/db/client";
import { requireCentrePermission } from "@/lib/auth/require-permission";

export const auditPageSize = 50;

export async function listCentreAuditEvents(access: AccessContext, options: { page: number }) {
  const centre = requireCentrePermission(access, "audit.view");
  const db = getPrisma();
  const where = { centreId: centre.workspace.centreId };
  const page = Math.max(1, Math.floor(options.page));
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { sequence: "desc" },
      skip: (page - 1) * auditPageSize,
      take: auditPageSize,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    events: await withActorNames(events),
  };
}

/** The audit entries about one record of the active centre, newest first: its history. */
export async function listRecordHistory(access: AccessContext, record: { targetType: string; targetId: string }) {
  const centre = requireCentrePermission(access, "audit.view");
  const events = await getPrisma().auditEvent.findMany({
    where: { centreId: centre.workspace.centreId, targetType: record.targetType, targetId: record.targetId },
    orderBy: { sequence: "desc" },
    take: auditPageSize,
  });
  return withActorNames(events);
}

async function withActorNames<E extends { actorUserId: string | null }>(events: E[]) {
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
  const actors = await getPrisma().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return events.map((e) => ({ ...e, actorName: e.actorUserId ? (actorName.get(e.actorUserId) ?? "Unknown person") : "System" }));
}

export async function verifyCentreAuditTrail(access: AccessContext) {
  const centre = requireCentrePermission(access, "audit.view");
  return unsafeVerifyAuditChain(getPrisma(), centre.workspace.centreId);
}
