import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { awardingBodyPolicy } from "@/lib/policies/awarding-body-policy";
import { builtInPolicies, type AwardingBodyPolicy } from "@/lib/rules/policies";
import type { WitnessStatementPolicy } from "@/lib/rules/witness-statements";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The witness-statement policy of a qualification's awarding body. Where the body's policy sets
 * none, OCR's is used: its handbook (4.3, 5.16) is the one that defines witness and expert-witness
 * evidence for these qualifications.
 */
export function witnessStatementPolicyIn(policy: AwardingBodyPolicy): WitnessStatementPolicy {
  return policy.witnessStatements ?? builtInPolicies.OCR.witnessStatements;
}

/** The policy of the awarding body (a qualification's: `qualification.awardingBodyId`), read through lib/policies. */
export async function witnessStatementPolicyOf(db: Db, awardingBodyId: string): Promise<WitnessStatementPolicy> {
  return witnessStatementPolicyIn(await awardingBodyPolicy(db, awardingBodyId));
}
