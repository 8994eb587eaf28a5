import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { RuleFinding } from "@/lib/rules/findings";
import { checkWitnessStatement } from "@/lib/rules/witness-statements";
import { witnessStatementPolicyOf } from "./policy";
import { ruleStatementOf } from "./rule-input";
import { contentsOfRow } from "./stored-contents";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The witness-statement rule's findings (handbook 5.16, 4.3) for an evidence item of the centre,
 * re-run on what is stored. Empty when the item holds no witness statement (or is not the
 * centre's). Accepting evidence refuses an item whose findings include a problem
 * (`hasProblems` from lib/rules/findings.ts); warnings are for the assessor to judge.
 */
export async function witnessStatementFindings(db: Db, centreId: string, evidenceItemId: string): Promise<RuleFinding[]> {
  const statement = await db.witnessStatement.findFirst({
    where: { centreId, evidenceItemId },
    include: { candidate: { select: { name: true, qualification: { select: { awardingBodyId: true } } } } },
  });
  if (!statement) return [];
  const policy = await witnessStatementPolicyOf(db, statement.candidate.qualification.awardingBodyId);
  return checkWitnessStatement(ruleStatementOf(contentsOfRow(statement), statement.candidate.name), policy).findings;
}
