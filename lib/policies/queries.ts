import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireAwardingBodyPermission } from "@/lib/auth/require-permission";
import { awardingBodyChain } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/client";
import { editAwardingBodyPolicy } from "./edit-awarding-body-policy";
import { policyNumberRows, policyNumbers, type PolicyNumberValue } from "./policy-numbers";
import { builtInPolicyFor, storedPolicyOr } from "./policy-settings";
import { policyFamilies } from "./schemas";

export type PolicyChange = {
  id: string;
  occurredAt: Date;
  actorName: string;
  changes: { label: string; before: PolicyNumberValue; after: PolicyNumberValue }[];
};

/**
 * The active body's policy for its staff: each number with its source and the seeded (built-in)
 * value, the form's starting values and version, and every change from the body's audit trail.
 */
export async function loadPolicyPage(access: AccessContext) {
  const staff = requireAwardingBodyPermission(access, "policy.edit", "Policy");
  const db = getPrisma();
  const awardingBodyId = staff.workspace.awardingBodyId;
  const body = await db.awardingBody.findUniqueOrThrow({
    where: { id: awardingBodyId },
    select: {
      id: true,
      name: true,
      legalName: true,
      policySettings: { select: { policy: true, version: true, updatedAt: true, updatedById: true } },
    },
  });
  const settings = body.policySettings;
  const policy = storedPolicyOr(body, settings?.policy);
  const builtIn = new Map(policyNumberRows(builtInPolicyFor(body.name, body.legalName)).map((row) => [row.field, row]));
  const rows = policyNumberRows(policy).map((row) => ({ ...row, seeded: builtIn.get(row.field)?.shown ?? null }));

  const events = await db.auditEvent.findMany({
    where: { chain: awardingBodyChain(awardingBodyId), action: editAwardingBodyPolicy.name },
    orderBy: { sequence: "desc" },
    take: 100,
    select: { id: true, occurredAt: true, actorUserId: true, summary: true },
  });
  const actorIds = [...new Set([...events.map((e) => e.actorUserId), settings?.updatedById ?? null].filter((id): id is string => !!id))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const history: PolicyChange[] = events.map((event) => {
    const summary = (event.summary ?? {}) as { before?: Record<string, PolicyNumberValue>; after?: Record<string, PolicyNumberValue> };
    return {
      id: event.id,
      occurredAt: event.occurredAt,
      actorName: event.actorUserId ? (actors.get(event.actorUserId) ?? "Unknown person") : "System",
      changes: Object.entries(summary.after ?? {}).map(([label, after]) => ({ label, before: summary.before?.[label] ?? null, after })),
    };
  });

  return {
    body: { id: body.id, name: body.name },
    policyName: policy.name,
    version: settings?.version ?? 0,
    updatedAt: settings?.updatedAt ?? null,
    updatedBy: settings?.updatedById ? (actors.get(settings.updatedById) ?? null) : null,
    rows,
    numbers: policyNumbers(policy),
    families: policyFamilies(policy),
    history,
  };
}
