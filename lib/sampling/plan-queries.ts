import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma } from "@/lib/db/client";
import type { SamplingOutcome, UnitDecisionStatus } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { addDays, addMonths } from "@/lib/rules/dates";
import { planItemSamplingState, type DecisionStatusForSampling } from "@/lib/rules/iqa-sampling";
import { samplingCoverage, type AssessorRisk, type CoverageDimension } from "@/lib/rules/sampling";
import { decisionsInScope, type ScopedDecision } from "./decisions-in-scope";
import type { AssessorRiskUsed } from "./plan-proposal";
import { coverageValueName, dimensionWords, gapInWords, ruleRiskWords, type CoverageNames } from "./plan-words";
import { defaultStrategyNumbers, loadSamplingStrategy, toSamplingPolicy, type SamplingStrategyNumbers } from "./strategy";

// The sampling hub (plans of the centre, the propose form's choices) and one sampling plan with its
// items and coverage. Anyone with sampling.view (centre admin, head of centre, IQA) reads every plan
// of the centre; only the plan's own IQA may change it (lib/sampling/plan-changes.ts).

export type SamplingPlanListRow = {
  id: string;
  iqaName: string;
  isMine: boolean;
  qualificationTitle: string;
  periodFrom: Date;
  periodTo: Date;
  status: "DRAFT" | "RECORDED";
  planned: number;
  /** Items whose latest sampling agrees (cleared). */
  sampled: number;
  /** Items whose latest sampling disagrees: not cleared until sampled again and agreed. */
  disagreed: number;
  dropped: number;
  createdAt: Date;
};

export async function getSamplingHub(access: AccessContext, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "sampling.view", "Sampling");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const [plans, counts, qualifications] = await Promise.all([
    db.samplingPlan.findMany({
      where: { centreId },
      orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        iqaUserId: true,
        periodFrom: true,
        periodTo: true,
        status: true,
        createdAt: true,
        iqa: { select: { name: true } },
        qualification: { select: { title: true } },
      },
    }),
    // Each item's latest sampling record (an item disagreed with is sampled again on the same item):
    // sampled = cleared (the latest agrees); disagreed = the latest disagrees, not cleared yet.
    db.$queryRaw<{ plan_id: string; planned: number; sampled: number; disagreed: number; dropped: number }[]>`
      SELECT i."planId" AS plan_id,
             count(*) FILTER (WHERE i."droppedAt" IS NULL)::int AS planned,
             count(*) FILTER (WHERE i."droppedAt" IS NULL AND l.outcome <> 'DISAGREE')::int AS sampled,
             count(*) FILTER (WHERE i."droppedAt" IS NULL AND l.outcome = 'DISAGREE')::int AS disagreed,
             count(*) FILTER (WHERE i."droppedAt" IS NOT NULL)::int AS dropped
      FROM "SamplingPlanItem" i
      LEFT JOIN LATERAL (
        SELECT r.outcome FROM "SamplingRecord" r
        WHERE r."centreId" = i."centreId" AND r."planItemId" = i."id"
        ORDER BY r."createdAt" DESC, r."id" DESC
        LIMIT 1
      ) l ON true
      WHERE i."centreId" = ${centreId}::uuid
      GROUP BY i."planId"`,
    // The qualifications the centre has candidates on, of its awarding body.
    db.qualification.findMany({
      where: { awardingBodyId: centre.workspace.awardingBodyId, candidates: { some: { centreId } } },
      orderBy: { title: "asc" },
      select: { id: true, title: true, qualificationNumber: true },
    }),
  ]);
  const countsByPlan = new Map(counts.map((row) => [row.plan_id, row]));
  const canPropose = rolesCan(centre.workspace.roles, "sampling.manage");
  const today = isoDay(now);
  // Each qualification's usual plan period (its strategy), ending today: the propose form's default.
  const periods = canPropose
    ? await Promise.all(
        qualifications.map(async (q) => {
          const strategy = await loadSamplingStrategy(db, centreId, q.id);
          return { qualificationId: q.id, from: addDays(addMonths(today, -strategy.planPeriodMonths), 1), to: today };
        }),
      )
    : [];
  return {
    canPropose,
    today,
    qualifications: qualifications.map((q) => ({ id: q.id, label: `${q.title} (${q.qualificationNumber})` })),
    defaultPeriods: periods,
    plans: plans.map((plan): SamplingPlanListRow => ({
      id: plan.id,
      iqaName: plan.iqa.name,
      isMine: plan.iqaUserId === centre.userId,
      qualificationTitle: plan.qualification.title,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      status: plan.status,
      planned: countsByPlan.get(plan.id)?.planned ?? 0,
      sampled: countsByPlan.get(plan.id)?.sampled ?? 0,
      disagreed: countsByPlan.get(plan.id)?.disagreed ?? 0,
      dropped: countsByPlan.get(plan.id)?.dropped ?? 0,
      createdAt: plan.createdAt,
    })),
  };
}

/** The strategy numbers and risks a plan was proposed with (older or partial snapshots fall back to the defaults). */
function snapshotOf(value: Prisma.JsonValue): { numbers: SamplingStrategyNumbers; assessors: AssessorRiskUsed[] } {
  const snapshot = (value ?? {}) as { numbers?: Partial<SamplingStrategyNumbers>; assessors?: AssessorRiskUsed[] };
  return { numbers: { ...defaultStrategyNumbers, ...(snapshot.numbers ?? {}) }, assessors: snapshot.assessors ?? [] };
}

export type PlanItemStatus =
  | { kind: "planned" }
  /** The latest sampling agrees; `afterDisagreeOn`: the disagreement it was sampled again after. */
  | { kind: "sampled"; outcome: SamplingOutcome; sampledOn: Date; afterDisagreeOn: Date | null }
  /** The latest sampling disagrees: with the assessor, or changed and signed again and to be sampled again. */
  | { kind: "disagreed"; disagreedOn: Date; next: "assessor" | "sampleAgain" }
  | { kind: "dropped"; reason: string; droppedOn: Date; droppedBy: string };

const allDimensions: CoverageDimension[] = ["candidates", "assessors", "units", "methods", "evidence", "records", "sites", "stages"];

/** How many decisions the add form offers at most (the rest: narrow the period or propose again). */
export const addableLimit = 400;

export async function getSamplingPlan(access: AccessContext, planId: string, now: Date = new Date()) {
  const centre = requireCentrePermission(access, "sampling.view", "Sampling plan");
  requireRecordId(planId, "Sampling plan");
  const centreId = centre.workspace.centreId;
  const db = getPrisma();
  const plan = await db.samplingPlan.findFirst({
    where: { id: planId, centreId },
    include: {
      iqa: { select: { id: true, name: true } },
      qualification: { select: { id: true, title: true, qualificationNumber: true } },
      items: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          unitDecision: {
            select: {
              id: true,
              decidedOn: true,
              decisionType: true,
              status: true,
              candidate: { select: { id: true, name: true } },
              unit: { select: { id: true, urn: true, title: true } },
              assessor: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!plan) throw notFound("Sampling plan");
  // Every sampling record of the plan's items, oldest first: after a disagreement the same item is
  // sampled again, so the latest one says where it stands.
  const records = await db.samplingRecord.findMany({
    where: { centreId, planItemId: { in: plan.items.map((item) => item.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { planItemId: true, outcome: true, sampledOn: true },
  });
  const recordsByItem = new Map<string, typeof records>();
  for (const record of records) {
    const list = recordsByItem.get(record.planItemId);
    if (list) list.push(record);
    else recordsByItem.set(record.planItemId, [record]);
  }

  const droppedByIds = [...new Set(plan.items.flatMap((item) => (item.droppedById ? [item.droppedById] : [])))];
  const droppers = droppedByIds.length
    ? await db.user.findMany({ where: { id: { in: droppedByIds } }, select: { id: true, name: true } })
    : [];
  const dropperName = new Map(droppers.map((user) => [user.id, user.name]));

  const { numbers, assessors: risksUsed } = snapshotOf(plan.strategySnapshot);
  const policy = toSamplingPolicy(numbers);
  const assessorRisk: Record<string, AssessorRisk> = Object.fromEntries(risksUsed.map((entry) => [entry.assessorId, entry.risk]));
  const scope = await decisionsInScope(db, {
    centreId,
    qualificationId: plan.qualificationId,
    iqaUserId: plan.iqaUserId,
    from: isoDay(plan.periodFrom),
    to: isoDay(plan.periodTo),
    on: isoDay(now),
  });
  const plannedIds = new Set(plan.items.filter((item) => item.droppedAt === null).map((item) => item.unitDecisionId));
  const coverage = samplingCoverage(scope.inScope, plannedIds, assessorRisk, policy);
  const names = namesOf(scope.inScope);

  const items = plan.items.map((item) => {
    const decision = item.unitDecision;
    const status = planItemStatus(item, recordsByItem.get(item.id) ?? [], decision, dropperName);
    return {
      id: item.id,
      version: item.version,
      origin: item.origin,
      reason: item.reason,
      stage: item.stage,
      status,
      decisionId: decision.id,
      decidedOn: decision.decidedOn,
      decisionStatus: decision.status,
      candidate: decision.candidate,
      unit: decision.unit,
      assessor: decision.assessor,
    };
  });

  // The coverage matrix: units down, assessors across; a cell with decisions and none planned is a gap.
  // Assessors in name order (the rule orders them by id), here and in the assessors' table.
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name.localeCompare(b.name, "en-GB") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const assessorColumns = coverage.dimensions.assessors
    .map((row) => ({ id: row.value, name: names.assessors.get(row.value) ?? row.value }))
    .sort(byName);
  const cells = new Map(coverage.assessorUnitMatrix.map((cell) => [`${cell.unitUrn}\u0000${cell.assessorId}`, cell]));
  const matrix = {
    assessors: assessorColumns,
    units: coverage.dimensions.units.map((row) => ({
      urn: row.value,
      name: names.units.get(row.value) ?? row.value,
      cells: assessorColumns.map((assessor) => {
        const cell = cells.get(`${row.value}\u0000${assessor.id}`);
        return cell ? { decisions: cell.decisions, sampled: cell.sampled, gap: cell.sampled === 0 } : null;
      }),
    })),
    gapCells: coverage.assessorUnitMatrix.filter((cell) => cell.sampled === 0).length,
  };
  const dimensions = allDimensions.map((dimension) => ({
    dimension,
    title: dimensionWords[dimension].title,
    required: policy.mustCover.includes(dimension) || (dimension === "stages" && policy.bothStagesPerAssessor),
    rows: coverage.dimensions[dimension].map((row) => ({
      value: row.value,
      name: coverageValueName(dimension, row.value, names),
      decisions: row.decisions,
      sampled: row.sampled,
    })),
  }));
  const assessorRows = coverage.assessors
    .map((row) => ({
      assessorId: row.assessorId,
      name: names.assessors.get(row.assessorId) ?? row.assessorId,
      risk: ruleRiskWords[row.risk],
      ratePercent: Math.round(row.rate * 100),
      decisions: row.decisions,
      required: row.required,
      planned: row.sampled,
      short: row.sampled < row.required,
    }))
    .sort((a, b) => byName({ name: a.name, id: a.assessorId }, { name: b.name, id: b.assessorId }));
  const gaps = coverage.gaps.map((gap) => ({ code: gap.code, severity: gap.severity, message: gapInWords(gap.message, names) }));

  const isOwner = plan.iqaUserId === centre.userId && rolesCan(centre.workspace.roles, "sampling.manage");
  const canChange = isOwner && plan.status === "DRAFT";
  const addable: { id: string; label: string }[] = canChange
    ? scope.inScope
        .filter((decision) => !plannedIds.has(decision.id))
        .slice(0, addableLimit)
        .map((decision) => ({ id: decision.id, label: decisionLabel(decision) }))
    : [];
  const exclusions = (plan.exclusions ?? {}) as { ownDecision?: number; countersigned?: number; conflict?: number };

  return {
    plan: {
      id: plan.id,
      version: plan.version,
      status: plan.status,
      seed: plan.seed,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      createdAt: plan.createdAt,
      recordedAt: plan.recordedAt,
      iqa: plan.iqa,
      qualification: plan.qualification,
    },
    viewer: { isOwner, canChange },
    strategy: { numbers, risksUsed: risksUsed.map((entry) => ({ ...entry, riskWords: ruleRiskWords[entry.risk] })) },
    exclusions: {
      ownDecision: exclusions.ownDecision ?? 0,
      countersigned: exclusions.countersigned ?? 0,
      conflict: exclusions.conflict ?? 0,
    },
    items,
    decisionsInScope: scope.inScope.length,
    coverage: { matrix, dimensions, assessors: assessorRows, gaps },
    addable,
    addableTotal: scope.inScope.filter((decision) => !plannedIds.has(decision.id)).length,
  };
}
export type SamplingPlanPage = Awaited<ReturnType<typeof getSamplingPlan>>;

const outcomeForRule = { AGREE: "agree", AGREE_WITH_ACTION: "agreeWithAction", DISAGREE: "disagree" } as const;
const outcomeFromRule = { agree: "AGREE", agreeWithAction: "AGREE_WITH_ACTION" } as const;
const decisionStatusForRule = {
  RECORDED: "recorded",
  AWAITING_COUNTERSIGNATURE: "awaitingCountersignature",
  SIGNED_OFF: "signedOff",
  REOPENED: "reopened",
} as const satisfies Record<UnitDecisionStatus, DecisionStatusForSampling>;

/** Where a plan item stands (lib/rules/iqa-sampling.ts planItemSamplingState), with dates and names for the page. */
function planItemStatus(
  item: { droppedAt: Date | null; droppedReason: string | null; droppedById: string | null },
  records: readonly { outcome: SamplingOutcome; sampledOn: Date }[],
  decision: { decisionType: "FORMATIVE" | "SUMMATIVE"; status: UnitDecisionStatus },
  dropperName: ReadonlyMap<string, string>,
): PlanItemStatus {
  const state = planItemSamplingState({
    dropped: item.droppedAt !== null,
    records: records.map((record) => ({ outcome: outcomeForRule[record.outcome], sampledOn: isoDay(record.sampledOn) })),
    decision: { type: decision.decisionType === "FORMATIVE" ? "formative" : "summative", status: decisionStatusForRule[decision.status] },
  });
  const day = (value: string) => new Date(`${value}T00:00:00.000Z`);
  switch (state.kind) {
    case "planned":
      return { kind: "planned" };
    case "dropped":
      return {
        kind: "dropped",
        reason: item.droppedReason ?? "",
        droppedOn: item.droppedAt ?? new Date(0),
        droppedBy: dropperName.get(item.droppedById ?? "") ?? "",
      };
    case "cleared":
      return {
        kind: "sampled",
        outcome: outcomeFromRule[state.outcome],
        sampledOn: day(state.sampledOn),
        afterDisagreeOn: state.afterDisagreeOn ? day(state.afterDisagreeOn) : null,
      };
    case "disagreed":
      return { kind: "disagreed", disagreedOn: day(state.disagreedOn), next: state.next };
  }
}

function namesOf(decisions: readonly ScopedDecision[]): CoverageNames {
  return {
    candidates: new Map(decisions.map((d) => [d.candidateId, d.candidateName])),
    assessors: new Map(decisions.map((d) => [d.assessorId, d.assessorName])),
    units: new Map(decisions.map((d) => [d.unitUrn, `${d.unitUrn} ${d.unitTitle}`])),
  };
}

function decisionLabel(decision: ScopedDecision): string {
  const stage = decision.stage === "interim" ? "interim" : "summative";
  return `${decision.candidateName} · ${decision.unitUrn} ${decision.unitTitle} · ${decision.assessorName} · ${decision.decidedOn} (${stage})`;
}
