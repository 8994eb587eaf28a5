import { writePlanVersion } from "@/lib/assessment-plans/plan-changes";
import type { Prisma } from "@/lib/db/client";
import type { AssessmentMethod, CriterionJudgement } from "@/lib/db/generated/client";
import { addDays } from "@/lib/format/dates";
import { storeDemoPdf } from "./demo-documents";

// Small helpers that write one demo candidate's assessment records inside the seed's transaction,
// naming criteria by unit and number ("R/506/2151", ["2.1", "2.3"]) as an assessor would.

type Tx = Prisma.TransactionClient;

export type SeedUnit = { id: string; urn: string; title: string; criterionIds: Map<string, string>; refs: string[] };

export type CandidateRecordsContext = {
  tx: Tx;
  today: Date;
  centreId: string;
  candidateId: string;
  candidateUserId: string | null;
  assessorUserId: string;
  units: Map<string, SeedUnit>;
};

/** Criteria of one unit, by reference ("1.1"), or every criterion of the unit with "all". */
export type CriteriaOf = { unit: string; refs: readonly string[] | "all" };

export function unitOf(ctx: CandidateRecordsContext, urn: string): SeedUnit {
  const unit = ctx.units.get(urn);
  if (!unit) throw new Error(`The demo unit ${urn} has no criteria seeded.`);
  return unit;
}

function criterionIds(ctx: CandidateRecordsContext, of: CriteriaOf): { ref: string; id: string }[] {
  const unit = unitOf(ctx, of.unit);
  const refs = of.refs === "all" ? unit.refs : of.refs;
  return refs.map((ref) => {
    const id = unit.criterionIds.get(ref);
    if (!id) throw new Error(`Unit ${of.unit} has no criterion ${ref}.`);
    return { ref, id };
  });
}

/** Every criterion reference of a unit from `from` to `to` in order, e.g. ("1.1", "2.6"). */
export function refsBetween(unit: SeedUnit, from: string, to: string): string[] {
  const start = unit.refs.indexOf(from);
  const end = unit.refs.indexOf(to);
  if (start < 0 || end < start) throw new Error(`No criteria ${from}–${to} in ${unit.urn}.`);
  return unit.refs.slice(start, end + 1);
}

/** A calendar day relative to today (for date columns). */
const day = (ctx: CandidateRecordsContext, offset: number) => addDays(ctx.today, offset);
/** A moment in the working day `offset` days from today (for timestamps), so lists sort as things happened. */
export const at = (today: Date, offset: number, hour = 10) => new Date(addDays(today, offset).getTime() + hour * 3_600_000);

export async function createPlan(
  ctx: CandidateRecordsContext,
  plan: {
    title: string;
    activities: string;
    methods: AssessmentMethod[];
    evidenceSources: string;
    units: string[];
    plannedInDays: number;
    reviewInDays: number;
    place: string;
    peopleInvolved?: string;
    writtenDaysAgo: number;
  },
) {
  const created = await ctx.tx.assessmentPlan.create({
    data: {
      centreId: ctx.centreId,
      candidateId: ctx.candidateId,
      title: plan.title,
      activities: plan.activities,
      methods: plan.methods,
      evidenceSources: plan.evidenceSources,
      unitIds: plan.units.map((urn) => unitOf(ctx, urn).id),
      plannedOn: day(ctx, plan.plannedInDays),
      reviewOn: day(ctx, plan.reviewInDays),
      place: plan.place,
      peopleInvolved: plan.peopleInvolved ?? null,
      status: "AWAITING_CANDIDATE",
      createdById: ctx.assessorUserId,
      createdAt: at(ctx.today, -plan.writtenDaysAgo, 9),
    },
  });
  // Writing a plan records its first version, which the candidate is later shown and confirms.
  const units = plan.units.map((urn) => unitOf(ctx, urn));
  await writePlanVersion(ctx.tx, created, units, ctx.assessorUserId);
  return created;
}

export async function createActivity(
  ctx: CandidateRecordsContext,
  activity: {
    method: AssessmentMethod;
    daysAgo: number;
    place: string;
    description: string;
    decision: "CRITERIA_MET" | "PARTLY_MET" | "NOT_YET_MET";
    covers: (CriteriaOf & { judgement?: CriterionJudgement; howMet: string | ((ref: string) => string) })[];
    candidateComment?: string;
    assessorUserId?: string;
  },
) {
  const links = activity.covers.flatMap((cover) =>
    criterionIds(ctx, cover).map(({ ref, id }) => ({
      centreId: ctx.centreId,
      criterionId: id,
      judgement: cover.judgement ?? "MET",
      howMet: typeof cover.howMet === "function" ? cover.howMet(ref) : cover.howMet,
    })),
  );
  return ctx.tx.assessmentActivity.create({
    data: {
      centreId: ctx.centreId,
      candidateId: ctx.candidateId,
      assessorUserId: activity.assessorUserId ?? ctx.assessorUserId,
      method: activity.method,
      occurredOn: day(ctx, -activity.daysAgo),
      place: activity.place,
      description: activity.description,
      decision: activity.decision,
      candidateComment: activity.candidateComment ?? null,
      createdAt: at(ctx.today, -activity.daysAgo, 15),
      criteria: { create: links },
    },
  });
}

let referenceCounters = new Map<string, number>();

/** Starts evidence references afresh (E1, E2…) for a new seed run. */
export function resetEvidenceReferences() {
  referenceCounters = new Map();
}

export async function createEvidence(
  ctx: CandidateRecordsContext,
  evidence: {
    title: string;
    method: AssessmentMethod;
    location: string;
    description: string;
    status: "AWAITING_JUDGEMENT" | "ACCEPTED" | "REJECTED";
    rejectionReason?: string;
    covers: CriteriaOf[];
    /** Who added it: the candidate (criteria are their suggestions until judged) or the assessor. */
    by: "candidate" | "assessor";
    daysAgo: number;
    judgedDaysAgo?: number;
    previousSubmissionId?: string;
    authenticatedBy?: string;
  },
) {
  const next = (referenceCounters.get(ctx.candidateId) ?? 0) + 1;
  referenceCounters.set(ctx.candidateId, next);
  const submittedById = evidence.by === "candidate" ? ctx.candidateUserId : ctx.assessorUserId;
  if (!submittedById) throw new Error("A candidate without an account cannot have added evidence.");
  const judged = evidence.status !== "AWAITING_JUDGEMENT";
  const judgement: CriterionJudgement | null =
    evidence.status === "ACCEPTED" ? "MET" : evidence.status === "REJECTED" ? "NOT_YET_MET" : null;
  // Documents the candidate produced at work come with the file itself, as an upload would.
  const document =
    evidence.method === "WORK_PRODUCT" || evidence.method === "PERSONAL_STATEMENT"
      ? await storeDemoPdf(
          ctx.centreId,
          `${evidence.title.replace(/[^\w -]+/g, "").trim() || "evidence"}.pdf`,
          evidence.title,
          evidence.description,
        )
      : null;
  return ctx.tx.evidenceItem.create({
    data: {
      centreId: ctx.centreId,
      candidateId: ctx.candidateId,
      reference: `E${next}`,
      title: evidence.title,
      method: evidence.method,
      location: evidence.location,
      description: evidence.description,
      status: evidence.status,
      rejectionReason: evidence.rejectionReason ?? null,
      anonymisationConfirmed: evidence.status !== "REJECTED",
      authenticatedBy: evidence.authenticatedBy ?? null,
      previousSubmissionId: evidence.previousSubmissionId ?? null,
      submittedById,
      judgedById: judged ? ctx.assessorUserId : null,
      judgedAt: judged ? at(ctx.today, -(evidence.judgedDaysAgo ?? Math.max(evidence.daysAgo - 2, 0)), 16) : null,
      createdAt: at(ctx.today, -evidence.daysAgo, 11),
      files: document
        ? { create: [{ ...document, centreId: ctx.centreId, candidateId: ctx.candidateId, uploadedById: submittedById }] }
        : undefined,
      criteria: {
        create: evidence.covers.flatMap((cover) =>
          criterionIds(ctx, cover).map(({ id }) => ({
            centreId: ctx.centreId,
            criterionId: id,
            suggestedByCandidate: evidence.by === "candidate" && !judged,
            judgement,
          })),
        ),
      },
    },
  });
}

export async function createFeedback(
  ctx: CandidateRecordsContext,
  feedback: {
    about?: { evidenceItemId: string } | { activityId: string };
    achieved: string;
    nextSteps: string;
    plannedActions?: string;
    response?: { text: string; daysAgo: number };
    daysAgo: number;
  },
) {
  return ctx.tx.feedback.create({
    data: {
      centreId: ctx.centreId,
      candidateId: ctx.candidateId,
      evidenceItemId: feedback.about && "evidenceItemId" in feedback.about ? feedback.about.evidenceItemId : null,
      activityId: feedback.about && "activityId" in feedback.about ? feedback.about.activityId : null,
      achieved: feedback.achieved,
      nextSteps: feedback.nextSteps,
      plannedActions: feedback.plannedActions ?? null,
      candidateResponse: feedback.response?.text ?? null,
      candidateRespondedAt: feedback.response ? at(ctx.today, -feedback.response.daysAgo, 19) : null,
      givenById: ctx.assessorUserId,
      givenAt: at(ctx.today, -feedback.daysAgo, 17),
      // A reply is an edit of the feedback record.
      version: feedback.response ? 2 : 1,
    },
  });
}

export async function createDecision(
  ctx: CandidateRecordsContext,
  decision: {
    unit: string;
    decisionType: "FORMATIVE" | "SUMMATIVE";
    outcome: "ACHIEVED" | "NOT_YET_ACHIEVED";
    rationale: string;
    daysAgo: number;
    status: "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF";
  },
) {
  return ctx.tx.unitDecision.create({
    data: {
      centreId: ctx.centreId,
      candidateId: ctx.candidateId,
      unitId: unitOf(ctx, decision.unit).id,
      decisionType: decision.decisionType,
      outcome: decision.outcome,
      rationale: decision.rationale,
      decidedOn: day(ctx, -decision.daysAgo),
      assessorUserId: ctx.assessorUserId,
      status: decision.status,
      createdAt: at(ctx.today, -decision.daysAgo, 17),
    },
  });
}
