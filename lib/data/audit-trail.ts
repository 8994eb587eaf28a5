import type { AccessContext } from "@/lib/auth/access-context";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-centre-audit-chain";
import { getPrisma } from "@/lib/db/client";
import { requireCentrePermission } from "./require-permission";

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
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    events: events.map((e) => ({ ...e, actorName: e.actorUserId ? (actorName.get(e.actorUserId) ?? "Unknown person") : "System" })),
  };
}

export async function verifyCentreAuditTrail(access: AccessContext) {
  const centre = requireCentrePermission(access, "audit.view");
  return unsafeVerifyAuditChain(getPrisma(), centre.workspace.centreId);
}
