import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";
import { builtInPolicyFor, storedPolicyOr } from "./policy-settings";

// The one way to read an awarding body's policy: its stored settings (edited by its staff, checked
// against lib/policies/schemas.ts), else the built-in policy its name points to, else OCR's. Rules
// take the result as a parameter.

export { builtInPolicyFor };

type Db = PrismaClient | Prisma.TransactionClient;

export async function awardingBodyPolicies(db: Db, awardingBodyIds: readonly string[]): Promise<Map<string, AwardingBodyPolicy>> {
  const ids = [...new Set(awardingBodyIds)];
  if (ids.length === 0) return new Map();
  const bodies = await db.awardingBody.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, legalName: true, policySettings: { select: { policy: true } } },
  });
  return new Map(bodies.map((body) => [body.id, storedPolicyOr(body, body.policySettings?.policy)]));
}

export async function awardingBodyPolicy(db: Db, awardingBodyId: string): Promise<AwardingBodyPolicy> {
  const policy = (await awardingBodyPolicies(db, [awardingBodyId])).get(awardingBodyId);
  if (!policy) throw new Error(`No awarding body ${awardingBodyId}`);
  return policy;
}
