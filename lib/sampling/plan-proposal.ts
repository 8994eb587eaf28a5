import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import type { IsoDate } from "@/lib/rules/dates";
import { chooseSample, type AssessorRisk } from "@/lib/rules/sampling";
import { decisionsInScope, type DecisionScope } from "./decisions-in-scope";
import { toRuleRisk } from "./labels";
import { currentRiskRatings } from "./risk-ratings";
import { loadSamplingStrategy, toSamplingPolicy } from "./strategy";

// What proposing a sampling plan computes before anything is written: the decisions in scope, the
// strategy and each assessor's current risk, and the sampling rule's choice. Shared by the
// propose action and the benchmark (scripts/bench-sampling.ts), so the benchmark times exactly
// what the action does.

type Db = PrismaClient | Prisma.TransactionClient;

/** Reproducible without being typed: the same centre, qualification and period give the same seed. */
export function defaultSeed(centreId: string, qualificationId: string, from: IsoDate, to: IsoDate): string {
  return `${centreId}:${qualificationId}:${from}:${to}`;
}

export type AssessorRiskUsed = {
  assessorId: string;
  name: string;
  risk: AssessorRisk;
  /** Where the risk came from: the assessor's current rating, or none (sampled as new). */
  ratedOn: IsoDate | null;
};

export async function prepareProposal(db: Db, scope: DecisionScope & { seed: string }) {
  // One after another: inside the action's transaction the queries share one connection.
  const inScope = await decisionsInScope(db, scope);
  const strategy = await loadSamplingStrategy(db, scope.centreId, scope.qualificationId);
  const ratings = await currentRiskRatings(db, scope.centreId);
  const policy = toSamplingPolicy(strategy);
  const assessorRisk: Record<string, AssessorRisk> = {};
  const risksUsed = new Map<string, AssessorRiskUsed>();
  for (const decision of inScope.inScope) {
    if (risksUsed.has(decision.assessorId)) continue;
    const rating = ratings.get(decision.assessorId);
    const risk: AssessorRisk = rating ? toRuleRisk(rating.risk) : "new";
    if (rating) assessorRisk[decision.assessorId] = risk;
    risksUsed.set(decision.assessorId, {
      assessorId: decision.assessorId,
      name: decision.assessorName,
      risk,
      ratedOn: rating ? rating.ratedOn.toISOString().slice(0, 10) : null,
    });
  }
  const sample = chooseSample({
    decisions: inScope.inScope,
    assessorRisk,
    policy,
    period: { from: scope.from, to: scope.to },
    seed: scope.seed,
  });
  return {
    inScope,
    strategy,
    policy,
    assessorRisk,
    risksUsed: [...risksUsed.values()].sort((a, b) => a.name.localeCompare(b.name)),
    sample,
  };
}
