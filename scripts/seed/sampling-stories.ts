import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/db/client";
import type { AssessorRiskLevel, SamplingOutcome, UnitDecision, UnitOutcome } from "@/lib/db/generated/client";
import { addDays } from "@/lib/format/dates";
import { writeIqaFeedback } from "@/lib/iqa-feedback/write-feedback";
import type { AssessorRisk } from "@/lib/rules/sampling";
import { toRuleRisk } from "@/lib/sampling/labels";
import { ruleRiskWords } from "@/lib/sampling/plan-words";
import { writeRiskRating } from "@/lib/sampling/risk-ratings";
import { defaultStrategyNumbers, type SamplingStrategyNumbers } from "@/lib/sampling/strategy";
import { countersignUnitDecision } from "@/lib/sign-off/countersign-unit-decision";
import { COUNTERSIGN_STATEMENT, decisionRef, latestDecisionVersion } from "@/lib/sign-off/decisions";
import { countersignAsIqa, IQA_STATEMENT } from "@/lib/sampling-records/countersign-as-iqa";
import { signRecord } from "@/lib/signatures/sign-record";
import {
  complaintsUnitComplete,
  retentionAssignment,
  retentionDiscussion,
  wordsFor,
  type DemoSigning,
  type StoryCandidate,
} from "./assessment-stories";
import { demoUnits, freelanceAssessor, type DemoCentre } from "./demo-data";
import { at, createActivity, createDecision, createEvidence, refsBetween, unitOf, type SeedUnit } from "./record-builder";

// Internal quality assurance on first start (issue 9): for each centre, a sampling strategy, risk
// ratings with their history, a year of sampling (a RECORDED plan for each of the last four
// plan periods, with RD11 entries of every outcome, RD07 feedback and actions, and the IQA's
// countersignatures), the current period's plan, and standardisation (meetings and exercises).
//
// Periods are 91-day windows counted back from today, so the history is the same whatever day
// the demo is loaded: W3 is 363–273 days ago, W2 272–182, W1 181–91 and the current one the
// last 90 days. A past period's plan is recorded a few days after it ends and sampled soon after,
// so the disagree-rate chart gets a point for each assessor in each of four quarters.
//
// Northgate College: Grace Mensah samples Daniel Hughes (working towards his assessor
// qualification: sampled in full, his sign-offs countersigned by Sam Okafor) and Sam Okafor. Her
// current plan is a DRAFT; standardisation last met five months ago, so it is overdue.
// Riverside Training: Ravi Kapoor samples Hannah Lewis and Sam Okafor. One past "disagree" (Connor
// Walsh's retention unit, reopened, then amended and signed again); an action of Hannah's is open
// and overdue; his latest feedback is not yet acknowledged. His current plan is RECORDED with items
// still to sample, two of them for the end-to-end journey (sampling-data.ts iqaJourney).
//
// Decisions left out of every plan in the current period (so "Propose a sampling plan" has work):
// Zainab Ahmed's and Lewis Grant's formative decisions, and the existing stories' Liam O'Connor
// (awaiting countersignature) and Olivia Green (formative) decisions, which no plan touches.

type Tx = Prisma.TransactionClient;
type Stage = "J" | "R";
const J = demoUnits.retention;
const R = demoUnits.complaints;
const urnOf = (unit: Stage) => (unit === "J" ? J : R);

type World = {
  tx: Tx;
  today: Date;
  qualificationId: string;
  candidates: Map<string, StoryCandidate>;
  userId: (email: string) => string;
  sign: DemoSigning;
};

type Centre = { key: DemoCentre["key"]; id: string; iqa: string; strategy: SamplingStrategyNumbers };

type FeedbackSpec = {
  text: string;
  /** Acknowledged by the assessor with their response; left out: not yet acknowledged. */
  acknowledged?: { daysAgo: number; response: string };
  actions: { description: string; dueInDays: number; done?: { daysAgo: number; note: string } }[];
};

type Sampled = {
  outcome: SamplingOutcome;
  daysAgo: number;
  rationale: string;
  feedback?: FeedbackSpec;
};

type PlanItem = {
  decision: Decision;
  /** Why it was chosen, in the sampling rule's words (lib/sampling/plan-words.ts): RATE and INTERIM are worked out. */
  reason: string;
  origin?: "ADDED_BY_IQA";
  dropped?: { reason: string; daysAgo: number };
  sampled?: Sampled;
};

/** A decision of the history with the candidate it belongs to. */
type Decision = { row: UnitDecision; ctx: StoryCandidate; unit: Stage };

const dayOf = (today: Date, daysAgo: number) => addDays(today, -daysAgo);

/** A plan item chosen for the assessor's rate, or to keep the interim share: writePlan words it as the rule does. */
const RATE = "rate";
const INTERIM = "interim";
const ratePercentOf = {
  new: "rateNewPercent",
  unqualified: "rateUnqualifiedPercent",
  high: "rateHighPercent",
  medium: "rateMediumPercent",
  low: "rateLowPercent",
} as const satisfies Record<AssessorRisk, keyof SamplingStrategyNumbers>;

// ---------------------------------------------------------------------------------------------
// Candidates' records: formative decisions and summative sign-offs, through the existing builders.

function candidate(world: World, email: string): StoryCandidate {
  const ctx = world.candidates.get(email);
  if (!ctx) throw new Error(`No demo candidate ${email}.`);
  return ctx;
}

/** A formative decision after a first session on the unit, with the session's record accepted. */
async function formative(world: World, ctx: StoryCandidate, unit: Stage, daysAgo: number, rationale: string): Promise<Decision> {
  const urn = urnOf(unit);
  const refs = unit === "J" ? ["1.1", "1.2"] : ["2.1", "2.2", "2.3"];
  const method = unit === "J" ? "QUESTIONING" : "OBSERVATION";
  await createActivity(ctx, {
    method,
    daysAgo: daysAgo + 1,
    place: unit === "J" ? "Training room" : "On the complaints line",
    description:
      unit === "J"
        ? "First questioning session: the customer experience and customer segments."
        : "Observed a first complaint call: establishing the problem, ownership and empathy.",
    decision: "PARTLY_MET",
    covers: [{ unit: urn, refs, howMet: wordsFor(urn) }],
  });
  await createEvidence(ctx, {
    title: unit === "J" ? "Question sheet: the customer experience" : "Observation record: first complaint call",
    method,
    location: "Uploaded to the portfolio",
    description: unit === "J" ? "Questions and answers, signed by the assessor." : "The assessor's observation record.",
    status: "ACCEPTED",
    covers: [{ unit: urn, refs }],
    by: "assessor",
    daysAgo: daysAgo + 1,
    judgedDaysAgo: daysAgo + 1,
  });
  const row = await createDecision(ctx, {
    unit: urn,
    decisionType: "FORMATIVE",
    outcome: "NOT_YET_ACHIEVED",
    rationale,
    daysAgo,
    status: "RECORDED",
  });
  return { row, ctx, unit };
}

/** The unit evidenced in full, declared by the candidate and signed off by the assessor (the sign-off rule runs). */
async function signedOff(
  world: World,
  ctx: StoryCandidate,
  unit: Stage,
  daysAgo: number,
  rationale: string,
  status: "SIGNED_OFF" | "AWAITING_COUNTERSIGNATURE" = "SIGNED_OFF",
): Promise<Decision> {
  const workplace = ctx.centreId === (await centreIdOf(world, "riverside")) ? "Calder Valley Energy" : "Harbour Bank";
  if (unit === "J") {
    await retentionAssignment(ctx, daysAgo + 25, workplace);
    await retentionDiscussion(ctx, daysAgo + 6, `${workplace}, meeting room`);
  } else {
    await complaintsUnitComplete(ctx, daysAgo + 5, `${workplace}, complaints desk`);
  }
  await world.sign.declare(ctx, urnOf(unit), daysAgo + 2);
  const row = await createDecision(ctx, {
    unit: urnOf(unit),
    decisionType: "SUMMATIVE",
    outcome: "ACHIEVED",
    rationale,
    daysAgo,
    status,
  });
  await world.sign.signDecision(ctx, row.id, { userId: ctx.assessorUserId, role: "ASSESSOR" }, daysAgo);
  return { row, ctx, unit };
}

const centreIds = new Map<string, string>();
async function centreIdOf(world: World, key: DemoCentre["key"]): Promise<string> {
  const known = centreIds.get(key);
  if (known) return known;
  const number = key === "northgate" ? "61234" : "58790";
  const centre = await world.tx.centre.findFirstOrThrow({ where: { centreNumber: number }, select: { id: true } });
  centreIds.set(key, centre.id);
  return centre.id;
}

/** A qualified assessor countersigns a sign-off by a colleague working towards their qualification. */
async function countersign(world: World, decision: Decision, signerEmail: string, daysAgo: number) {
  const { tx } = world;
  const now = at(world.today, -daysAgo, 11);
  const signer = world.userId(signerEmail);
  const latest = await latestDecisionVersion(tx, decision.ctx.centreId, decision.row.id);
  if (!latest) throw new Error(`Demo decision for ${decision.ctx.name} has no signed version to countersign.`);
  const signature = await signRecord(tx, {
    ref: decisionRef(decision.ctx.centreId, decision.row.id),
    content: latest.content,
    signerUserId: signer,
    role: "COUNTERSIGNING_ASSESSOR",
    statement: COUNTERSIGN_STATEMENT,
    now,
    expectedVersion: latest.version,
  });
  decision.row = await tx.unitDecision.update({
    where: { id: decision.row.id },
    data: { status: "SIGNED_OFF", version: { increment: 1 } },
  });
  await recordAuditEvent(
    tx,
    {
      centreId: decision.ctx.centreId,
      actorUserId: signer,
      action: countersignUnitDecision.name,
      targetType: "UnitDecision",
      targetId: decision.row.id,
      summary: {
        candidate: decision.ctx.name,
        unit: urnOf(decision.unit),
        version: signature.version,
        contentSha256: signature.contentSha256,
      },
    },
    now,
  );
}

/** After an IQA's disagreement: the assessor changes the rationale and signs the decision again (a new version). */
async function amendAndSignAgain(world: World, decision: Decision, rationale: string, daysAgo: number) {
  decision.row = await world.tx.unitDecision.update({
    where: { id: decision.row.id },
    data: { rationale, status: "SIGNED_OFF", version: { increment: 1 } },
  });
  await world.sign.signDecision(decision.ctx, decision.row.id, { userId: decision.ctx.assessorUserId, role: "ASSESSOR" }, daysAgo);
}

async function completed(world: World, ctx: StoryCandidate, daysAgo: number) {
  await world.tx.candidate.update({
    where: { id: ctx.candidateId },
    data: { status: "COMPLETED", completedOn: dayOf(world.today, daysAgo) },
  });
}

// ---------------------------------------------------------------------------------------------
// Strategy, risk ratings, plans, RD11 entries, RD07 feedback.

async function writeStrategy(world: World, centre: Centre, daysAgo: number) {
  await world.tx.samplingStrategy.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      ...centre.strategy,
      updatedById: world.userId(centre.iqa),
      createdAt: at(world.today, -daysAgo, 9),
    },
  });
}

async function rate(
  world: World,
  centre: Centre,
  assessorEmail: string,
  risk: AssessorRiskLevel,
  daysAgo: number,
  reason: string,
  standardisationExerciseId?: string,
) {
  await writeRiskRating(world.tx, {
    centreId: centre.id,
    assessorUserId: world.userId(assessorEmail),
    risk,
    reason,
    ratedOn: dayOf(world.today, daysAgo),
    ratedById: world.userId(centre.iqa),
    standardisationExerciseId: standardisationExerciseId ?? null,
    now: at(world.today, -daysAgo, 12),
  });
}

async function giveFeedback(
  world: World,
  centre: Centre,
  input: { assessorUserId: string; samplingRecordId: string | null; daysAgo: number },
  spec: FeedbackSpec,
) {
  const { tx, today } = world;
  const feedback = await writeIqaFeedback(tx, {
    centreId: centre.id,
    iqaUserId: world.userId(centre.iqa),
    assessorUserId: input.assessorUserId,
    samplingRecordId: input.samplingRecordId,
    feedbackOnPractice: spec.text,
    givenOn: dayOf(today, input.daysAgo),
    actions: spec.actions.map((action) => ({ description: action.description, dueOn: addDays(today, action.dueInDays) })),
  });
  const given = at(today, -input.daysAgo, 16);
  await tx.iqaFeedback.update({
    where: { id: feedback.id },
    data: spec.acknowledged
      ? {
          createdAt: given,
          acknowledgedAt: at(today, -spec.acknowledged.daysAgo, 9),
          assessorResponse: spec.acknowledged.response,
          respondedAt: at(today, -spec.acknowledged.daysAgo, 9),
          version: 2,
        }
      : { createdAt: given },
  });
  await tx.iqaAction.updateMany({ where: { feedbackId: feedback.id }, data: { createdAt: given } });
  for (const action of spec.actions) {
    if (!action.done) continue;
    await tx.iqaAction.updateMany({
      where: { feedbackId: feedback.id, description: action.description },
      data: { status: "DONE", completionNote: action.done.note, completedAt: at(today, -action.done.daysAgo, 15), version: 2 },
    });
  }
  return feedback;
}

/** What the IQA looked at: the candidate's accepted evidence for the unit up to the decision, its criteria and methods. */
async function whatWasSampled(world: World, decision: Decision) {
  const unit = unitOf(decision.ctx, urnOf(decision.unit));
  const links = await world.tx.evidenceCriterion.findMany({
    where: {
      centreId: decision.ctx.centreId,
      criterion: { unitId: unit.id },
      evidenceItem: { candidateId: decision.ctx.candidateId, status: "ACCEPTED", createdAt: { lte: decision.row.createdAt } },
    },
    select: { criterionId: true, evidenceItem: { select: { id: true, method: true } } },
  });
  return {
    criterionIds: [...new Set(links.map((link) => link.criterionId))],
    evidenceItemIds: [...new Set(links.map((link) => link.evidenceItem.id))],
    methods: [...new Set(links.map((link) => link.evidenceItem.method))],
  };
}

/** The IQA signs the sampled decision's latest version (RD10), as the countersign step of a sample does. */
async function iqaCountersign(world: World, centre: Centre, decision: Decision, samplingRecordId: string, daysAgo: number) {
  const latest = await latestDecisionVersion(world.tx, centre.id, decision.row.id);
  if (!latest) throw new Error(`Demo decision for ${decision.ctx.name} has no version for the IQA to sign.`);
  const now = at(world.today, -daysAgo, 15);
  const iqaUserId = world.userId(centre.iqa);
  const signature = await signRecord(world.tx, {
    ref: decisionRef(centre.id, decision.row.id),
    content: latest.content,
    signerUserId: iqaUserId,
    role: "IQA",
    statement: IQA_STATEMENT,
    now,
    expectedVersion: latest.version,
  });
  await recordAuditEvent(
    world.tx,
    {
      centreId: centre.id,
      actorUserId: iqaUserId,
      action: countersignAsIqa.name,
      targetType: "UnitDecision",
      targetId: decision.row.id,
      summary: {
        candidate: decision.ctx.name,
        unit: urnOf(decision.unit),
        decisionId: decision.row.id,
        samplingRecordId,
        version: signature.version,
        contentSha256: signature.contentSha256,
      },
    },
    now,
  );
}

async function recordSample(world: World, centre: Centre, planItemId: string, decision: Decision, sampled: Sampled) {
  const { tx, today } = world;
  const looked = await whatWasSampled(world, decision);
  const latest = await latestDecisionVersion(tx, centre.id, decision.row.id);
  const summative = decision.row.decisionType === "SUMMATIVE";
  const record = await tx.samplingRecord.create({
    data: {
      centreId: centre.id,
      planItemId,
      unitDecisionId: decision.row.id,
      decisionVersion: latest?.version ?? 0,
      candidateId: decision.ctx.candidateId,
      unitId: decision.row.unitId,
      assessorUserId: decision.row.assessorUserId,
      iqaUserId: world.userId(centre.iqa),
      stage: summative ? "SUMMATIVE" : "INTERIM",
      sampledOn: dayOf(today, sampled.daysAgo),
      ...looked,
      outcome: sampled.outcome,
      rationale: sampled.rationale,
      createdAt: at(today, -sampled.daysAgo, 14),
    },
  });
  if (sampled.feedback) {
    await giveFeedback(
      world,
      centre,
      { assessorUserId: decision.row.assessorUserId, samplingRecordId: record.id, daysAgo: sampled.daysAgo },
      sampled.feedback,
    );
  }
  if (sampled.outcome === "DISAGREE") {
    decision.row = await tx.unitDecision.update({
      where: { id: decision.row.id },
      data: {
        status: "REOPENED",
        reopenedAt: at(today, -sampled.daysAgo, 14),
        reopenedReason: sampled.rationale,
        version: { increment: 1 },
      },
    });
  } else if (summative) {
    await iqaCountersign(world, centre, decision, record.id, sampled.daysAgo);
  }
  return record;
}

/** A plan for one period: the decisions chosen (each with why), recorded or still a draft, and what was sampled so far. */
async function writePlan(
  world: World,
  centre: Centre,
  plan: {
    period: { fromDaysAgo: number; toDaysAgo: number };
    proposedDaysAgo: number;
    recordedDaysAgo: number | null;
    exclusions: { ownDecision: number; countersigned: number; conflict: number };
    items: PlanItem[];
  },
) {
  const { tx, today } = world;
  const iqaUserId = world.userId(centre.iqa);
  const from = dayOf(today, plan.period.fromDaysAgo);
  const proposedAt = at(today, -plan.proposedDaysAgo, 9);
  const strategy = await tx.samplingStrategy.findFirstOrThrow({ where: { centreId: centre.id, qualificationId: world.qualificationId } });
  // Each assessor's risk as rated when the plan was proposed.
  const assessors = [];
  for (const assessorId of [...new Set(plan.items.map((item) => item.decision.row.assessorUserId))]) {
    const rating = await tx.assessorRiskRating.findFirstOrThrow({
      where: { centreId: centre.id, assessorUserId: assessorId, createdAt: { lte: proposedAt } },
      orderBy: { createdAt: "desc" },
      include: { assessor: { select: { name: true } } },
    });
    assessors.push({
      assessorId,
      name: rating.assessor.name,
      risk: toRuleRisk(rating.risk),
      ratedOn: rating.ratedOn.toISOString().slice(0, 10),
    });
  }
  assessors.sort((a, b) => a.name.localeCompare(b.name));
  const created = await tx.samplingPlan.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      iqaUserId,
      periodFrom: from,
      periodTo: dayOf(today, plan.period.toDaysAgo),
      seed: `demo-${centre.key}-${from.toISOString().slice(0, 10)}`,
      status: plan.recordedDaysAgo === null ? "DRAFT" : "RECORDED",
      // As propose-sampling-plan.ts keeps it: the strategy's numbers and each assessor's risk as used.
      strategySnapshot: { strategyId: strategy.id, strategyVersion: strategy.version, numbers: centre.strategy, assessors },
      exclusions: plan.exclusions,
      recordedAt: plan.recordedDaysAgo === null ? null : at(today, -plan.recordedDaysAgo, 10),
      createdById: iqaUserId,
      createdAt: proposedAt,
      version: plan.recordedDaysAgo === null ? 1 : 2,
    },
  });
  const periodTo = dayOf(today, plan.period.toDaysAgo);
  // "Hannah Lewis: 1 of 4 decisions at 25% (medium risk)", as the sampling rule words a rate reason.
  const rateWords = new Map<string, string>();
  for (const assessor of assessors) {
    const decisions = await tx.unitDecision.count({
      where: {
        centreId: centre.id,
        assessorUserId: assessor.assessorId,
        decidedOn: { gte: from, lte: periodTo },
        candidate: { iqaUserId },
        OR: [{ decisionType: "FORMATIVE" }, { status: { not: "RECORDED" } }],
      },
    });
    const percent = centre.strategy[ratePercentOf[assessor.risk]];
    const quota = Math.min(decisions, Math.max(centre.strategy.minimumPerAssessor, Math.ceil((decisions * percent) / 100)));
    rateWords.set(
      assessor.assessorId,
      `${assessor.name}: ${quota} of ${decisions} decisions at ${percent}% (${ruleRiskWords[assessor.risk]})`,
    );
  }
  const reasonFor = (item: PlanItem) =>
    item.reason === RATE
      ? rateWords.get(item.decision.row.assessorUserId)!
      : item.reason === INTERIM
        ? `Keeps the interim share at ${centre.strategy.interimPercent}%`
        : item.reason;
  for (const item of plan.items) {
    const decidedOn = item.decision.row.decidedOn.getTime();
    if (decidedOn < from.getTime() || decidedOn > periodTo.getTime()) {
      throw new Error(`Demo plan item for ${item.decision.ctx.name} is outside its plan's period.`);
    }
    const row = await tx.samplingPlanItem.create({
      data: {
        centreId: centre.id,
        planId: created.id,
        unitDecisionId: item.decision.row.id,
        stage: item.decision.row.decisionType === "SUMMATIVE" ? "SUMMATIVE" : "INTERIM",
        origin: item.origin ?? "PROPOSED",
        reason: reasonFor(item),
        droppedAt: item.dropped ? at(today, -item.dropped.daysAgo, 11) : null,
        droppedReason: item.dropped?.reason ?? null,
        droppedById: item.dropped ? iqaUserId : null,
        createdAt: at(today, -(item.origin ? (plan.recordedDaysAgo ?? plan.proposedDaysAgo) : plan.proposedDaysAgo), 9),
      },
    });
    if (item.sampled) await recordSample(world, centre, row.id, item.decision, item.sampled);
  }
  return created;
}

// Reasons in the words the sampling rule uses.

// ---------------------------------------------------------------------------------------------

export async function seedSamplingStories(
  tx: Tx,
  options: {
    today: Date;
    qualificationId: string;
    candidates: Map<string, StoryCandidate>;
    userId: (email: string) => string;
    units: Map<string, SeedUnit>;
    sign: DemoSigning;
  },
) {
  centreIds.clear();
  const world: World = { tx, ...options };
  await seedRiverside(world);
  await seedNorthgate(world);
}

const sam = freelanceAssessor.email;

async function seedRiverside(world: World) {
  const { tx, today } = world;
  const hannah = "hannah.lewis@riverside.example";
  const centre: Centre = {
    key: "riverside",
    id: await centreIdOf(world, "riverside"),
    iqa: "ravi.kapoor@riverside.example",
    // Riverside keeps the policy's numbers.
    strategy: { ...defaultStrategyNumbers },
  };
  await writeStrategy(world, centre, 400);
  await rate(world, centre, hannah, "LOW", 400, "Qualified assessor since 2018; two years at Riverside with no concerns in sampling.");
  await rate(world, centre, sam, "LOW", 400, "Experienced assessor (CAVA 2014) and IQA; consistent decisions at both centres.");

  const megan = candidate(world, "megan.shaw@learners.example");
  const kieran = candidate(world, "kieran.doyle@learners.example");
  const connor = candidate(world, "connor.walsh@learners.example");
  const fatima = candidate(world, "fatima.hussain@learners.example");
  const aisha = candidate(world, "aisha.begum@learners.example");
  const lewis = candidate(world, "lewis.grant@learners.example");

  // Decisions, in the order they were made.
  const meganR1 = await formative(world, megan, "R", 335, "2.1–2.3 met on a first observed call; outcome 1 and 2.4–2.9 still to evidence.");
  const kieranJ1 = await formative(world, kieran, "J", 340, "1.1 and 1.2 met by questioning; the written account is still to come.");
  const meganJ = await signedOff(
    world,
    megan,
    "J",
    310,
    "Every criterion met by the written account (1.1–2.6) and the professional discussion (3.1–3.3).",
  );
  const kieranJ = await signedOff(world, kieran, "J", 300, "All fourteen criteria met: written account and professional discussion.");
  const fatimaR1 = await formative(world, fatima, "R", 262, "First observed complaint: 2.1–2.3 met; questioning on outcome 1 booked.");
  const connorJ1 = await formative(world, connor, "J", 250, "1.1 and 1.2 met; Connor to start the written account on retention.");
  const kieranR = await signedOff(
    world,
    kieran,
    "R",
    240,
    "Outcome 1 by questioning and outcome 2 by a complete observed complaint: all criteria met.",
  );
  const meganR = await signedOff(
    world,
    megan,
    "R",
    225,
    "All criteria met: questioning (1.1–1.8) and an observation of a billing complaint (2.1–2.9).",
  );
  await completed(world, megan, 220);
  await completed(world, kieran, 235);
  const connorJ = await signedOff(
    world,
    connor,
    "J",
    150,
    "All fourteen criteria met by the written account and the professional discussion.",
  );
  const fatimaJ = await signedOff(world, fatima, "J", 140, "Written account and professional discussion cover every criterion.");
  const connorR1 = await formative(
    world,
    connor,
    "R",
    130,
    "2.1–2.3 met on an observed call; Connor needs a case where he explains the options (2.4, 2.5).",
  );
  const connorR = await signedOff(world, connor, "R", 70, "Every criterion of the complaints unit met by questioning and observation.");
  const fatimaR = await signedOff(world, fatima, "R", 50, "Questioning and an observed escalated complaint meet every criterion.");
  const aishaR1 = await formative(
    world,
    aisha,
    "R",
    45,
    "Two criteria of outcome 2 met on a first observed call; questioning on outcome 1 to plan.",
  );
  const lewisJ1 = await formative(world, lewis, "J", 35, "1.1 and 1.2 met in a first questioning session.");
  // The end-to-end journey samples these two (sampling-data.ts iqaJourney): Aisha Begum's retention unit
  // ("agree with action", then Ravi countersigns) and Lewis Grant's complaints unit ("disagree": reopened).
  const aishaJ = await signedOff(
    world,
    aisha,
    "J",
    20,
    "Every criterion met: written account (1.1–2.6) and professional discussion (3.1–3.3).",
  );
  const lewisR = await signedOff(world, lewis, "R", 12, "All criteria met by questioning on outcome 1 and an observed complaint.");

  // W3: 363–273 days ago.
  await writePlan(world, centre, {
    period: { fromDaysAgo: 363, toDaysAgo: 273 },
    proposedDaysAgo: 270,
    recordedDaysAgo: 269,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: meganJ,
        reason: RATE,
        sampled: {
          outcome: "AGREE",
          daysAgo: 266,
          rationale: "Written account and discussion notes clearly meet every criterion; the evidence is Megan's own and current.",
        },
      },
      {
        decision: meganR1,
        reason: INTERIM,
        sampled: { outcome: "AGREE", daysAgo: 265, rationale: "The observation record supports 2.1–2.3 and the next steps are clear." },
      },
      {
        decision: kieranJ,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 263,
          rationale: "The decision is sound; the discussion notes do not say which question led to each criterion.",
          feedback: {
            text: "A sound decision on a well-evidenced unit. Your discussion notes should link each answer to the criterion it meets, so that a sampler can follow the judgement.",
            acknowledged: { daysAgo: 260, response: "Agreed: I have added criterion references to my discussion template." },
            actions: [
              {
                description: "Add criterion references to the professional discussion template.",
                dueInDays: -240,
                done: { daysAgo: 250, note: "Template updated and shared with the team; used for every discussion since." },
              },
            ],
          },
        },
      },
      {
        decision: kieranJ1,
        reason: "Covers Sam Okafor's interim decisions",
        sampled: { outcome: "AGREE", daysAgo: 262, rationale: "Questions and answers support 1.1 and 1.2." },
      },
    ],
  });

  // W2: 272–182 days ago.
  await writePlan(world, centre, {
    period: { fromDaysAgo: 272, toDaysAgo: 182 },
    proposedDaysAgo: 179,
    recordedDaysAgo: 178,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: meganR,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 175,
          rationale: "All criteria are met; the observation record does not name the complaint log entry it refers to.",
          feedback: {
            text: "Megan's complaints unit is well evidenced. Reference the complaint log entry (anonymised) in each observation record so that the evidence trail is complete.",
            acknowledged: { daysAgo: 172, response: "Thanks Ravi, I'll reference the log entry from now on." },
            actions: [
              {
                description: "Reference the anonymised complaint log entry in every observation record.",
                dueInDays: -150,
                done: { daysAgo: 160, note: "Added a log reference field to my observation record and used it since." },
              },
            ],
          },
        },
      },
      {
        decision: connorJ1,
        reason: INTERIM,
        sampled: { outcome: "AGREE", daysAgo: 174, rationale: "The questioning record supports 1.1 and 1.2; sensible next steps." },
      },
      {
        decision: kieranR,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 173, rationale: "Questioning and observation records meet every criterion; sound decision." },
      },
      {
        decision: fatimaR1,
        reason: "Covers the candidate Fatima Hussain",
        sampled: { outcome: "AGREE", daysAgo: 172, rationale: "The observation supports 2.1–2.3." },
      },
    ],
  });

  // W1: 181–91 days ago. Ravi disagrees with Connor Walsh's retention sign-off: reopened, then amended and signed
  // again; Ravi samples it again on the same plan item, agrees and countersigns the new version (resolved).
  const disagreeReason =
    "3.2 is not shown: the discussion notes record Connor describing the team's targets, not why they must be realistic. Ask him about it and record his answer before signing off.";
  const w1 = await writePlan(world, centre, {
    period: { fromDaysAgo: 181, toDaysAgo: 91 },
    proposedDaysAgo: 88,
    recordedDaysAgo: 87,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: connorJ,
        reason: RATE,
        sampled: {
          outcome: "DISAGREE",
          daysAgo: 85,
          rationale: disagreeReason,
          feedback: {
            text: "I could not agree with the sign-off of Connor Walsh's retention unit: 3.2 asks why targets must be realistic, and the notes only describe them. I have reopened the decision for you.",
            acknowledged: { daysAgo: 84, response: "You're right. I've asked Connor and recorded his answer; I'll sign the unit again." },
            actions: [
              {
                description: "Record Connor's answer on realistic targets (3.2) and sign the unit again.",
                dueInDays: -70,
                done: { daysAgo: 74, note: "Follow-up questions recorded on 3.2; decision amended and signed again." },
              },
            ],
          },
        },
      },
      {
        decision: connorR1,
        reason: INTERIM,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 82,
          rationale: "The formative decision is right; the feedback to Connor does not say what evidence would meet 2.4 and 2.5.",
          feedback: {
            text: "Your formative decisions are accurate, but the feedback to candidates should say exactly what evidence would meet the criteria still outstanding, with a date.",
            acknowledged: { daysAgo: 80, response: "Understood. I'll rewrite my next-steps wording and send you an example." },
            actions: [
              {
                // Still open and past its date: shows on Hannah's and Ravi's home pages.
                description: "Send Ravi two examples of feedback to candidates that name the evidence needed and a date.",
                dueInDays: -30,
              },
            ],
          },
        },
      },
      {
        decision: fatimaJ,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 81, rationale: "A clear, well-referenced decision; every criterion met." },
      },
    ],
  });
  await amendAndSignAgain(
    world,
    connorJ,
    "All fourteen criteria met: the written account (1.1–2.6), the professional discussion (3.1, 3.3) and follow-up questions on realistic targets (3.2).",
    72,
  );
  const connorItem = await tx.samplingPlanItem.findFirstOrThrow({
    where: { centreId: centre.id, planId: w1.id, unitDecisionId: connorJ.row.id },
    select: { id: true },
  });
  await recordSample(world, centre, connorItem.id, connorJ, {
    outcome: "AGREE",
    daysAgo: 70,
    rationale:
      "Sampled again after the change: the follow-up questions record Connor explaining why targets must be realistic, which meets 3.2. The decision stands.",
  });

  // Standardisation two months ago: a meeting, a closed exercise in which Hannah's judgement differed
  // on 2.6 (her rating goes to medium), and an open exercise waiting for Sam's judgement.
  const hannahId = world.userId(hannah);
  const samId = world.userId(sam);
  const raviId = world.userId(centre.iqa);
  const complaints = unitOf(megan, R);
  const retention = unitOf(megan, J);
  const meeting = await tx.standardisationMeeting.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      heldOn: dayOf(today, 60),
      ledById: raviId,
      attendeeUserIds: [raviId, hannahId, samId],
      otherAttendees: "Marcus Hale, shift supervisor at Calder Valley Energy (for the first half)",
      unitIds: [complaints.id, retention.id],
      evidenceStandardised:
        "An anonymised observation record of a billing complaint (R/506/2151 outcome 2) and a written account on retention (J/506/2910).",
      decisionsReached:
        "2.6 needs evidence that the customer was kept informed, not only that a call-back was booked. Observation records name the log entry they refer to.",
      createdAt: at(today, -60, 16),
    },
  });
  await tx.iqaAction.create({
    data: {
      centreId: centre.id,
      standardisationMeetingId: meeting.id,
      ownerUserId: samId,
      setById: raviId,
      description: "Update the observation record template with a 'customer kept informed' prompt for 2.6.",
      dueOn: addDays(today, 10),
      createdAt: at(today, -60, 16),
    },
  });
  const criteria = refsBetween(complaints, "2.1", "2.9").map((ref) => complaints.criterionIds.get(ref)!);
  const without26 = criteria.filter((id) => id !== complaints.criterionIds.get("2.6"));
  const exercise = await tx.standardisationExercise.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      unitId: complaints.id,
      meetingId: meeting.id,
      title: "Billing complaint observation: is outcome 2 met?",
      evidenceDescription:
        "An observation record of a billing complaint handled by a candidate (names removed): the call, the agreed call-back and the log entry. The call-back itself is not recorded.",
      criterionIds: criteria,
      participantUserIds: [hannahId, samId, raviId],
      status: "CLOSED",
      agreedOutcome: "NOT_YET_ACHIEVED",
      agreedCriterionIds: without26,
      agreedRationale:
        "2.6 is not met: a call-back was agreed but nothing shows the customer was kept informed. Every other criterion of outcome 2 is met.",
      createdById: raviId,
      createdAt: at(today, -62, 10),
      closedAt: at(today, -59, 12),
      version: 2,
    },
  });
  const judge = (assessorUserId: string, outcome: UnitOutcome, criteriaMetIds: string[], rationale: string, daysAgo: number) =>
    tx.standardisationJudgement.create({
      data: {
        centreId: centre.id,
        exerciseId: exercise.id,
        assessorUserId,
        outcome,
        criteriaMetIds,
        rationale,
        judgedAt: at(today, -daysAgo, 14),
      },
    });
  await judge(hannahId, "ACHIEVED", criteria, "All of outcome 2 met; the agreed call-back shows the customer was kept informed (2.6).", 61);
  await judge(samId, "NOT_YET_ACHIEVED", without26, "2.6 not shown: the call-back was booked but not made while observed.", 61);
  await judge(raviId, "NOT_YET_ACHIEVED", without26, "2.6 needs the customer kept informed; a booked call-back is not enough.", 60);
  await rate(
    world,
    centre,
    hannah,
    "MEDIUM",
    58,
    "Standardisation exercise: judged 2.6 met where the team agreed it was not (a booked call-back taken as keeping the customer informed), after a reopened sign-off last quarter. Sampled at the medium rate until the next standardisation.",
    exercise.id,
  );
  const open = await tx.standardisationExercise.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      unitId: retention.id,
      title: "Satisfaction measures: a professional discussion record",
      evidenceDescription:
        "Notes of a professional discussion on the team's satisfaction dashboard (names removed), with timings against 3.1–3.3.",
      criterionIds: ["3.1", "3.2", "3.3"].map((ref) => retention.criterionIds.get(ref)!),
      participantUserIds: [hannahId, samId],
      createdById: raviId,
      createdAt: at(today, -7, 10),
    },
  });
  await tx.standardisationJudgement.create({
    data: {
      centreId: centre.id,
      exerciseId: open.id,
      assessorUserId: hannahId,
      outcome: "ACHIEVED",
      criteriaMetIds: open.criterionIds,
      rationale: "The candidate explains the figures, why targets must be realistic and compares four measures: all three met.",
      judgedAt: at(today, -5, 11),
    },
  });

  // The current period: recorded six days ago; two items sampled, the rest (with the journey's two) waiting.
  await writePlan(world, centre, {
    period: { fromDaysAgo: 90, toDaysAgo: 0 },
    proposedDaysAgo: 7,
    recordedDaysAgo: 6,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: connorR,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 4,
          rationale:
            "Every criterion is met; the observation record shows the customer was kept informed (2.6) only by the log, not in the record itself.",
          feedback: {
            // Not acknowledged yet: Hannah sees it on her feedback page.
            text: "A sound sign-off. As agreed at standardisation, write in the observation record how the customer was kept informed (2.6), rather than relying on the log.",
            actions: [{ description: "Add how the customer was kept informed (2.6) to Connor Walsh's observation record.", dueInDays: 14 }],
          },
        },
      },
      {
        decision: fatimaR,
        reason: RATE,
        sampled: {
          outcome: "AGREE",
          daysAgo: 3,
          rationale: "Questioning and the observed escalation meet every criterion; well referenced.",
        },
      },
      { decision: aishaJ, reason: RATE },
      { decision: lewisR, reason: "Covers the candidate Lewis Grant" },
      { decision: aishaR1, reason: INTERIM },
    ],
  });
  // Lewis Grant's formative decision (35 days ago) is in no plan: a new proposal has it to offer.
  void lewisJ1;
}

async function seedNorthgate(world: World) {
  const { tx, today } = world;
  const daniel = "daniel.hughes@northgate.example";
  const centre: Centre = {
    key: "northgate",
    id: await centreIdOf(world, "northgate"),
    iqa: "grace.mensah@northgate.example",
    // Northgate samples experienced assessors a little more, and at least two decisions each.
    strategy: { ...defaultStrategyNumbers, rateLowPercent: 15, minimumPerAssessor: 2, interimPercent: 25 },
  };
  await writeStrategy(world, centre, 400);
  await rate(
    world,
    centre,
    daniel,
    "UNQUALIFIED",
    400,
    "Working towards the assessor qualification (CAVA): every sign-off is countersigned and his decisions are sampled in full.",
  );
  await rate(world, centre, sam, "NEW", 400, "New to Northgate: sampled in full for his first two quarters.");
  await rate(
    world,
    centre,
    sam,
    "LOW",
    175,
    "Two quarters sampled at Northgate with every decision agreed; experienced assessor (CAVA 2014).",
  );

  const harriet = candidate(world, "harriet.cole@learners.example");
  const callum = candidate(world, "callum.reid@learners.example");
  const zainab = candidate(world, "zainab.ahmed@learners.example");
  const lucy = candidate(world, "lucy.brennan@learners.example");
  const tariq = candidate(world, "tariq.mahmood@learners.example");

  // Daniel's sign-offs await a qualified assessor's countersignature: Sam Okafor's (Grace samples them, so not hers).
  const harrietJ1 = await formative(world, harriet, "J", 340, "1.1 and 1.2 met by questioning; the written account is next.");
  const lucyR1 = await formative(world, lucy, "R", 330, "2.1–2.3 met on an observed call; questioning on outcome 1 to follow.");
  const harrietJ = await signedOff(
    world,
    harriet,
    "J",
    300,
    "All fourteen criteria met by the written account and the discussion.",
    "AWAITING_COUNTERSIGNATURE",
  );
  await countersign(world, harrietJ, sam, 298);
  const lucyR = await signedOff(world, lucy, "R", 290, "Every criterion met: questioning on outcome 1 and an observation of outcome 2.");
  const callumR1 = await formative(world, callum, "R", 250, "2.1–2.3 met; outcome 1 questioning booked.");
  const tariqJ1 = await formative(world, tariq, "J", 240, "1.1 and 1.2 met in questioning.");
  const harrietR = await signedOff(
    world,
    harriet,
    "R",
    220,
    "All criteria met by questioning and an observed complaint.",
    "AWAITING_COUNTERSIGNATURE",
  );
  await countersign(world, harrietR, sam, 218);
  const lucyJ = await signedOff(world, lucy, "J", 200, "Written account and professional discussion meet every criterion.");
  await completed(world, harriet, 215);
  await completed(world, lucy, 195);
  const callumJ1 = await formative(world, callum, "J", 165, "1.1 and 1.2 met; written account to start.");
  const callumJ = await signedOff(world, callum, "J", 140, "All fourteen criteria met.", "AWAITING_COUNTERSIGNATURE");
  await countersign(world, callumJ, sam, 137);
  const tariqJ = await signedOff(world, tariq, "J", 130, "Every criterion met by the written account and the discussion.");
  const callumR = await signedOff(
    world,
    callum,
    "R",
    60,
    "All criteria met: questioning and an observed complaint.",
    "AWAITING_COUNTERSIGNATURE",
  );
  await countersign(world, callumR, sam, 58);
  const tariqR = await signedOff(world, tariq, "R", 40, "Questioning and an observation of a card complaint meet every criterion.");
  const zainabR1 = await formative(world, zainab, "R", 30, "2.1–2.3 met on her first observed complaint call.");
  const zainabJ1 = await formative(world, zainab, "J", 12, "1.1 and 1.2 met in a first questioning session.");

  // W3
  await writePlan(world, centre, {
    period: { fromDaysAgo: 363, toDaysAgo: 273 },
    proposedDaysAgo: 271,
    recordedDaysAgo: 270,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: harrietJ,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 267,
          rationale: "Every criterion is met; the rationale lists the evidence but does not say why it is sufficient.",
          feedback: {
            text: "A correct decision. Your rationale should say why the evidence is valid, authentic, current and sufficient, not only list it.",
            acknowledged: { daysAgo: 265, response: "Thanks Grace. I'll use VACS in every rationale." },
            actions: [
              {
                description: "Write the next three sign-off rationales against valid, authentic, current and sufficient.",
                dueInDays: -220,
                done: { daysAgo: 225, note: "Done for Harriet Cole's complaints unit and two others; Sam reviewed them." },
              },
            ],
          },
        },
      },
      {
        decision: harrietJ1,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 266, rationale: "The questioning record supports 1.1 and 1.2." },
      },
      {
        decision: lucyR,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 264, rationale: "Well-evidenced complaints unit; every criterion met." },
      },
      {
        decision: lucyR1,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 263, rationale: "Observation record supports 2.1–2.3." },
      },
    ],
  });

  // W2
  await writePlan(world, centre, {
    period: { fromDaysAgo: 272, toDaysAgo: 182 },
    proposedDaysAgo: 180,
    recordedDaysAgo: 179,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: harrietR,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 176, rationale: "Questioning and observation meet every criterion; a clear VACS rationale." },
      },
      {
        decision: callumR1,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 175,
          rationale: "Right decision; the observation record describes the call but not which criterion each part meets.",
          feedback: {
            text: "Map each part of an observation to the criterion it meets, so the record shows the judgement.",
            acknowledged: { daysAgo: 173, response: "Will do: I've started using the criterion column." },
            actions: [
              {
                description: "Use the criterion column of the observation record for every observation.",
                dueInDays: -150,
                done: { daysAgo: 155, note: "Used for all observations since; example shared with Grace." },
              },
            ],
          },
        },
      },
      {
        decision: lucyJ,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 174, rationale: "A thorough sign-off; every criterion met." },
      },
      {
        decision: tariqJ1,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 173, rationale: "Questioning supports 1.1 and 1.2." },
      },
    ],
  });

  // W1
  await writePlan(world, centre, {
    period: { fromDaysAgo: 181, toDaysAgo: 91 },
    proposedDaysAgo: 89,
    recordedDaysAgo: 88,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      {
        decision: callumJ,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 84, rationale: "Written account and discussion meet every criterion; clear rationale." },
      },
      {
        decision: callumJ1,
        reason: RATE,
        sampled: { outcome: "AGREE", daysAgo: 83, rationale: "Questioning supports 1.1 and 1.2." },
      },
      {
        decision: tariqJ,
        reason: RATE,
        sampled: {
          outcome: "AGREE_WITH_ACTION",
          daysAgo: 82,
          rationale: "Every criterion met; the written account's authenticity check is not recorded.",
          feedback: {
            text: "Record how you checked that a written account is the candidate's own (questioning on it, or comparing with their work).",
            acknowledged: { daysAgo: 81, response: "Noted: I questioned Tariq on it and have added the note." },
            actions: [
              {
                description: "Add the authenticity check to Tariq Mahmood's written account record.",
                dueInDays: -60,
                done: { daysAgo: 78, note: "Authenticity note added: questioned Tariq on sections 2 and 3." },
              },
            ],
          },
        },
      },
    ],
  });

  // The current period: a DRAFT Grace has not recorded yet; one item added by her, one dropped with a reason.
  await writePlan(world, centre, {
    period: { fromDaysAgo: 90, toDaysAgo: 0 },
    proposedDaysAgo: 2,
    recordedDaysAgo: null,
    exclusions: { ownDecision: 0, countersigned: 0, conflict: 0 },
    items: [
      { decision: callumR, reason: RATE },
      { decision: tariqR, reason: RATE },
      {
        decision: zainabR1,
        reason: "Added by Grace Mensah: Zainab Ahmed's first decision, by an assessor not yet qualified.",
        origin: "ADDED_BY_IQA",
        dropped: {
          reason: "Grace watched Daniel assess this call last month and agreed with him then; sampling it again adds nothing.",
          daysAgo: 1,
        },
      },
    ],
  });
  // Zainab Ahmed's second formative decision (12 days ago) and Liam O'Connor's sign-off are in no plan.
  void zainabJ1;

  // Standardisation five months ago (Northgate's strategy: every three months), so it is overdue now.
  const graceId = world.userId(centre.iqa);
  const danielId = world.userId(daniel);
  const samId = world.userId(sam);
  const complaints = unitOf(harriet, R);
  const meeting = await tx.standardisationMeeting.create({
    data: {
      centreId: centre.id,
      qualificationId: world.qualificationId,
      heldOn: dayOf(today, 150),
      ledById: graceId,
      attendeeUserIds: [graceId, danielId, samId],
      unitIds: [complaints.id],
      evidenceStandardised: "Two anonymised complaint observation records and a question sheet on outcome 1 of R/506/2151.",
      decisionsReached:
        "Questioning on 1.7 must cover why admitting liability matters, not only that it does. Observation records use the criterion column.",
      createdAt: at(today, -150, 16),
    },
  });
  await tx.iqaAction.create({
    data: {
      centreId: centre.id,
      standardisationMeetingId: meeting.id,
      ownerUserId: danielId,
      setById: graceId,
      description: "Add a follow-up question on liability (1.7) to the complaints question sheet.",
      dueOn: addDays(today, -130),
      status: "DONE",
      completionNote: "Question added and used with Callum Reid and Zainab Ahmed.",
      completedAt: at(today, -135, 15),
      createdAt: at(today, -150, 16),
      version: 2,
    },
  });
}
