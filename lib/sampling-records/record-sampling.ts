import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { requireRecordId } from "@/lib/auth/require-permission";
import { loadCandidate } from "@/lib/candidates/load-candidate";
import type { Prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { displayDay, isoDay } from "@/lib/format/dates";
import { addYears } from "@/lib/rules/dates";
import { writeIqaFeedback } from "@/lib/iqa-feedback/write-feedback";
import { latestDecisionVersion, toDay, updateDecisionAtVersion } from "@/lib/sign-off/decisions";
import { contentSha256 } from "@/lib/signatures/canonical";
import { criteriaOfUnits } from "@/lib/unit-criteria/criteria";
import type { SamplingRecordedSummary } from "./audit-summaries";
import { blockingMessages, iqaQualityAssuranceFindings } from "./iqa-checks";
import { samplingNow } from "./follow-up";
import { maximumActionDueYears, recordSamplingSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

/** A plan item of the active centre with its plan and decision; another centre's is "not found". */
export async function loadPlanItem(tx: Tx, centreId: string, planItemId: string) {
  requireRecordId(planItemId, "Sampling plan item");
  const item = await tx.samplingPlanItem.findFirst({
    where: { id: planItemId, centreId },
    include: {
      plan: { select: { id: true, status: true, iqaUserId: true, iqa: { select: { name: true } } } },
      unitDecision: { include: { assessor: { select: { id: true, name: true } }, unit: { select: { id: true, urn: true } } } },
    },
  });
  if (!item) throw notFound("Sampling plan item");
  return item;
}

export function alreadySampled(): AppError {
  return new AppError("CONFLICT", "This decision has already been sampled for this plan: its sampling record is below. Reload to see it.");
}

export function decisionChangedWhileReading(): AppError {
  return new AppError("CONFLICT", "This decision changed while you were reading it. Read the new version, then record your sampling.");
}

/**
 * The IQA records what they sampled of a planned decision and what they concluded (an RD11 entry),
 * with their feedback to the assessor and its actions (RD07) in the same step. "Disagree" reopens
 * the decision for the assessor with the IQA's reasons: it stops counting until changed and signed
 * again, and then waits for the IQA to sample it again on the same plan item (a follow-up record).
 * Otherwise one record per plan item: a second attempt, even at the same moment, is refused. The
 * record covers the version of the decision the page showed: a change since is refused.
 */
export const recordSampling = defineCentreAction({
  name: "sampling.recordSampling",
  audit: { label: "Recorded a sampling (RD11)", summary: auditSummary<SamplingRecordedSummary>() },
  input: recordSamplingSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const found = await loadPlanItem(tx, centreId, input.planItemId);
    // One sampling of an item at a time: a concurrent second attempt waits on the item's row, then sees the first.
    // The decision's row is held too, so a countersignature or another plan's sampling cannot commit beside this one.
    await tx.$queryRaw`SELECT id FROM "SamplingPlanItem" WHERE id = ${found.id}::uuid AND "centreId" = ${centreId}::uuid FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM "UnitDecision" WHERE id = ${found.unitDecisionId}::uuid AND "centreId" = ${centreId}::uuid FOR UPDATE`;
    const item = await loadPlanItem(tx, centreId, input.planItemId);
    if (item.plan.iqaUserId !== access.userId) {
      throw new AppError("FORBIDDEN", `Only the plan's IQA, ${item.plan.iqa.name}, can record sampling for it.`);
    }
    if (item.plan.status !== "RECORDED") {
      throw new AppError("CONFLICT", "This plan is still a draft: record the plan before sampling its decisions.");
    }
    if (item.droppedAt)
      throw new AppError("CONFLICT", `This decision was dropped from the plan: ${item.droppedReason ?? "no reason given"}.`);
    const decision = item.unitDecision;
    const candidate = await loadCandidate(tx, access, decision.candidateId);
    const previous = await tx.samplingRecord.findMany({
      where: { centreId, planItemId: item.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, outcome: true, decisionVersion: true, sampledOn: true },
    });
    const latest = await latestDecisionVersion(tx, centreId, decision.id);
    const latestVersion = latest?.version ?? 0;
    const earlier = previous.map((record) => ({ ...record, sampledOn: isoDay(record.sampledOn) }));
    const state = samplingNow({ decisionType: decision.decisionType, status: decision.status, latestVersion }, earlier);
    if (!state.allowed && state.code === "already-sampled") throw alreadySampled();
    // The IQA samples the decision exactly as the page showed it.
    if (
      decision.version !== input.version ||
      latestVersion !== input.decisionVersion ||
      (latest?.contentSha256 ?? "") !== input.contentSha256 ||
      (latest !== null && contentSha256(latest.content) !== input.contentSha256)
    ) {
      throw decisionChangedWhileReading();
    }
    if (!state.allowed) throw new AppError("CONFLICT", state.message);
    const followUpOf = state.followUp ? (previous[previous.length - 1]?.id ?? null) : null;

    const today = isoDay(now);
    const decidedOn = isoDay(decision.decidedOn);
    if (input.sampledOn > today) {
      throw new AppError("INVALID_INPUT", undefined, { sampledOn: ["The date sampled cannot be in the future."] });
    }
    if (input.sampledOn < decidedOn) {
      throw new AppError("INVALID_INPUT", undefined, {
        sampledOn: [`The date sampled cannot be before the decision was made (${displayDay(decision.decidedOn)}).`],
      });
    }
    const lastSampledOn = earlier[earlier.length - 1]?.sampledOn;
    if (lastSampledOn && input.sampledOn < lastSampledOn) {
      throw new AppError("INVALID_INPUT", undefined, {
        sampledOn: [`The date sampled cannot be before your earlier sampling of this decision (${displayDay(toDay(lastSampledOn))}).`],
      });
    }
    const latestDue = addYears(today, maximumActionDueYears);
    const badDueDates: Record<string, string[]> = {};
    input.actions.forEach((action, index) => {
      if (action.dueOn < today) badDueDates[`actions.${index}.dueOn`] = ["The due date cannot be in the past."];
      else if (action.dueOn > latestDue)
        badDueDates[`actions.${index}.dueOn`] = [`The due date must be within ${maximumActionDueYears} years.`];
    });
    if (Object.keys(badDueDates).length > 0) throw new AppError("INVALID_INPUT", undefined, badDueDates);

    const problems = blockingMessages(await iqaQualityAssuranceFindings(tx, centreId, access.userId, decision, now));
    if (problems.length > 0) throw new AppError("CONFLICT", problems.join(" "));

    const criteria = await criteriaOfUnits(tx, centreId, [decision.unitId]);
    const criterionIds = [...new Set(input.criterionIds)];
    const unitCriterionIds = new Set(criteria.map((criterion) => criterion.id));
    if (criterionIds.some((id) => !unitCriterionIds.has(id))) {
      throw new AppError("INVALID_INPUT", undefined, { criterionIds: ["Tick only assessment criteria of this unit."] });
    }
    const evidenceItemIds = [...new Set(input.evidenceItemIds)];
    const evidence = await tx.evidenceItem.count({ where: { centreId, candidateId: candidate.id, id: { in: evidenceItemIds } } });
    if (evidence !== evidenceItemIds.length) {
      throw new AppError("INVALID_INPUT", undefined, { evidenceItemIds: ["Tick only this candidate's evidence items."] });
    }

    const record = await tx.samplingRecord.create({
      data: {
        centreId,
        planItemId: item.id,
        unitDecisionId: decision.id,
        decisionVersion: latestVersion,
        candidateId: candidate.id,
        unitId: decision.unitId,
        assessorUserId: decision.assessorUserId,
        iqaUserId: access.userId,
        stage: item.stage,
        sampledOn: toDay(input.sampledOn),
        criterionIds,
        evidenceItemIds,
        methods: [...new Set(input.methods)],
        outcome: input.outcome,
        rationale: input.rationale,
      },
    });
    let reopened: SamplingRecordedSummary["reopened"] = null;
    if (input.outcome === "DISAGREE") {
      await updateDecisionAtVersion(tx, centreId, decision, { status: "REOPENED", reopenedAt: now, reopenedReason: input.rationale });
      reopened = { before: decision.status, after: "REOPENED" };
    }
    const feedback =
      input.feedbackOnPractice === ""
        ? null
        : await writeIqaFeedback(tx, {
            centreId,
            iqaUserId: access.userId,
            assessorUserId: decision.assessorUserId,
            samplingRecordId: record.id,
            feedbackOnPractice: input.feedbackOnPractice,
            givenOn: toDay(input.sampledOn),
            actions: input.actions.map((action) => ({ description: action.description, dueOn: toDay(action.dueOn) })),
          });
    await audit({
      targetType: "SamplingRecord",
      targetId: record.id,
      summary: {
        candidate: candidate.name,
        unit: decision.unit.urn,
        assessor: decision.assessor.name,
        planItemId: item.id,
        decisionId: decision.id,
        decisionVersion: record.decisionVersion,
        stage: item.stage,
        sampledOn: input.sampledOn,
        outcome: input.outcome,
        criteria: criterionIds.length,
        evidence: evidenceItemIds.length,
        actions: feedback ? input.actions.length : 0,
        feedbackId: feedback?.id ?? null,
        reopened,
        followUpOf,
      },
    });
    return { samplingRecordId: record.id, reopened: reopened !== null, followUp: followUpOf !== null };
  },
});
