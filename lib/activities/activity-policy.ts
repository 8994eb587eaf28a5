import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import type { AssessorActivityPolicy } from "@/lib/rules/assessor-activity";
import type { AwardingBodyPolicy } from "@/lib/rules/policies";

// Which assessor-activity policy applies at a centre: its awarding body's, as the body's staff set
// it (/policy), else the body's built-in policy. A body whose documents set no daily maximum (OCR,
// Naace) or that is not built in sets no limit.

type Db = PrismaClient | Prisma.TransactionClient;

export function assessorActivityPolicyIn(policy: AwardingBodyPolicy): AssessorActivityPolicy | null {
  return policy.assessorActivity;
}

/** The assessor-activity policy of the awarding body (a centre's: `centre.awardingBodyId`); null when it sets none. */
export async function assessorActivityPolicyOf(db: Db, awardingBodyId: string): Promise<AssessorActivityPolicy | null> {
  return assessorActivityPolicyIn(await awardingBodyPolicy(db, awardingBodyId));
}
