import "server-only";
import { openAppealWhere } from "@/lib/appeals/open-cases";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import type { ClaimDecisionStatus, ClaimSamplingOutcome, UnitClaimRequest } from "@/lib/rules/unit-claim";

// What a unit claim rests on (lib/rules/unit-claim.ts): the unit's latest summative decision
// (reopened included), else its latest decision of any kind; that decision's latest IQA sampling;
// and whether an appeal against it is open. The unit page reads it for one unit; certificate
// claims read it for many candidates at once (loadUnitClaimRequests), in three queries.

type Db = PrismaClient | Prisma.TransactionClient;

const claimStatus: Record<"RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED", ClaimDecisionStatus> = {
  RECORDED: "recorded",
  AWAITING_COUNTERSIGNATURE: "awaitingCountersignature",
  SIGNED_OFF: "signedOff",
  REOPENED: "reopened",
};
const claimOutcome: Record<"AGREE" | "AGREE_WITH_ACTION" | "DISAGREE", ClaimSamplingOutcome> = {
  AGREE: "agree",
  AGREE_WITH_ACTION: "agreeWithAction",
  DISAGREE: "disagree",
};

export type DecisionForClaim = {
  id: string;
  decisionType: "FORMATIVE" | "SUMMATIVE";
  status: keyof typeof claimStatus;
  outcome: "ACHIEVED" | "NOT_YET_ACHIEVED";
  reopenedReason: string | null;
};
export type SamplingForClaim = {
  unitDecisionId: string;
  outcome: keyof typeof claimOutcome;
  sampledOn: Date;
  rationale: string | null;
};

/**
 * The claim request for one unit of one candidate. `decisions` newest first (decidedOn, then
 * createdAt); `sampling` newest first by when it was recorded; `openAppealDecisionIds` the
 * decisions with an open appeal. Without `showRationale` the findings quote nothing the IQA wrote.
 */
export function unitClaimRequestOf(
  decisions: readonly DecisionForClaim[],
  sampling: readonly SamplingForClaim[],
  openAppealDecisionIds: ReadonlySet<string>,
  options: { showRationale: boolean },
): UnitClaimRequest {
  const decision = decisions.find((row) => row.decisionType === "SUMMATIVE") ?? decisions[0] ?? null;
  const latest = decision ? (sampling.find((row) => row.unitDecisionId === decision.id) ?? null) : null;
  return {
    decision: decision && {
      type: decision.decisionType === "SUMMATIVE" ? "summative" : "formative",
      status: claimStatus[decision.status],
      outcome: decision.outcome === "ACHIEVED" ? "achieved" : "notYetAchieved",
      reopenedReason: options.showRationale ? decision.reopenedReason : null,
    },
    latestSampling: latest && {
      outcome: claimOutcome[latest.outcome],
      sampledOn: isoDay(latest.sampledOn),
      rationale: options.showRationale ? (latest.rationale ?? undefined) : undefined,
    },
    openAppeal: decision !== null && openAppealDecisionIds.has(decision.id),
  };
}

/** The claim request key for a candidate's unit. */
export const claimRequestKey = (candidateId: string, unitId: string) => `${candidateId}:${unitId}`;

/**
 * Claim requests for every unit with a decision of the given candidates of a centre (staff view:
 * the IQA's reasons are quoted), keyed by claimRequestKey. A unit with no decision is absent: its
 * request is `{ decision: null, latestSampling: null, openAppeal: false }`.
 */
export async function loadUnitClaimRequests(
  db: Db,
  { centreId, candidateIds }: { centreId: string; candidateIds: readonly string[] },
): Promise<Map<string, UnitClaimRequest>> {
  const decisions = await db.unitDecision.findMany({
    where: { centreId, candidateId: { in: [...candidateIds] } },
    orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, candidateId: true, unitId: true, decisionType: true, status: true, outcome: true, reopenedReason: true },
  });
  const decisionIds = decisions.map((row) => row.id);
  const [sampling, appeals] = await Promise.all([
    db.samplingRecord.findMany({
      where: { centreId, unitDecisionId: { in: decisionIds } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { unitDecisionId: true, outcome: true, sampledOn: true, rationale: true },
    }),
    db.appeal.findMany({
      where: { centreId, candidateId: { in: [...candidateIds] }, unitDecisionId: { in: decisionIds }, ...openAppealWhere },
      select: { unitDecisionId: true },
    }),
  ]);
  const openAppealIds = new Set(appeals.flatMap((row) => (row.unitDecisionId ? [row.unitDecisionId] : [])));
  const byUnit = new Map<string, DecisionForClaim[]>();
  for (const row of decisions) {
    const key = claimRequestKey(row.candidateId, row.unitId);
    byUnit.set(key, [...(byUnit.get(key) ?? []), row]);
  }
  const requests = new Map<string, UnitClaimRequest>();
  for (const [key, rows] of byUnit) {
    const ids = new Set(rows.map((row) => row.id));
    const ownSampling = sampling.filter((row) => ids.has(row.unitDecisionId));
    requests.set(key, unitClaimRequestOf(rows, ownSampling, openAppealIds, { showRationale: true }));
  }
  return requests;
}
