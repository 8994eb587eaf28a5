import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { addPlanItem } from "./add-plan-item";
import { decisionsInScope } from "./decisions-in-scope";
import { dropPlanItem } from "./drop-plan-item";
import { defaultSeed } from "./plan-proposal";
import { getSamplingHub, getSamplingPlan } from "./plan-queries";
import { proposeSamplingPlan } from "./propose-sampling-plan";
import { recordSamplingPlan } from "./record-sampling-plan";

// Sampling plans on a real database: the proposal's scope, exclusions and coverage, determinism,
// adding and dropping with reasons, the optimistic lock, recording, and who may change a plan.

const { default: SamplingHubPage } = await import("@/app/(app)/sampling/page");
const { default: SamplingPlanPage } = await import("@/app/(app)/sampling/plans/[planId]/page");

const db = () => getPrisma();
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);
const period = { periodFrom: "2026-01-01", periodTo: "2026-06-30" };

type DecisionSpec = {
  candidateId: string;
  unitId: string;
  assessorUserId: string;
  decidedOn: string;
  type?: "FORMATIVE" | "SUMMATIVE";
  status?: "RECORDED" | "AWAITING_COUNTERSIGNATURE" | "SIGNED_OFF" | "REOPENED";
};

/**
 * Centre A with an IQA (Iris, who is also an assessor) and another IQA (Otto), candidates at
 * several workplaces, and decisions in and out of Iris's scope: her own, one she countersigned, one
 * of a candidate she has a declared conflict with, one of Otto's candidate, one outside the period.
 */
async function samplingWorld() {
  const world = await createAssessmentWorld();
  const a = world.centreA.id;
  const iris = await createUser("Iris Iqa");
  const otto = await createUser("Otto Other");
  for (const [userId, role] of [
    [iris.id, "IQA"],
    [iris.id, "ASSESSOR"],
    [otto.id, "IQA"],
  ] as const) {
    await db().membership.create({ data: { centreId: a, userId, role } });
  }
  const candidate = (name: string, workplace: string | null, iqaUserId: string | null = null) =>
    db().candidate.create({
      data: {
        centreId: a,
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}.${a.slice(0, 8)}@test.example`,
        dateOfBirth: day("1999-01-01"),
        qualificationId: world.qualification.id,
        entryType: "FULL_AWARD",
        startDate: day("2026-01-05"),
        assessorUserId: world.assessorA.user.id,
        iqaUserId,
        workplace,
      },
    });
  const leeds = await candidate("Lena Leeds", "Leeds store", iris.id);
  const york = await candidate("Yusuf York", "York depot");
  const conflicted = await candidate("Cora Conflict", "Leeds store", iris.id);
  const ottos = await candidate("Oscar Ottos", "Hull office", otto.id);
  await db().conflictOfInterestDeclaration.create({
    data: { centreId: a, staffUserId: iris.id, candidateId: conflicted.id, relationship: "FAMILY", declaredOn: day("2025-12-01") },
  });

  const decide = (spec: DecisionSpec) =>
    db().unitDecision.create({
      data: {
        centreId: a,
        candidateId: spec.candidateId,
        unitId: spec.unitId,
        decisionType: spec.type ?? "SUMMATIVE",
        outcome: spec.type === "FORMATIVE" ? "NOT_YET_ACHIEVED" : "ACHIEVED",
        rationale: "All criteria met",
        decidedOn: day(spec.decidedOn),
        assessorUserId: spec.assessorUserId,
        status: spec.status ?? (spec.type === "FORMATIVE" ? "RECORDED" : "SIGNED_OFF"),
      },
    });
  const alan = world.assessorA.user.id;
  const sam = world.shared.user.id;
  const { unitA, unitB } = world;
  // Alan's decisions: plenty, so a low-risk rate leaves most of them out.
  const alans = [];
  for (const [index, [who, unit]] of [
    [leeds, unitA],
    [leeds, unitB],
    [york, unitB],
    [leeds, unitA],
    [york, unitA],
    [leeds, unitB],
    [york, unitB],
    [leeds, unitA],
  ].entries()) {
    alans.push(
      await decide({
        candidateId: who!.id,
        unitId: unit!.id,
        assessorUserId: alan,
        decidedOn: `2026-04-${String(index + 1).padStart(2, "0")}`,
      }),
    );
  }
  const awaiting = await decide({
    candidateId: york.id,
    unitId: unitA.id,
    assessorUserId: alan,
    decidedOn: "2026-05-02",
    status: "AWAITING_COUNTERSIGNATURE",
  });
  const samsInterim = await decide({
    candidateId: york.id,
    unitId: unitA.id,
    assessorUserId: sam,
    decidedOn: "2026-05-03",
    type: "FORMATIVE",
  });
  const samsSummative = await decide({ candidateId: leeds.id, unitId: unitB.id, assessorUserId: sam, decidedOn: "2026-05-04" });
  const irisOwn = await decide({ candidateId: york.id, unitId: unitB.id, assessorUserId: iris.id, decidedOn: "2026-05-05" });
  const countersignedByIris = await decide({ candidateId: york.id, unitId: unitB.id, assessorUserId: sam, decidedOn: "2026-05-06" });
  const ofConflicted = await decide({ candidateId: conflicted.id, unitId: unitA.id, assessorUserId: alan, decidedOn: "2026-05-07" });
  const ofOttos = await decide({ candidateId: ottos.id, unitId: unitA.id, assessorUserId: alan, decidedOn: "2026-05-08" });
  const outsidePeriod = await decide({ candidateId: leeds.id, unitId: unitA.id, assessorUserId: alan, decidedOn: "2025-10-01" });
  const reopened = await decide({
    candidateId: leeds.id,
    unitId: unitB.id,
    assessorUserId: alan,
    decidedOn: "2026-05-09",
    status: "REOPENED",
  });
  const version = await db().recordVersion.create({
    data: {
      centreId: a,
      recordType: "UNIT_DECISION",
      recordId: countersignedByIris.id,
      version: 1,
      content: { decision: countersignedByIris.id },
      contentSha256: "1".repeat(64),
    },
  });
  for (const [signer, role] of [
    [sam, "ASSESSOR"],
    [iris.id, "COUNTERSIGNING_ASSESSOR"],
  ] as const) {
    await db().signature.create({
      data: {
        centreId: a,
        recordVersionId: version.id,
        recordType: "UNIT_DECISION",
        recordId: countersignedByIris.id,
        version: 1,
        signerUserId: signer,
        role,
        statement: "Signed",
        contentSha256: "1".repeat(64),
        signedAt: day("2026-05-06"),
      },
    });
  }
  // What lies behind Lena's unit A: accepted witness testimony (an RD08 statement) with feedback on it.
  const witness = await db().evidenceItem.create({
    data: {
      centreId: a,
      candidateId: leeds.id,
      reference: "E1",
      title: "Statement from the store manager",
      method: "WITNESS_TESTIMONY",
      location: "Uploaded",
      status: "ACCEPTED",
      submittedById: alan,
      criteria: { create: [{ centreId: a, criterionId: unitA.criteria[0]!.id, judgement: "MET" }] },
    },
  });
  await db().witnessStatement.create({
    data: { centreId: a, candidateId: leeds.id, evidenceItemId: witness.id, form: "WRITTEN", witnessName: "Mo Manager", createdById: alan },
  });
  await db().feedback.create({
    data: { centreId: a, candidateId: leeds.id, evidenceItemId: witness.id, achieved: "Good", nextSteps: "More", givenById: alan },
  });
  // Assessors rated: Alan and Sam experienced, low risk (10%).
  for (const assessorUserId of [alan, sam]) {
    await db().assessorRiskRating.create({
      data: {
        centreId: a,
        assessorUserId,
        risk: "LOW",
        reason: "Five years, no disagreements",
        ratedOn: day("2026-01-02"),
        ratedById: iris.id,
      },
    });
  }
  return {
    world,
    iris,
    otto,
    candidates: { leeds, york, conflicted, ottos },
    decisions: {
      alans,
      awaiting,
      samsInterim,
      samsSummative,
      irisOwn,
      countersignedByIris,
      ofConflicted,
      ofOttos,
      outsidePeriod,
      reopened,
    },
    asIris: world.actor(iris.id, a),
    asOtto: world.actor(otto.id, a),
  };
}
type SamplingWorld = Awaited<ReturnType<typeof samplingWorld>>;

async function propose(w: SamplingWorld, seed = "") {
  const result = await runAction(proposeSamplingPlan, w.asIris, { qualificationId: w.world.qualification.id, ...period, seed });
  if (!result.ok) throw new Error(`propose failed: ${result.message}`);
  return result.data;
}

const itemsOf = (planId: string) => db().samplingPlanItem.findMany({ where: { planId }, orderBy: { unitDecisionId: "asc" } });

async function accessOf(world: AssessmentWorld, userId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: `centre:${world.centreA.id}` });
  if (!access) throw new Error("no access");
  return access;
}

describe("decisions in scope", () => {
  it("reads each decision's methods, kinds of evidence, records and site, and leaves out own, countersigned and conflicted ones", async () => {
    const w = await samplingWorld();
    const scope = await decisionsInScope(db(), {
      centreId: w.world.centreA.id,
      qualificationId: w.world.qualification.id,
      iqaUserId: w.iris.id,
      from: period.periodFrom,
      to: period.periodTo,
      on: "2026-11-22",
    });
    const ids = scope.inScope.map((d) => d.id);
    const d = w.decisions;
    expect(ids.sort()).toEqual(
      [...d.alans.map((x) => x.id), d.awaiting.id, d.samsInterim.id, d.samsSummative.id, w.world.inCentreA.decision.id].sort(),
    );
    expect(scope.counts).toEqual({ "own-decision": 1, countersigned: 1, conflict: 1 });
    expect(Object.fromEntries(scope.excluded.map((e) => [e.decision.id, e.reason]))).toEqual({
      [d.irisOwn.id]: "own-decision",
      [d.countersignedByIris.id]: "countersigned",
      [d.ofConflicted.id]: "conflict",
    });
    const lenaUnitA = scope.inScope.find((x) => x.id === d.alans[0]!.id)!;
    expect(lenaUnitA).toMatchObject({
      candidateName: "Lena Leeds",
      assessorName: "Alan Assessor",
      unitUrn: w.world.unitA.urn,
      methods: ["WITNESS_TESTIMONY"],
      evidenceTypes: ["WITNESS_TESTIMONY"],
      records: ["RD06 feedback", "RD08 witness statement"],
      site: "Leeds store",
      stage: "summative",
      decidedOn: "2026-04-01",
    });
    // Cara (the world's candidate): an observation activity on unit A and a plan naming it; no workplace.
    const cara = scope.inScope.find((x) => x.id === w.world.inCentreA.decision.id)!;
    expect(cara).toMatchObject({ methods: ["OBSERVATION"], evidenceTypes: [], site: "Not recorded", stage: "interim" });
    expect(cara.records).toEqual(["RD05 planning", "RD09 activity"]);
    expect(scope.inScope.find((x) => x.id === d.samsInterim.id)?.stage).toBe("interim");
    expect(scope.excluded.find((e) => e.reason === "countersigned")?.decision.countersignedById).toBe(w.iris.id);
  });
});

describe("proposing a sampling plan", () => {
  it("covers every assessor, unit, method and site in scope; never the IQA's own, countersigned or conflicted decisions; counts the exclusions", async () => {
    const w = await samplingWorld();
    const proposed = await propose(w);
    const plan = await db().samplingPlan.findUniqueOrThrow({ where: { id: proposed.planId } });
    expect(plan).toMatchObject({
      centreId: w.world.centreA.id,
      iqaUserId: w.iris.id,
      status: "DRAFT",
      version: 1,
      seed: defaultSeed(w.world.centreA.id, w.world.qualification.id, period.periodFrom, period.periodTo),
      exclusions: { ownDecision: 1, countersigned: 1, conflict: 1 },
    });
    const snapshot = plan.strategySnapshot as { numbers: { rateLowPercent: number }; assessors: { name: string; risk: string }[] };
    expect(snapshot.numbers.rateLowPercent).toBe(10);
    expect(snapshot.assessors.map((a) => [a.name, a.risk])).toEqual([
      ["Alan Assessor", "low"],
      ["Sam Shared", "low"],
    ]);

    const items = await itemsOf(plan.id);
    const sampled = new Set(items.map((item) => item.unitDecisionId));
    expect(items.every((item) => item.origin === "PROPOSED" && item.droppedAt === null && item.reason.length > 0)).toBe(true);
    const d = w.decisions;
    for (const never of [d.irisOwn, d.countersignedByIris, d.ofConflicted, d.ofOttos, d.outsidePeriod, d.reopened]) {
      expect(sampled.has(never.id)).toBe(false);
    }
    // Low risk samples 10%, so not everything is taken; yet every value in scope is covered.
    const scope = await decisionsInScope(db(), {
      centreId: w.world.centreA.id,
      qualificationId: w.world.qualification.id,
      iqaUserId: w.iris.id,
      from: period.periodFrom,
      to: period.periodTo,
      on: "2026-11-22",
    });
    expect(items.length).toBeLessThan(scope.inScope.length);
    const chosen = scope.inScope.filter((decision) => sampled.has(decision.id));
    for (const valuesOf of [
      (x: (typeof chosen)[number]) => [x.assessorId],
      (x: (typeof chosen)[number]) => [x.unitUrn],
      (x: (typeof chosen)[number]) => x.methods,
      (x: (typeof chosen)[number]) => [x.site],
    ]) {
      expect(new Set(chosen.flatMap(valuesOf))).toEqual(new Set(scope.inScope.flatMap(valuesOf)));
    }
    // Every item's reason is in words with names, never an id.
    for (const item of items) expect(item.reason).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(
      items.some((item) => /^(Alan Assessor|Sam Shared): \d+ of \d+ decisions at 10% \(experienced, low risk\)$/.test(item.reason)),
    ).toBe(true);
    const stages = new Map(scope.inScope.map((x) => [x.id, x.stage]));
    for (const item of items) expect(item.stage).toBe(stages.get(item.unitDecisionId) === "interim" ? "INTERIM" : "SUMMATIVE");

    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: w.world.centreA.id, action: "sampling.proposePlan" } });
    expect(audit).toMatchObject({ actorUserId: w.iris.id, targetType: "SamplingPlan", targetId: plan.id });
    expect(audit.summary).toMatchObject({ items: items.length, decisionsInScope: scope.inScope.length, excluded: { ownDecision: 1 } });
  });

  it("is deterministic: the same seed gives the same items; the default seed too", async () => {
    const w = await samplingWorld();
    // One draft per period: each plan is recorded before the same period is proposed again.
    const recorded = async (seed?: string) => {
      const proposed = await propose(w, seed);
      const result = await runAction(recordSamplingPlan, w.asIris, { planId: proposed.planId, version: 1 });
      if (!result.ok) throw new Error(`record failed: ${result.message}`);
      return proposed;
    };
    const first = await recorded("external verifier 2026");
    const second = await recorded("external verifier 2026");
    const pick = async (planId: string) => (await itemsOf(planId)).map((item) => [item.unitDecisionId, item.reason]);
    expect(await pick(second.planId)).toEqual(await pick(first.planId));
    const byDefault = await recorded();
    const again = await recorded();
    expect(await pick(again.planId)).toEqual(await pick(byDefault.planId));
  });

  it("refuses a second draft for the same qualification and period, naming the first, even for two proposals at once", async () => {
    const w = await samplingWorld();
    const input = { qualificationId: w.world.qualification.id, ...period, seed: "" };
    // A double click: both at once; exactly one draft is made, the other is told about it.
    const both = await Promise.all([runAction(proposeSamplingPlan, w.asIris, input), runAction(proposeSamplingPlan, w.asIris, input)]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    const refused = both.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    const message = `You already have a draft sampling plan for ${w.world.qualification.title}, 1 Jan 2026 to 30 Jun 2026, proposed on ${today}: open it from the list of sampling plans and change it there.`;
    if (refused && !refused.ok) expect(refused.message).toBe(message);
    const plans = () => db().samplingPlan.findMany({ where: { centreId: w.world.centreA.id }, orderBy: { createdAt: "asc" } });
    expect(await plans()).toHaveLength(1);
    // Later, with another seed: still refused while the draft exists.
    expect(await runAction(proposeSamplingPlan, w.asIris, { ...input, seed: "another seed" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message,
    });
    expect(await db().auditEvent.count({ where: { centreId: w.world.centreA.id, action: "sampling.proposePlan" } })).toBe(1);
    // Another period, or another IQA, is a plan of its own.
    expect((await runAction(proposeSamplingPlan, w.asIris, { ...input, periodTo: "2026-05-31" })).ok).toBe(true);
    const otto = await runAction(proposeSamplingPlan, w.asOtto, input);
    expect(otto.ok).toBe(true);
    // Once the draft is recorded, the same period may be proposed again.
    const [draft] = await plans();
    expect((await runAction(recordSamplingPlan, w.asIris, { planId: draft!.id, version: 1 })).ok).toBe(true);
    expect((await runAction(proposeSamplingPlan, w.asIris, input)).ok).toBe(true);
    expect(await plans()).toHaveLength(4);
  });

  it("refuses a period with nothing in scope, an inverted period, and anyone without sampling.manage", async () => {
    const w = await samplingWorld();
    const empty = await runAction(proposeSamplingPlan, w.asIris, {
      qualificationId: w.world.qualification.id,
      periodFrom: "2020-01-01",
      periodTo: "2020-12-31",
      seed: "",
    });
    expect(empty).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!empty.ok) expect(empty.message).toMatch(/nothing to sample/);
    const inverted = await runAction(proposeSamplingPlan, w.asIris, {
      qualificationId: w.world.qualification.id,
      periodFrom: "2026-06-30",
      periodTo: "2026-01-01",
      seed: "",
    });
    expect(inverted).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { periodTo: ["The period must end on or after its first day."] },
    });
    const input = { qualificationId: w.world.qualification.id, ...period, seed: "" };
    const byAssessor = await runAction(proposeSamplingPlan, w.world.actor(w.world.assessorA.user.id, w.world.centreA.id), input);
    const byAdmin = await runAction(proposeSamplingPlan, w.world.actor(w.world.adminA.user.id, w.world.centreA.id), input);
    expect(byAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(byAdmin).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().samplingPlan.count({ where: { centreId: w.world.centreA.id } })).toBe(0);
  });
});

describe("changing a draft plan", () => {
  it("adds a decision in scope with a reason and drops an item with a reason (the row stays); each change bumps the version", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const items = await itemsOf(planId);
    const planned = new Set(items.map((item) => item.unitDecisionId));
    const notPlanned = [...w.decisions.alans, w.decisions.awaiting].find((decision) => !planned.has(decision.id))!;

    const noReason = await runAction(addPlanItem, w.asIris, { planId, version: 1, unitDecisionId: notPlanned.id, reason: " " });
    expect(noReason).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say why you are adding this decision."] },
    });
    const added = await runAction(addPlanItem, w.asIris, {
      planId,
      version: 1,
      unitDecisionId: notPlanned.id,
      reason: "The candidate's employer raised a concern",
    });
    expect(added).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db().samplingPlanItem.findFirstOrThrow({ where: { planId, unitDecisionId: notPlanned.id } })).toMatchObject({
      origin: "ADDED_BY_IQA",
      reason: "The candidate's employer raised a concern",
      droppedAt: null,
    });
    const again = await runAction(addPlanItem, w.asIris, { planId, version: 2, unitDecisionId: notPlanned.id, reason: "Twice" });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { unitDecisionId: ["That decision is already in the plan."] },
    });

    const item = items[0]!;
    const dropped = await runAction(dropPlanItem, w.asIris, {
      planId,
      version: 2,
      itemId: item.id,
      reason: "Sampled last quarter already",
    });
    expect(dropped).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await db().samplingPlanItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      droppedReason: "Sampled last quarter already",
      droppedById: w.iris.id,
      droppedAt: expect.any(Date),
    });
    expect(await db().samplingPlanItem.count({ where: { planId } })).toBe(items.length + 1);
    const dropAgain = await runAction(dropPlanItem, w.asIris, { planId, version: 3, itemId: item.id, reason: "Again" });
    expect(dropAgain).toMatchObject({ ok: false, code: "CONFLICT" });
    // Planned again after a drop: the same row, with the new reason.
    const restored = await runAction(addPlanItem, w.asIris, {
      planId,
      version: 3,
      unitDecisionId: item.unitDecisionId,
      reason: "Needed after all",
    });
    expect(restored).toMatchObject({ ok: true, data: { itemId: item.id, version: 4 } });
    expect(await db().samplingPlanItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      droppedAt: null,
      origin: "ADDED_BY_IQA",
      reason: "Needed after all",
    });
    expect(await db().samplingPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ version: 4 });
    const actions = await db().auditEvent.findMany({
      where: { centreId: w.world.centreA.id, targetId: planId },
      orderBy: { sequence: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual([
      "sampling.proposePlan",
      "sampling.addPlanItem",
      "sampling.dropPlanItem",
      "sampling.addPlanItem",
    ]);
  });

  it("refuses the IQA's own decision, one they countersigned, a conflicted candidate's, and one outside the plan's scope, saying why", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const add = (unitDecisionId: string) => runAction(addPlanItem, w.asIris, { planId, version: 1, unitDecisionId, reason: "Check it" });
    const own = await add(w.decisions.irisOwn.id);
    const countersigned = await add(w.decisions.countersignedByIris.id);
    const conflict = await add(w.decisions.ofConflicted.id);
    const outOfScope = await add(w.decisions.ofOttos.id);
    const inCentreB = await db().unitDecision.create({
      data: {
        centreId: w.world.centreB.id,
        candidateId: w.world.candidateInB.id,
        unitId: w.world.unitA.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        rationale: "Met",
        decidedOn: day("2026-04-01"),
        assessorUserId: w.world.assessorB.user.id,
        status: "SIGNED_OFF",
      },
    });
    const otherCentre = await add(inCentreB.id);
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!own.ok) expect(own.message).toMatch(/your own assessment decision/);
    expect(countersigned).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!countersigned.ok) expect(countersigned.message).toMatch(/You countersigned that decision/);
    expect(conflict).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!conflict.ok) expect(conflict.message).toMatch(/declared a relationship with Cora Conflict/);
    expect(outOfScope).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!outOfScope.ok) expect(outOfScope.message).toMatch(/not in this plan's scope/);
    expect(otherCentre).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().samplingPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ version: 1 });
  });

  it("refuses a change naming an older version", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const [first, second] = await itemsOf(planId);
    expect(await runAction(dropPlanItem, w.asIris, { planId, version: 1, itemId: first!.id, reason: "Not needed" })).toMatchObject({
      ok: true,
    });
    const stale = await runAction(dropPlanItem, w.asIris, { planId, version: 1, itemId: second!.id, reason: "Not needed either" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect((await db().samplingPlanItem.findUniqueOrThrow({ where: { id: second!.id } })).droppedAt).toBeNull();
    const staleRecord = await runAction(recordSamplingPlan, w.asIris, { planId, version: 1 });
    expect(staleRecord).toMatchObject({ ok: false, code: "STALE" });
  });

  it("another IQA cannot change someone's plan; an assessor cannot either", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const [item] = await itemsOf(planId);
    const byOtto = await runAction(dropPlanItem, w.asOtto, { planId, version: 1, itemId: item!.id, reason: "Mine now" });
    expect(byOtto).toMatchObject({ ok: false, code: "FORBIDDEN" });
    if (!byOtto.ok) expect(byOtto.message).toBe("Only the plan's IQA, Iris Iqa, may change this sampling plan.");
    expect(await runAction(recordSamplingPlan, w.asOtto, { planId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const byAssessor = await runAction(recordSamplingPlan, w.world.actor(w.world.assessorA.user.id, w.world.centreA.id), {
      planId,
      version: 1,
    });
    expect(byAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().samplingPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("records the plan; a recorded plan refuses adding and dropping, and says so", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const recorded = await runAction(recordSamplingPlan, w.asIris, { planId, version: 1 });
    expect(recorded).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db().samplingPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({
      status: "RECORDED",
      recordedAt: expect.any(Date),
    });
    const [item] = await itemsOf(planId);
    const drop = await runAction(dropPlanItem, w.asIris, { planId, version: 2, itemId: item!.id, reason: "Too late" });
    const add = await runAction(addPlanItem, w.asIris, {
      planId,
      version: 2,
      unitDecisionId: w.decisions.alans[0]!.id,
      reason: "Too late",
    });
    for (const refused of [drop, add]) {
      expect(refused).toMatchObject({
        ok: false,
        code: "CONFLICT",
        message: "This sampling plan is recorded: items can no longer be added or dropped.",
      });
    }
    expect(await runAction(recordSamplingPlan, w.asIris, { planId, version: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("reading plans", () => {
  it("the hub lists the centre's plans for the admin and every IQA; the plan page gives the coverage with names", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const [item] = await itemsOf(planId);
    await runAction(dropPlanItem, w.asIris, { planId, version: 1, itemId: item!.id, reason: "Not needed" });

    for (const userId of [w.world.adminA.user.id, w.otto.id, w.iris.id]) {
      const hub = await getSamplingHub(await accessOf(w.world, userId), day("2026-11-22"));
      expect(hub.plans).toHaveLength(1);
      expect(hub.plans[0]).toMatchObject({
        id: planId,
        iqaName: "Iris Iqa",
        isMine: userId === w.iris.id,
        status: "DRAFT",
        sampled: 0,
        dropped: 1,
      });
      expect(hub.canPropose).toBe(userId !== w.world.adminA.user.id);
    }
    const hub = await getSamplingHub(await accessOf(w.world, w.iris.id), day("2026-11-22"));
    expect(hub.defaultPeriods).toEqual([{ qualificationId: w.world.qualification.id, from: "2026-08-23", to: "2026-11-22" }]);
    await expect(getSamplingHub(await accessOf(w.world, w.world.assessorA.user.id))).rejects.toMatchObject({ code: "NOT_FOUND" });

    const page = await getSamplingPlan(await accessOf(w.world, w.otto.id), planId, day("2026-11-22"));
    expect(page.viewer).toEqual({ isOwner: false, canChange: false });
    expect(page.items.find((x) => x.id === item!.id)?.status).toMatchObject({
      kind: "dropped",
      reason: "Not needed",
      droppedBy: "Iris Iqa",
    });
    expect(page.exclusions).toEqual({ ownDecision: 1, countersigned: 1, conflict: 1 });
    expect(page.coverage.matrix.assessors.map((a) => a.name)).toEqual(["Alan Assessor", "Sam Shared"].sort());
    expect(page.coverage.matrix.units.map((u) => u.name)).toEqual(
      [`${w.world.unitA.urn} Resolve complaints`, `${w.world.unitB.urn} Deliver service`].sort(),
    );
    const planned = page.items.filter((x) => x.status.kind !== "dropped").length;
    const cellsPlanned = page.coverage.matrix.units.flatMap((u) => u.cells).reduce((sum, cell) => sum + (cell?.sampled ?? 0), 0);
    expect(cellsPlanned).toBe(planned);
    expect(page.coverage.assessors.map((a) => [a.name, a.risk, a.ratePercent])).toEqual([
      ["Alan Assessor", "experienced, low risk", 10],
      ["Sam Shared", "experienced, low risk", 10],
    ]);
    const sites = page.coverage.dimensions.find((d) => d.dimension === "sites")!;
    expect(sites.rows.map((r) => r.name).sort()).toEqual(["Leeds store", "Not recorded", "York depot"]);
    const methods = page.coverage.dimensions.find((d) => d.dimension === "methods")!;
    expect(methods.rows.map((r) => r.name).sort()).toEqual(["Observation", "Witness testimony"]);
    for (const gap of page.coverage.gaps) expect(gap.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const mine = await getSamplingPlan(await accessOf(w.world, w.iris.id), planId, day("2026-11-22"));
    expect(mine.viewer).toEqual({ isOwner: true, canChange: true });
    expect(mine.addable.map((x) => x.id)).toContain(item!.unitDecisionId);
    expect(mine.addable.map((x) => x.id)).not.toContain(w.decisions.irisOwn.id);
  });
});

describe("two centres", () => {
  it("another centre's IQA and admin find no plan of centre A, by id or in their hub", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const iqaB = await createUser("Ian Iqa");
    await db().membership.create({ data: { centreId: w.world.centreB.id, userId: iqaB.id, role: "IQA" } });
    for (const userId of [iqaB.id, w.world.adminB.user.id]) {
      const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: `centre:${w.world.centreB.id}` });
      if (!access) throw new Error("no access");
      await expect(getSamplingPlan(access, planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getSamplingPlan(access, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getSamplingHub(access)).plans).toEqual([]);
    }
    // Centre B's IQA proposing for the shared qualification gets centre B's decisions only: none.
    const fromB = await runAction(proposeSamplingPlan, w.world.actor(iqaB.id, w.world.centreB.id), {
      qualificationId: w.world.qualification.id,
      ...period,
      seed: "",
    });
    expect(fromB).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("pages", () => {
  it("the hub and the plan page render for the plan's IQA (with the forms), another IQA and the admin (without)", async () => {
    const w = await samplingWorld();
    const { planId } = await propose(w);
    const [item] = await itemsOf(planId);
    await runAction(dropPlanItem, w.asIris, { planId, version: 1, itemId: item!.id, reason: "Seen at the last visit" });
    const plan = async () => renderPage(SamplingPlanPage({ params: Promise.resolve({ planId }) }));

    await signInAs(w.iris.id, w.world.centreA.id);
    const hub = await renderPage(SamplingHubPage());
    expect(hub).toContain("Propose a sampling plan");
    expect(hub).toContain(`href="/sampling/plans/${planId}"`);
    expect(hub).toContain("Iris Iqa");
    const mine = await plan();
    for (const text of [
      "Record the plan",
      "Add a decision",
      "Why you are dropping it",
      "Coverage grid: units by assessor",
      "Seen at the last visit",
      "Lena Leeds",
    ]) {
      expect(mine).toContain(text);
    }
    expect(mine).toContain(`href="/sampling/plans/${planId}/items/`);

    await signInAs(w.otto.id, w.world.centreA.id);
    const others = await plan();
    expect(others).toContain("Only Iris Iqa may add or drop decisions and record this plan.");
    expect(others).not.toContain("Record the plan</button>");
    expect(others).not.toContain("Why you are dropping it");

    await signInAs(w.world.adminA.user.id, w.world.centreA.id);
    const adminHub = await renderPage(SamplingHubPage());
    expect(adminHub).not.toContain("Propose a sampling plan</h2>");
    expect(adminHub).toContain(`href="/sampling/plans/${planId}"`);
    expect(await plan()).toContain("Coverage grid: units by assessor");

    await signInAs(w.world.assessorA.user.id, w.world.centreA.id);
    await expect(renderPage(SamplingHubPage())).rejects.toThrow();
    await expect(plan()).rejects.toThrow();
  });
});
