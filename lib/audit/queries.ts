import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { awardingBodyChain } from "@/lib/audit/record-audit-event";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-centre-audit-chain";
import { getPrisma } from "@/lib/db/client";
import { requireCentrePermission, requirePermission } from "@/lib/auth/require-permission";
import { rolesCan } from "@/lib/auth/permissions";

export const auditPageSize = 50;

/**
 * What a malpractice entry's details read as to anyone but the head of centre: the cases (who is
 * suspected, of what, the notes and outcome) are confidential to them (handbook 5.22).
 */
export const confidentialAuditSummary = "Confidential: only the head of centre sees the details.";

/** True for the entries whose details only the head of centre reads (lib/malpractice's actions). */
function isConfidentialEntry(action: string): boolean {
  return action.startsWith("malpractice.");
}

/**
 * The entries as this reader may see them: a malpractice entry keeps its action, time and who
 * acted, but its summary is replaced, unless the reader manages the cases (malpractice.manage).
 * Only what is read changes; the stored entries, and so the chain's check, stay as they are.
 */
function redactedFor<E extends { action: string; summary: unknown }>(access: AccessContext, events: E[]): E[] {
  if (rolesCan(access.workspace.roles, "malpractice.manage")) return events;
  return events.map((event) => (isConfidentialEntry(event.action) ? { ...event, summary: confidentialAuditSummary } : event));
}

/**
 * The audit trail the person may read in their active workspace: a centre's (its entries, chain
 * named by the centre id) or an awarding body's own chain (what its staff did to its policy,
 * assessors and schools). Needs audit.view there.
 */
function auditTrailOf(access: AccessContext) {
  requirePermission(access, "audit.view");
  if (isCentreAccess(access)) {
    const centreId = access.workspace.centreId;
    return { kind: "centre" as const, chain: centreId, where: { centreId } };
  }
  const chain = awardingBodyChain(access.workspace.awardingBodyId);
  return { kind: "awardingBody" as const, chain, where: { chain } };
}

/** A page of the active workspace's audit trail, newest first. */
export async function listAuditEvents(access: AccessContext, options: { page: number }) {
  const { where, kind } = auditTrailOf(access);
  const db = getPrisma();
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
    kind,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    events: await withActorNames(redactedFor(access, events)),
  };
}

/** The active centre's audit trail (a centre workspace only). */
export async function listCentreAuditEvents(access: AccessContext, options: { page: number }) {
  requireCentrePermission(access, "audit.view");
  return listAuditEvents(access, options);
}

/** The audit entries about one record of the active centre, newest first: its history. */
export async function listRecordHistory(access: AccessContext, record: { targetType: string; targetId: string }) {
  const centre = requireCentrePermission(access, "audit.view");
  const events = await getPrisma().auditEvent.findMany({
    where: { centreId: centre.workspace.centreId, targetType: record.targetType, targetId: record.targetId },
    orderBy: { sequence: "desc" },
    take: auditPageSize,
  });
  return withActorNames(redactedFor(access, events));
}

async function withActorNames<E extends { actorUserId: string | null }>(events: E[]) {
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
  const actors = await getPrisma().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return events.map((e) => ({ ...e, actorName: e.actorUserId ? (actorName.get(e.actorUserId) ?? "Unknown person") : "System" }));
}

/** Every link and checkpoint of the active workspace's chain, checked. */
export async function verifyAuditTrail(access: AccessContext) {
  return unsafeVerifyAuditChain(getPrisma(), auditTrailOf(access).chain);
}

export async function verifyCentreAuditTrail(access: AccessContext) {
  requireCentrePermission(access, "audit.view");
  return verifyAuditTrail(access);
}
