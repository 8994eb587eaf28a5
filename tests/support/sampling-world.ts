import { expect } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { evidenceToSignSha256 } from "@/lib/sign-off/decisions";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { loadUnitOfCandidate, loadUnitRecords } from "@/lib/sign-off/unit-records";
import { contentSha256 } from "@/lib/signatures/canonical";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { assessorQualification, competentForUnitA, evidenceUnitAInFull, verifiedAtCentreA } from "@/tests/factories/professional-record";
import { createUser, testPassword } from "@/tests/factories/centre-world";

// Set-ups shared by the sampling-record tests: an IQA of centre A, unit A signed off by its
// qualified assessor, and a plan (recorded unless asked) with that decision as its item.

const db = () => getPrisma();
export const today = () => new Date().toISOString().slice(0, 10);
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An IQA of centre A holding an IQA qualification that centre A verified. */
export async function iqaOfCentreA(world: AssessmentWorld, name = "Iris Quality") {
  const user = await createUser(name);
  await db().membership.create({ data: { centreId: world.centreA.id, userId: user.id, role: "IQA" } });
  const row = await db().staffQualification.create({ data: { userId: user.id, code: "AWARD_IQA", held: true } });
  await verifiedAtCentreA(world, { staffQualificationId: row.id });
  return user;
}

/** Unit A of centre A's candidate signed off by its qualified assessor (version 1). */
export async function signedOffWorld() {
  const world = await createAssessmentWorld();
  await evidenceUnitAInFull(world);
  await competentForUnitA(world, world.assessorA.user.id);
  await assessorQualification(world, world.assessorA.user.id, "CAVA", true);
  const unit = await loadUnitOfCandidate(db(), world.candidateInA, world.unitA.id);
  const records = await loadUnitRecords(db(), world.centreA.id, world.candidateInA.id, unit);
  const declared = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, world.centreA.id), {
    candidateId: world.candidateInA.id,
    unitId: world.unitA.id,
    contentSha256: contentSha256(records.declaration),
    password: testPassword,
  });
  expect(declared).toMatchObject({ ok: true });
  const signed = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), {
    candidateId: world.candidateInA.id,
    unitId: world.unitA.id,
    rationale: "Every criterion met through the observation and the work products.",
    decidedOn: "2026-03-20",
    contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
    password: testPassword,
  });
  if (!signed.ok) throw new Error(signed.message);
  const decisionId = signed.data.decisionId;
  const iqa = await iqaOfCentreA(world);
  return { world, decisionId, iqa };
}

export async function planWithItem(
  world: AssessmentWorld,
  iqaUserId: string,
  decisionId: string,
  options: { status?: "DRAFT" | "RECORDED"; stage?: "INTERIM" | "SUMMATIVE" } = {},
) {
  const plan = await db().samplingPlan.create({
    data: {
      centreId: world.centreA.id,
      qualificationId: world.qualification.id,
      iqaUserId,
      periodFrom: new Date("2026-01-01"),
      periodTo: new Date("2026-12-31"),
      seed: "test-seed",
      status: options.status ?? "RECORDED",
      strategySnapshot: {},
      exclusions: { own: 0, conflict: 0 },
      recordedAt: options.status === "DRAFT" ? null : new Date(),
      createdById: iqaUserId,
    },
  });
  const item = await db().samplingPlanItem.create({
    data: {
      centreId: world.centreA.id,
      planId: plan.id,
      unitDecisionId: decisionId,
      stage: options.stage ?? "SUMMATIVE",
      origin: "PROPOSED",
      reason: "Chosen at the assessor's rate",
    },
  });
  return { plan, item };
}

export function samplingInput(world: AssessmentWorld, planItemId: string, overrides: Record<string, unknown> = {}) {
  return {
    planItemId,
    sampledOn: today(),
    criterionIds: world.unitA.criteria.map((criterion) => criterion.id),
    evidenceItemIds: [world.inCentreA.evidence.id],
    methods: ["OBSERVATION", "WORK_PRODUCT"],
    outcome: "AGREE",
    rationale: "The evidence is valid, authentic and sufficient for every criterion.",
    feedbackOnPractice: "",
    actions: [],
    ...overrides,
  };
}

/**
 * What the item page shows and its sampling form carries: the decision's row version and its latest
 * signed version with that version's hash (0 and "" when it has none).
 */
export async function shownOf(planItemId: string) {
  const item = await db().samplingPlanItem.findUniqueOrThrow({ where: { id: planItemId }, include: { unitDecision: true } });
  const latest = await db().recordVersion.findFirst({
    where: { centreId: item.centreId, recordType: "UNIT_DECISION", recordId: item.unitDecisionId },
    orderBy: { version: "desc" },
  });
  return { version: item.unitDecision.version, decisionVersion: latest?.version ?? 0, contentSha256: latest?.contentSha256 ?? "" };
}

/** samplingInput with the decision as it stands now (as the item page would show it). */
export async function samplingInputNow(world: AssessmentWorld, planItemId: string, overrides: Record<string, unknown> = {}) {
  return { ...samplingInput(world, planItemId), ...(await shownOf(planItemId)), ...overrides };
}
