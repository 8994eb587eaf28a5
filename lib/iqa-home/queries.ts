import "server-only";
import type { SeriesChartData } from "@/components/charts/series-chart-data";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma, Prisma } from "@/lib/db/client";
import type { SamplingOutcome, SamplingStage, UnitDecisionStatus } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/format/dates";
import { disagreeRates, planItemSamplingState, type DecisionStatusForSampling, type SampledOutcome } from "@/lib/rules/iqa-sampling";
import { standardisationDueByQualification } from "@/lib/standardisation/queries";
import { disagreeRateChart, lastFourQuarters } from "./disagree-chart";

// The IQA's home (issue 9): what awaits their sampling, how far each of their plans has got per
// assessor, each assessor's disagree rate per quarter, and when standardisation is due. A fixed
// number of statements whatever the plans' size: one for every item of the IQA's current plans
// (with the decision, candidate, unit and assessor joined, every join on the centre), one for
// their draft plans, one for the year's sampling outcomes counted per assessor, day and outcome,
// and the standardisation module's own reads (lib/standardisation/queries.ts: a few per
// qualification the centre delivers). Overdue actions are read by app/(app)/iqa-feedback/overdue-actions.tsx.
//
// Disagree rates are the centre's: every RD11 entry at the centre in the last four quarters,
// whichever IQA made it, so an IQA sees how each assessor fares across the whole team's sampling
// (several IQAs may sample the same assessor) and not only in their own sample.

/** How many items awaiting sampling the home lists by name; the plans link to the rest. */
export const awaitingListed = 10;

type PlanItemRow = {
  planId: string;
  periodFrom: Date;
  periodTo: Date;
  qualificationTitle: string;
  itemId: string | null;
  stage: SamplingStage | null;
  decidedOn: Date | null;
  assessorId: string | null;
  assessorName: string | null;
  candidateName: string | null;
  unitUrn: string | null;
  unitTitle: string | null;
  decisionType: "FORMATIVE" | "SUMMATIVE" | null;
  decisionStatus: UnitDecisionStatus | null;
  /** The item's latest sampling record: a follow-up after a disagree supersedes it. */
  latestOutcome: SamplingOutcome | null;
  latestSampledOn: Date | null;
};

export type AwaitingItem = {
  planId: string;
  itemId: string;
  href: string;
  stage: SamplingStage;
  decidedOn: Date;
  assessorName: string;
  candidateName: string;
  unit: string;
  qualificationTitle: string;
};

export type PlanProgress = {
  planId: string;
  href: string;
  qualificationTitle: string;
  periodFrom: Date;
  periodTo: Date;
  planned: number;
  sampled: number;
  byAssessor: { assessorId: string; name: string; planned: number; sampled: number }[];
};

export type StandardisationDueRow = Awaited<ReturnType<typeof standardisationDueByQualification>>[number];

export type IqaHome = {
  awaiting: { total: number; items: AwaitingItem[] };
  /** The IQA's recorded plans whose period has not ended, or that still have items to sample; latest period first. */
  plans: PlanProgress[];
  /** Plans proposed but not yet recorded. */
  drafts: { planId: string; href: string; qualificationTitle: string; periodFrom: Date; periodTo: Date }[];
  disagree: SeriesChartData;
  standardisation: StandardisationDueRow[];
};

const planHref = (planId: string) => `/sampling/plans/${planId}`;

/** Everything the IQA home shows the signed-in IQA at their centre (sampling.manage). */
export async function iqaHome(access: AccessContext, now: Date = new Date()): Promise<IqaHome> {
  const centre = requireCentrePermission(access, "sampling.manage", "Sampling");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const iqaId = centre.userId;
  const today = isoDay(now);
  const range = lastFourQuarters(today);
  const todayDate = new Date(`${today}T00:00:00.000Z`);

  const [items, drafts, outcomes, standardisation] = await Promise.all([
    db.$queryRaw<PlanItemRow[]>(Prisma.sql`
      SELECT p.id AS "planId", p."periodFrom", p."periodTo", q.title AS "qualificationTitle",
             i.id AS "itemId", i.stage, d."decidedOn", d."assessorUserId" AS "assessorId", a.name AS "assessorName",
             c.name AS "candidateName", u.urn AS "unitUrn", u.title AS "unitTitle",
             d."decisionType", d.status AS "decisionStatus", r.outcome AS "latestOutcome", r."sampledOn" AS "latestSampledOn"
        FROM "SamplingPlan" p
        JOIN "Qualification" q ON q.id = p."qualificationId"
        LEFT JOIN "SamplingPlanItem" i ON i."centreId" = p."centreId" AND i."planId" = p.id AND i."droppedAt" IS NULL
        LEFT JOIN "UnitDecision" d ON d."centreId" = p."centreId" AND d.id = i."unitDecisionId"
        LEFT JOIN "Candidate" c ON c."centreId" = p."centreId" AND c.id = d."candidateId"
        LEFT JOIN "Unit" u ON u.id = d."unitId"
        LEFT JOIN "User" a ON a.id = d."assessorUserId"
        LEFT JOIN LATERAL (
               SELECT s.outcome, s."sampledOn" FROM "SamplingRecord" s
                WHERE s."centreId" = p."centreId" AND s."planItemId" = i.id
                ORDER BY s."createdAt" DESC, s.id DESC LIMIT 1) r ON true
       WHERE p."centreId" = ${centreId}::uuid AND p."iqaUserId" = ${iqaId}::uuid AND p.status = 'RECORDED'
         AND (p."periodTo" >= ${todayDate}::date OR EXISTS (
               -- An ended plan stays current while an item waits for the IQA: never sampled, or
               -- disagreed with and since changed and signed again by the assessor.
               SELECT 1 FROM "SamplingPlanItem" o
                 JOIN "UnitDecision" od ON od."centreId" = o."centreId" AND od.id = o."unitDecisionId"
                 LEFT JOIN LATERAL (
                       SELECT s.outcome FROM "SamplingRecord" s
                        WHERE s."centreId" = o."centreId" AND s."planItemId" = o.id
                        ORDER BY s."createdAt" DESC, s.id DESC LIMIT 1) last ON true
                WHERE o."centreId" = p."centreId" AND o."planId" = p.id AND o."droppedAt" IS NULL
                  AND (last.outcome IS NULL
                       OR (last.outcome = 'DISAGREE' AND od.status <> 'REOPENED'
                           AND NOT (od."decisionType" = 'SUMMATIVE' AND od.status = 'RECORDED')))))
       ORDER BY p."periodTo" DESC, p."createdAt" DESC, d."decidedOn", c.name, i.id`),
    db.samplingPlan.findMany({
      where: { centreId, iqaUserId: iqaId, status: "DRAFT" },
      orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
      select: { id: true, periodFrom: true, periodTo: true, qualification: { select: { title: true } } },
    }),
    db.$queryRaw<{ assessorId: string; name: string; sampledOn: Date; outcome: SamplingOutcome; count: number }[]>(Prisma.sql`
      SELECT r."assessorUserId" AS "assessorId", a.name, r."sampledOn", r.outcome, count(*)::int AS count
        FROM "SamplingRecord" r
        JOIN "User" a ON a.id = r."assessorUserId"
       WHERE r."centreId" = ${centreId}::uuid AND r."sampledOn" BETWEEN ${range.from}::date AND ${range.to}::date
       GROUP BY r."assessorUserId", a.name, r."sampledOn", r.outcome`),
    standardisationDueByQualification(centre, now),
  ]);

  const plans = new Map<string, PlanProgress>();
  const awaiting: AwaitingItem[] = [];
  for (const row of items) {
    let plan = plans.get(row.planId);
    if (!plan) {
      plan = {
        planId: row.planId,
        href: planHref(row.planId),
        qualificationTitle: row.qualificationTitle,
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        planned: 0,
        sampled: 0,
        byAssessor: [],
      };
      plans.set(row.planId, plan);
    }
    if (!row.itemId || !row.assessorId) continue;
    let assessor = plan.byAssessor.find((entry) => entry.assessorId === row.assessorId);
    if (!assessor) {
      assessor = { assessorId: row.assessorId, name: row.assessorName ?? "Former staff member", planned: 0, sampled: 0 };
      plan.byAssessor.push(assessor);
    }
    plan.planned += 1;
    assessor.planned += 1;
    const state = itemState(row);
    if (state === "cleared") {
      plan.sampled += 1;
      assessor.sampled += 1;
    } else if (state === "awaitingIqa") {
      awaiting.push({
        planId: row.planId,
        itemId: row.itemId,
        href: `${planHref(row.planId)}/items/${row.itemId}`,
        stage: row.stage!,
        decidedOn: row.decidedOn!,
        assessorName: row.assessorName ?? "Former staff member",
        candidateName: row.candidateName ?? "",
        unit: `${row.unitUrn ?? ""} ${row.unitTitle ?? ""}`.trim(),
        qualificationTitle: row.qualificationTitle,
      });
    }
  }
  for (const plan of plans.values()) plan.byAssessor.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  // Oldest decisions first: the longer a decision waits, the later the assessor hears about it.
  awaiting.sort((a, b) => a.decidedOn.getTime() - b.decidedOn.getTime() || a.candidateName.localeCompare(b.candidateName, "en-GB"));

  const records: SampledOutcome[] = [];
  const names = new Map<string, string>();
  for (const row of outcomes) {
    names.set(row.assessorId, row.name);
    const outcome = row.outcome === "DISAGREE" ? "disagree" : row.outcome === "AGREE_WITH_ACTION" ? "agreeWithAction" : "agree";
    for (let n = 0; n < row.count; n++) records.push({ assessorId: row.assessorId, sampledOn: isoDay(row.sampledOn), outcome });
  }

  return {
    awaiting: { total: awaiting.length, items: awaiting.slice(0, awaitingListed) },
    plans: [...plans.values()],
    drafts: drafts.map((plan) => ({
      planId: plan.id,
      href: planHref(plan.id),
      qualificationTitle: plan.qualification.title,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
    })),
    disagree: disagreeRateChart(disagreeRates(records, range), names),
    standardisation,
  };
}

const outcomeForRule = { AGREE: "agree", AGREE_WITH_ACTION: "agreeWithAction", DISAGREE: "disagree" } as const;
const decisionStatusForRule = {
  RECORDED: "recorded",
  AWAITING_COUNTERSIGNATURE: "awaitingCountersignature",
  SIGNED_OFF: "signedOff",
  REOPENED: "reopened",
} as const satisfies Record<UnitDecisionStatus, DecisionStatusForSampling>;

/**
 * Cleared (sampled, not disagreed), waiting for the IQA (never sampled, or disagreed and signed
 * again since), or waiting for the assessor to change a decision the IQA disagreed with.
 */
function itemState(row: PlanItemRow): "cleared" | "awaitingIqa" | "awaitingAssessor" {
  const state = planItemSamplingState({
    dropped: false,
    records:
      row.latestOutcome && row.latestSampledOn
        ? [{ outcome: outcomeForRule[row.latestOutcome], sampledOn: isoDay(row.latestSampledOn) }]
        : [],
    decision: {
      type: row.decisionType === "FORMATIVE" ? "formative" : "summative",
      status: decisionStatusForRule[row.decisionStatus ?? "RECORDED"],
    },
  });
  if (state.kind === "cleared") return "cleared";
  if (state.kind === "disagreed" && state.next === "assessor") return "awaitingAssessor";
  return "awaitingIqa";
}

/** For an assessor's home: RD07 feedback they have not acknowledged yet, and their open actions. */
export async function fromYourIqa(access: AccessContext): Promise<{ unacknowledged: number; openActions: number }> {
  const centre = requireCentrePermission(access, "iqaFeedback.receive", "Feedback");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [unacknowledged, openActions] = await Promise.all([
    db.iqaFeedback.count({ where: { centreId, assessorUserId: centre.userId, acknowledgedAt: null } }),
    db.iqaAction.count({ where: { centreId, ownerUserId: centre.userId, status: "OPEN" } }),
  ]);
  return { unacknowledged, openActions };
}
