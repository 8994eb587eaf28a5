import "server-only";
import { isCentreAccess, type AccessContext, type CentreAccess } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission, requireRecordId } from "@/lib/auth/require-permission";
import { getPrisma, type Prisma, type PrismaClient } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import { decisionRef, type UnitDecisionContent } from "@/lib/sign-off/decisions";
import { loadUnitRecords } from "@/lib/sign-off/unit-records";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { interimShareOf, samplingCoverage, type DecisionForSampling } from "@/lib/rules/sampling";
import { decisionsInScope, siteNotRecorded } from "@/lib/sampling/decisions-in-scope";
import { toRuleRisk } from "@/lib/sampling/labels";
import { currentRiskRatings } from "@/lib/sampling/risk-ratings";
import { defaultStrategyNumbers, loadSamplingStrategy, toSamplingPolicy, type SamplingStrategyNumbers } from "@/lib/sampling/strategy";
import { samplingNow } from "./follow-up";
import { blockingMessages, iqaQualityAssuranceFindings } from "./iqa-checks";

// The sampling screens' reads: one plan item as its RD10 with the IQA's sampling record (RD11
// entry) and countersignature, and a plan's RD11. Staff with sampling.view read; the plan's IQA
// writes. Another centre's plan or item is "not found", exactly like a missing one.

type Db = PrismaClient | Prisma.TransactionClient;

function centreAccessFor(access: AccessContext, what: string): CentreAccess {
  if (!isCentreAccess(access)) throw notFound(what);
  return requireCentrePermission(access, "sampling.view", what);
}

export type SamplingItemPage = Awaited<ReturnType<typeof readSamplingItemPage>>;

export async function getSamplingItemPage(access: AccessContext, planId: string, itemId: string, now = new Date()) {
  return readSamplingItemPage(access, planId, itemId, now, getPrisma());
}

/** One plan item: the decision as its RD10, what the IQA may do with it now, and what they did. */
export async function readSamplingItemPage(access: AccessContext, planId: string, itemId: string, now = new Date(), db: Db = getPrisma()) {
  const centre = centreAccessFor(access, "Sampling plan item");
  requireRecordId(planId, "Sampling plan");
  requireRecordId(itemId, "Sampling plan item");
  const centreId = centre.workspace.centreId;
  const item = await db.samplingPlanItem.findFirst({
    where: { id: itemId, planId, centreId },
    include: {
      plan: {
        select: {
          id: true,
          status: true,
          iqaUserId: true,
          periodFrom: true,
          periodTo: true,
          iqa: { select: { id: true, name: true } },
          qualification: { select: { id: true, title: true, qualificationNumber: true } },
        },
      },
      unitDecision: {
        include: {
          assessor: { select: { id: true, name: true } },
          unit: { select: { id: true, urn: true, title: true, credit: true, level: true, group: true } },
          candidate: { select: { id: true, name: true, qualificationId: true } },
        },
      },
      samplingRecords: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          iqa: { select: { id: true, name: true } },
          feedback: { include: { actions: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] } } },
        },
      },
    },
  });
  if (!item) throw notFound("Sampling plan item");
  const decision = item.unitDecision;
  const [records, versions, otherSampling] = await Promise.all([
    loadUnitRecords(db, centreId, decision.candidateId, decision.unit),
    readSignedVersions(db, decisionRef(centreId, decision.id)),
    db.samplingRecord.findMany({
      where: { centreId, unitDecisionId: decision.id, NOT: { planItemId: item.id } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        outcome: true,
        sampledOn: true,
        createdAt: true,
        iqaUserId: true,
        iqa: { select: { name: true } },
        planItem: { select: { planId: true, id: true } },
      },
    }),
  ]);
  const latest = versions[0] ?? null;
  const isPlanIqa = item.plan.iqaUserId === centre.userId && rolesCan(centre.workspace.roles, "sampling.manage");
  const problems = isPlanIqa ? blockingMessages(await iqaQualityAssuranceFindings(db, centreId, centre.userId, decision, now)) : [];
  // Every sampling record of this item, in the order recorded: more than one after a disagreement and a follow-up.
  const itemRecords = item.samplingRecords;
  const record = itemRecords[itemRecords.length - 1] ?? null;
  const state = samplingNow(
    { decisionType: decision.decisionType, status: decision.status, latestVersion: latest?.version ?? 0 },
    itemRecords.map((entry) => ({ outcome: entry.outcome, decisionVersion: entry.decisionVersion, sampledOn: isoDay(entry.sampledOn) })),
  );

  // What stops the plan's IQA sampling this item now (empty: the form is shown).
  const sampleBlockedBy: string[] = [];
  if (item.plan.status !== "RECORDED") sampleBlockedBy.push("This plan is still a draft: record the plan before sampling its decisions.");
  if (item.droppedAt) sampleBlockedBy.push(`This decision was dropped from the plan: ${item.droppedReason ?? "no reason given"}.`);
  if (!state.allowed && state.code !== "already-sampled") sampleBlockedBy.push(state.message);
  sampleBlockedBy.push(...problems);

  // Whether the IQA may countersign the decision's RD10 now, or why not.
  let countersign: { allowed: boolean; reason: string | null; version: number | null; contentSha256: string | null } = {
    allowed: false,
    reason: null,
    version: latest?.version ?? null,
    contentSha256: latest?.contentSha256 ?? null,
  };
  if (record && record.iqaUserId === centre.userId && isPlanIqa) {
    const laterByMe = otherSampling.some((other) => other.iqaUserId === centre.userId && other.createdAt > record.createdAt);
    const iqaSigned = latest?.signatures.some((signature) => signature.role === "IQA") ?? false;
    const reason =
      record.outcome === "DISAGREE"
        ? "You disagreed with this decision: it is not countersigned."
        : decision.decisionType !== "SUMMATIVE"
          ? "An interim (formative) decision is not countersigned."
          : decision.status !== "SIGNED_OFF"
            ? "The decision is not signed off now, so it cannot be countersigned."
            : !latest
              ? "The assessor has not signed this decision."
              : latest.version !== record.decisionVersion
                ? `You sampled version ${record.decisionVersion}; the decision is now version ${latest.version}. Sample it again before countersigning.`
                : iqaSigned
                  ? `Version ${latest.version} is already countersigned as IQA.`
                  : problems.length > 0
                    ? problems.join(" ")
                    : laterByMe
                      ? "You sampled this decision again later: countersign from that sampling record."
                      : null;
    countersign = { ...countersign, allowed: reason === null, reason };
  }

  const toRecord = (record: (typeof itemRecords)[number]) => ({
    id: record.id,
    sampledOn: isoDay(record.sampledOn),
    decisionVersion: record.decisionVersion,
    stage: record.stage,
    outcome: record.outcome,
    rationale: record.rationale,
    methods: record.methods,
    criterionIds: record.criterionIds,
    evidenceItemIds: record.evidenceItemIds,
    iqa: record.iqa,
    feedback: record.feedback && {
      id: record.feedback.id,
      feedbackOnPractice: record.feedback.feedbackOnPractice,
      acknowledgedAt: record.feedback.acknowledgedAt,
      assessorResponse: record.feedback.assessorResponse,
      actions: record.feedback.actions.map((action) => ({
        id: action.id,
        description: action.description,
        dueOn: isoDay(action.dueOn),
        status: action.status,
        completionNote: action.completionNote,
      })),
    },
  });

  return {
    item: {
      id: item.id,
      stage: item.stage,
      origin: item.origin,
      reason: item.reason,
      droppedAt: item.droppedAt,
      droppedReason: item.droppedReason,
    },
    plan: item.plan,
    decision: {
      id: decision.id,
      decisionType: decision.decisionType,
      outcome: decision.outcome,
      status: decision.status,
      rationale: decision.rationale,
      decidedOn: decision.decidedOn,
      reopenedAt: decision.reopenedAt,
      reopenedReason: decision.reopenedReason,
      version: decision.version,
      assessor: decision.assessor,
      unit: decision.unit,
      candidate: { id: decision.candidate.id, name: decision.candidate.name },
    },
    /** The RD10 as last signed or changed: the evidence relied on and the candidate's declaration. */
    signedContent: (latest?.content ?? null) as UnitDecisionContent | null,
    versions,
    criteria: records.criteria.map((criterion) => ({ id: criterion.id, ref: criterion.ref, text: criterion.text })),
    progress: records.progress,
    evidence: records.evidence.map((evidence) => ({
      id: evidence.id,
      reference: evidence.reference,
      title: evidence.title,
      method: evidence.method,
      status: evidence.status,
      criteriaRefs: evidence.criteria.map((link) => records.refOf.get(link.criterionId) ?? ""),
    })),
    /** The latest sampling record of this item (RD11 entry), and every one in the order recorded. */
    record: record && toRecord(record),
    records: itemRecords.map(toRecord),
    otherSampling,
    /** What the sampling form carries: the decision as the page shows it (a change before saving is refused). */
    shown: { version: decision.version, decisionVersion: latest?.version ?? 0, contentSha256: latest?.contentSha256 ?? "" },
    viewer: {
      isPlanIqa,
      /** The form is offered: not sampled yet, or a follow-up after a disagreement once the decision was signed again. */
      maySample: isPlanIqa && (state.allowed || state.code !== "already-sampled") && sampleBlockedBy.length === 0,
      followUp: state.allowed && state.followUp,
      sampleBlockedBy: isPlanIqa && (state.allowed || state.code !== "already-sampled") ? sampleBlockedBy : [],
    },
    countersign,
  };
}

const ruleRisks = ["new", "unqualified", "high", "medium", "low"] as const;
type RuleRisk = (typeof ruleRisks)[number];

/** The strategy numbers and assessors' risks the plan was proposed with, when its snapshot has them. */
function snapshotOf(snapshot: unknown): { numbers: SamplingStrategyNumbers | null; risks: Map<string, { risk: RuleRisk; name: string }> } {
  const value = (snapshot ?? {}) as { numbers?: Partial<SamplingStrategyNumbers>; assessors?: unknown };
  const numbers = value.numbers;
  const complete =
    numbers &&
    typeof numbers.rateNewPercent === "number" &&
    typeof numbers.minimumPerAssessor === "number" &&
    Array.isArray(numbers.mustCover) &&
    typeof numbers.interimPercent === "number";
  const risks = new Map<string, { risk: RuleRisk; name: string }>();
  if (Array.isArray(value.assessors)) {
    for (const entry of value.assessors as { assessorId?: unknown; risk?: unknown; name?: unknown }[]) {
      if (typeof entry.assessorId === "string" && ruleRisks.includes(entry.risk as RuleRisk)) {
        risks.set(entry.assessorId, { risk: entry.risk as RuleRisk, name: typeof entry.name === "string" ? entry.name : "" });
      }
    }
  }
  return { numbers: complete ? ({ ...defaultStrategyNumbers, ...numbers } as SamplingStrategyNumbers) : null, risks };
}

export type Rd11 = Awaited<ReturnType<typeof readRd11>>;

export async function getRd11(access: AccessContext, planId: string, now = new Date()) {
  return readRd11(access, planId, now, getPrisma());
}

/**
 * The RD11 of one IQA for one qualification and period (one plan): every sampling record with
 * what was sampled, the outcome and the actions set, and whether the sample met the strategy
 * (the sampling rule's coverage over the plan's decisions in scope, with the sampled ones).
 */
export async function readRd11(access: AccessContext, planId: string, now = new Date(), db: Db = getPrisma()) {
  const centre = centreAccessFor(access, "Sampling plan");
  requireRecordId(planId, "Sampling plan");
  const centreId = centre.workspace.centreId;
  const plan = await db.samplingPlan.findFirst({
    where: { id: planId, centreId },
    include: {
      iqa: { select: { id: true, name: true } },
      qualification: { select: { id: true, title: true, qualificationNumber: true } },
      items: { where: { centreId }, select: { id: true, unitDecisionId: true, droppedAt: true, stage: true } },
    },
  });
  if (!plan) throw notFound("Sampling plan");
  const records = await db.samplingRecord.findMany({
    where: { centreId, planItem: { planId: plan.id } },
    orderBy: [{ sampledOn: "asc" }, { createdAt: "asc" }],
    include: {
      assessor: { select: { id: true, name: true } },
      unitDecision: {
        select: {
          decisionType: true,
          decidedOn: true,
          candidateId: true,
          status: true,
          candidate: { select: { name: true, workplace: true } },
          unit: { select: { id: true, urn: true, title: true } },
        },
      },
      feedback: {
        select: { id: true, actions: { orderBy: { dueOn: "asc" }, select: { id: true, description: true, dueOn: true, status: true } } },
      },
    },
  });
  const criterionIds = [...new Set(records.flatMap((record) => record.criterionIds))];
  const evidenceIds = [...new Set(records.flatMap((record) => record.evidenceItemIds))];
  const [criteria, evidence] = await Promise.all([
    db.assessmentCriterion.findMany({ where: { id: { in: criterionIds } }, select: { id: true, ref: true } }),
    db.evidenceItem.findMany({
      where: { centreId, id: { in: evidenceIds } },
      select: { id: true, reference: true, title: true, candidateId: true },
    }),
  ]);
  const refOf = new Map(criteria.map((criterion) => [criterion.id, criterion.ref]));
  const evidenceOf = new Map(evidence.map((item) => [item.id, item]));

  const entries = records.map((record) => ({
    id: record.id,
    planItemId: record.planItemId,
    sampledOn: isoDay(record.sampledOn),
    candidate: { id: record.candidateId, name: record.unitDecision.candidate.name },
    assessor: record.assessor,
    unit: record.unitDecision.unit,
    stage: record.stage,
    decisionVersion: record.decisionVersion,
    criteria: record.criterionIds.map((id) => refOf.get(id) ?? "?").sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    evidence: record.evidenceItemIds.flatMap((id) => {
      const item = evidenceOf.get(id);
      return item ? [{ id: item.id, reference: item.reference, title: item.title, candidateId: item.candidateId }] : [];
    }),
    methods: record.methods,
    outcome: record.outcome,
    rationale: record.rationale,
    actions: (record.feedback?.actions ?? []).map((action) => ({ ...action, dueOn: isoDay(action.dueOn) })),
  }));

  // Whether the sample met the strategy: the decisions in scope of the plan, with those sampled.
  const snapshot = snapshotOf(plan.strategySnapshot);
  const [strategy, ratings, scope] = await Promise.all([
    snapshot.numbers ? Promise.resolve(snapshot.numbers) : loadSamplingStrategy(db, centreId, plan.qualificationId),
    currentRiskRatings(db, centreId),
    decisionsInScope(db, {
      centreId,
      qualificationId: plan.qualificationId,
      iqaUserId: plan.iqaUserId,
      from: isoDay(plan.periodFrom),
      to: isoDay(plan.periodTo),
      on: isoDay(now),
    }),
  ]);
  const policy = toSamplingPolicy(strategy);
  const decisions: DecisionForSampling[] = [...scope.inScope];
  const names = new Map(scope.inScope.map((decision) => [decision.assessorId, decision.assessorName]));
  // Gaps name people by id: the page names them.
  const words = new Map(scope.inScope.map((decision) => [decision.candidateId, decision.candidateName]));
  const known = new Set(decisions.map((decision) => decision.id));
  // A decision sampled and since reopened (a disagreement) or changed has left the scope's list: it was in scope when sampled.
  for (const record of records) {
    names.set(record.assessor.id, record.assessor.name);
    words.set(record.candidateId, record.unitDecision.candidate.name);
    if (known.has(record.unitDecisionId)) continue;
    known.add(record.unitDecisionId);
    decisions.push({
      id: record.unitDecisionId,
      candidateId: record.candidateId,
      assessorId: record.assessorUserId,
      unitUrn: record.unitDecision.unit.urn,
      methods: [...record.methods],
      evidenceTypes: [],
      records: [],
      site: record.unitDecision.candidate.workplace ?? siteNotRecorded,
      decidedOn: isoDay(record.unitDecision.decidedOn),
      stage: record.stage === "INTERIM" ? "interim" : "summative",
    });
  }
  const assessorRisk: Record<string, RuleRisk> = {};
  for (const decision of decisions) {
    const used = snapshot.risks.get(decision.assessorId);
    const rating = ratings.get(decision.assessorId);
    if (used) assessorRisk[decision.assessorId] = used.risk;
    else if (rating) assessorRisk[decision.assessorId] = toRuleRisk(rating.risk);
  }
  const sampledIds = new Set(records.map((record) => record.unitDecisionId));
  const coverage = samplingCoverage(decisions, sampledIds, assessorRisk, policy);
  const interimShare = interimShareOf(decisions, sampledIds);
  const nameOf = (id: string) => names.get(id) ?? "Unknown assessor";
  const problems = coverage.gaps.filter((gap) => gap.severity === "problem");

  return {
    plan: {
      id: plan.id,
      status: plan.status,
      periodFrom: isoDay(plan.periodFrom),
      periodTo: isoDay(plan.periodTo),
      iqa: plan.iqa,
      qualification: plan.qualification,
      items: plan.items.filter((item) => !item.droppedAt).length,
    },
    entries,
    strategy: {
      interimTarget: policy.interimShare ?? 0,
      interimShare,
      mustCover: policy.mustCover,
      minimumPerAssessor: policy.minimumPerAssessor,
    },
    assessors: coverage.assessors.map((row) => ({ ...row, name: nameOf(row.assessorId) })),
    /** What the sample misses, assessor ids replaced by names. */
    gaps: coverage.gaps.map((gap) => ({
      ...gap,
      message: [...names.entries(), ...words.entries()].reduce((text, [id, name]) => text.replaceAll(id, name), gap.message),
    })),
    decisionsInScope: decisions.length,
    sampled: sampledIds.size,
    met: problems.length === 0,
  };
}
