import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { awardingBodyCodeOf } from "@/lib/professional-record/policy";
import { builtInPolicies, type AwardingBodyPolicy } from "@/lib/rules/policies";

// The one way to read an awarding body's policy: its stored settings (edited by its staff), else
// the built-in policy its name points to, else OCR's. Rules take the result as a parameter.

type Db = PrismaClient | Prisma.TransactionClient;

/** The built-in policy a body starts from: by its name ("OCR", "Naace", "The Institute of Customer Service"). */
export function builtInPolicyFor(awardingBodyName: string): AwardingBodyPolicy {
  const code = awardingBodyCodeOf(awardingBodyName);
  return code ? builtInPolicies[code] : builtInPolicies.OCR;
}

export async function awardingBodyPolicies(db: Db, awardingBodyIds: readonly string[]): Promise<Map<string, AwardingBodyPolicy>> {
  const ids = [...new Set(awardingBodyIds)];
  if (ids.length === 0) return new Map();
  const bodies = await db.awardingBody.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, policySettings: { select: { policy: true } } },
  });
  return new Map(
    bodies.map((body) => [body.id, (body.policySettings?.policy as AwardingBodyPolicy | undefined) ?? builtInPolicyFor(body.name)]),
  );
}

export async function awardingBodyPolicy(db: Db, awardingBodyId: string): Promise<AwardingBodyPolicy> {
  const policy = (await awardingBodyPolicies(db, [awardingBodyId])).get(awardingBodyId);
  if (!policy) throw new Error(`No awarding body ${awardingBodyId}`);
  return policy;
}
