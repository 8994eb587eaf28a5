import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { displayDay, isoDay } from "@/lib/format/dates";
import type { SamplingPlanProposedSummary } from "./plan-audit-summaries";
import { prepareProposal, defaultSeed } from "./plan-proposal";
import { proposeSamplingPlanSchema } from "./plan-schemas";
import { reasonInWords, type CoverageNames } from "./plan-words";
import { toDay } from "./plan-changes";
import { centreQualificationsWhere } from "@/lib/qualifications/visibility";

/**
 * An IQA proposes a sampling plan for a qualification and period: the sampling rule chooses from
 * the decisions in scope (never their own, ones they countersigned or candidates they have a
 * declared conflict with), deterministically for the seed; each item says why it was chosen. The
 * plan is a draft until the IQA records it. An IQA has at most one draft per qualification and
 * period: proposing it again is refused (CONFLICT) and names the draft.
 */
export const proposeSamplingPlan = defineCentreAction({
  name: "sampling.proposePlan",
  audit: { label: "Proposed a sampling plan", summary: auditSummary<SamplingPlanProposedSummary>() },
  input: proposeSamplingPlanSchema,
  permission: "sampling.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    // A qualification of the centre's awarding body (the catalogue is shared; another body's is not found).
    const qualification = await tx.qualification.findFirst({
      where: { id: input.qualificationId, ...centreQualificationsWhere(access.workspace) },
      select: { id: true, title: true },
    });
    if (!qualification) throw notFound("Qualification");
    // One draft per IQA, qualification and period: a double click or a second tab must not make two.
    // The lock serialises this IQA's proposals for the qualification until the transaction ends, so
    // the second one waits, then sees the first one's draft.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sampling-plan:${centreId}:${access.userId}:${qualification.id}`}))`;
    const existingDraft = await tx.samplingPlan.findFirst({
      where: {
        centreId,
        iqaUserId: access.userId,
        qualificationId: qualification.id,
        status: "DRAFT",
        periodFrom: toDay(input.periodFrom),
        periodTo: toDay(input.periodTo),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true },
    });
    if (existingDraft) {
      throw new AppError(
        "CONFLICT",
        `You already have a draft sampling plan for ${qualification.title}, ${displayDay(toDay(input.periodFrom))} to ${displayDay(toDay(input.periodTo))}, proposed on ${displayDay(existingDraft.createdAt)}: open it from the list of sampling plans and change it there.`,
      );
    }
    const seed = input.seed === "" ? defaultSeed(centreId, qualification.id, input.periodFrom, input.periodTo) : input.seed;
    const proposal = await prepareProposal(tx, {
      centreId,
      qualificationId: qualification.id,
      iqaUserId: access.userId,
      from: input.periodFrom,
      to: input.periodTo,
      on: isoDay(now),
      seed,
    });
    const { inScope, sample } = proposal;
    const excluded = {
      ownDecision: inScope.counts["own-decision"],
      countersigned: inScope.counts.countersigned,
      conflict: inScope.counts.conflict,
    };
    if (inScope.inScope.length === 0) {
      const left = inScope.excluded.length;
      throw new AppError(
        "CONFLICT",
        left > 0
          ? `None of the ${left} decisions on ${qualification.title} in that period may be sampled by you (your own, countersigned by you, or with a declared conflict): there is nothing to plan.`
          : `No assessment decisions on ${qualification.title} were made in that period for your candidates: there is nothing to sample.`,
      );
    }

    const names: CoverageNames = {
      candidates: new Map(inScope.inScope.map((d) => [d.candidateId, d.candidateName])),
      assessors: new Map(inScope.inScope.map((d) => [d.assessorId, d.assessorName])),
      units: new Map(inScope.inScope.map((d) => [d.unitUrn, `${d.unitUrn} ${d.unitTitle}`])),
    };
    const byId = new Map(inScope.inScope.map((decision) => [decision.id, decision]));
    const plan = await tx.samplingPlan.create({
      data: {
        centreId,
        qualificationId: qualification.id,
        iqaUserId: access.userId,
        periodFrom: toDay(input.periodFrom),
        periodTo: toDay(input.periodTo),
        seed,
        status: "DRAFT",
        strategySnapshot: {
          strategyId: proposal.strategy.id,
          strategyVersion: proposal.strategy.version,
          numbers: {
            rateNewPercent: proposal.strategy.rateNewPercent,
            rateUnqualifiedPercent: proposal.strategy.rateUnqualifiedPercent,
            rateHighPercent: proposal.strategy.rateHighPercent,
            rateMediumPercent: proposal.strategy.rateMediumPercent,
            rateLowPercent: proposal.strategy.rateLowPercent,
            minimumPerAssessor: proposal.strategy.minimumPerAssessor,
            interimPercent: proposal.strategy.interimPercent,
            mustCover: proposal.strategy.mustCover,
            bothStagesPerAssessor: proposal.strategy.bothStagesPerAssessor,
            planPeriodMonths: proposal.strategy.planPeriodMonths,
            standardisationIntervalMonths: proposal.strategy.standardisationIntervalMonths,
          },
          assessors: proposal.risksUsed,
        },
        exclusions: excluded,
        createdById: access.userId,
        createdAt: now,
      },
    });
    await tx.samplingPlanItem.createMany({
      data: sample.sampledDecisionIds.map((id) => {
        const decision = byId.get(id)!;
        return {
          centreId,
          planId: plan.id,
          unitDecisionId: id,
          stage: decision.stage === "interim" ? ("INTERIM" as const) : ("SUMMATIVE" as const),
          origin: "PROPOSED" as const,
          reason: reasonInWords(sample.reasons[id], decision, names),
          createdAt: now,
        };
      }),
    });
    await audit({
      targetType: "SamplingPlan",
      targetId: plan.id,
      summary: {
        qualification: qualification.title,
        iqa: access.userName,
        period: { from: input.periodFrom, to: input.periodTo },
        seed,
        decisionsInScope: inScope.inScope.length,
        items: sample.sampledDecisionIds.length,
        excluded,
      },
    });
    return { planId: plan.id, items: sample.sampledDecisionIds.length, decisionsInScope: inScope.inScope.length, excluded };
  },
});
