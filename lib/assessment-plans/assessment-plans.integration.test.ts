import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { testPassword } from "@/tests/factories/centre-world";
import { confirmAssessmentPlan } from "./confirm-assessment-plan";
import { createAssessmentPlan } from "./create-assessment-plan";
import { getCandidatePlan, listCandidatePlans } from "./queries";
import type { CreateAssessmentPlanInput, UpdateAssessmentPlanInput } from "./schemas";
import { updateAssessmentPlan } from "./update-assessment-plan";

const db = () => getPrisma();

function newPlan(world: AssessmentWorld): CreateAssessmentPlanInput {
  return {
    candidateId: world.candidateInA.id,
    title: "Complaints: observation and discussion",
    activities: "Observe two complaint calls.\nProfessional discussion on escalation.",
    methods: ["OBSERVATION", "PROFESSIONAL_DISCUSSION"],
    evidenceSources: "Call recordings, complaint log",
    unitIds: [world.unitA.id, world.unitB.id],
    plannedOn: "2026-04-01",
    reviewOn: "2026-04-15",
    place: "Contact centre, Leeds",
    peopleInvolved: "Wendy Witness (team leader)",
  };
}

const asAssessor = (world: AssessmentWorld) => world.actor(world.assessorA.user.id, world.centreA.id);
const asCandidate = (world: AssessmentWorld) => world.actor(world.candidateA.user.id, world.centreA.id);

async function created(world: AssessmentWorld) {
  const result = await runAction(createAssessmentPlan, asAssessor(world), newPlan(world));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

function edit(world: AssessmentWorld, planId: string, version: number, changes: Partial<UpdateAssessmentPlanInput> = {}) {
  const { candidateId: _candidate, ...fields } = newPlan(world);
  return runAction(updateAssessmentPlan, asAssessor(world), { planId, version, ...fields, ...changes });
}

describe("writing an assessment plan", () => {
  it("stores the plan waiting for the candidate, with its content as version 1", async () => {
    const world = await createAssessmentWorld();
    const { planId, recordVersion } = await created(world);
    expect(recordVersion).toBe(1);
    const plan = await db().assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      status: "AWAITING_CANDIDATE",
      methods: ["OBSERVATION", "PROFESSIONAL_DISCUSSION"],
      unitIds: [world.unitA.id, world.unitB.id],
      place: "Contact centre, Leeds",
      createdById: world.assessorA.user.id,
      version: 1,
    });
    const versions = await readSignedVersions(db(), { centreId: world.centreA.id, recordType: "ASSESSMENT_PLAN", recordId: planId });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.content).toMatchObject({
      title: "Complaints: observation and discussion",
      units: [
        { id: world.unitA.id, title: "Resolve complaints" },
        { id: world.unitB.id, title: "Deliver service" },
      ],
      plannedOn: "2026-04-01",
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "assessmentPlan.create" } });
    expect(audit).toMatchObject({ targetType: "AssessmentPlan", targetId: planId, actorUserId: world.assessorA.user.id });
  });

  it("refuses bad input next to the fields and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(createAssessmentPlan, asAssessor(world), {
      ...newPlan(world),
      title: " ",
      methods: [],
      unitIds: [],
      plannedOn: "2026-04-10",
      reviewOn: "2026-04-01",
      activities: "bad\u0000text",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        title: [expect.any(String)],
        methods: ["Choose at least one assessment method."],
        unitIds: ["Choose the units this plan covers."],
        reviewOn: ["The review date cannot be before the planned date."],
        activities: [expect.stringMatching(/control characters/)],
      },
    });
    const otherQualification = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `P/${world.centreA.id}`,
        title: "Other",
        level: 2,
        ruleOfCombination: {},
      },
    });
    const foreignUnit = await db().unit.create({
      data: { qualificationId: otherQualification.id, urn: "Z/1", title: "Elsewhere", credit: 1, level: 2, glh: 8, group: "A" },
    });
    const wrongUnit = await runAction(createAssessmentPlan, asAssessor(world), { ...newPlan(world), unitIds: [foreignUnit.id] });
    expect(wrongUnit).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { unitIds: [expect.any(String)] } });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("refuses a conflicted assessor, a candidate, and another centre's candidate is not found", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const conflicted = await runAction(createAssessmentPlan, world.actor(world.shared.user.id, world.centreA.id), newPlan(world));
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/may not/) });
    expect(await runAction(createAssessmentPlan, asCandidate(world), newPlan(world))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const fromB = await runAction(createAssessmentPlan, world.actor(world.assessorB.user.id, world.centreB.id), newPlan(world));
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("changing a plan", () => {
  it("a change writes a new version; an edit naming an older version is refused and not applied", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    const first = await edit(world, planId, 1, { place: "Head office" });
    expect(first).toMatchObject({ ok: true, data: { recordVersion: 2, newVersion: true } });
    // A second person still holding version 1 of the row is refused.
    const stale = await edit(world, planId, 1, { place: "Somewhere else" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const plan = await db().assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ place: "Head office", version: 2 });
    expect(await db().recordVersion.count({ where: { recordId: planId } })).toBe(2);
    // Saving with nothing changed keeps the version.
    expect(await edit(world, planId, 2, { place: "Head office" })).toMatchObject({
      ok: true,
      data: { recordVersion: 2, newVersion: false },
    });
  });

  it("two concurrent edits of one version: one is applied, the other refused, and only one new version is kept", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    const results = await Promise.all([edit(world, planId, 1, { place: "Leeds" }), edit(world, planId, 1, { place: "York" })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([expect.objectContaining({ code: "STALE" })]);
    const plan = await db().assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(["Leeds", "York"]).toContain(plan.place);
    const versions = await db().recordVersion.findMany({ where: { recordId: planId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => (v.content as { place: string }).place)).toEqual(["Contact centre, Leeds", plan.place]);
  });

  it("another centre's plan is not found; a conflicted assessor is refused", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const { candidateId: _c, ...fields } = newPlan(world);
    const fromB = await runAction(updateAssessmentPlan, world.actor(world.assessorB.user.id, world.centreB.id), {
      planId,
      version: 1,
      ...fields,
    });
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const conflicted = await runAction(updateAssessmentPlan, world.actor(world.shared.user.id, world.centreA.id), {
      planId,
      version: 1,
      ...fields,
    });
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("the candidate confirming their plan", () => {
  it("signs the version they read; a later change makes a new version and the old signature stays valid for the old version only", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    const confirmed = await runAction(confirmAssessmentPlan, asCandidate(world), { planId, recordVersion: 1, password: testPassword });
    expect(confirmed).toMatchObject({ ok: true, data: { recordVersion: 1 } });
    let plan = await db().assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.status).toBe("AGREED");

    const changed = await edit(world, planId, plan.version, { activities: "Observe three complaint calls." });
    expect(changed).toMatchObject({ ok: true, data: { recordVersion: 2, newVersion: true } });
    plan = await db().assessmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.status).toBe("AWAITING_CANDIDATE");

    const access = await resolveAccessContext(db(), {
      userId: world.candidateA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    const view = await getCandidatePlan(access!, world.candidateInA.id, planId);
    expect(view.recordVersion).toBe(2);
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(view.versions[0]!.signatures).toEqual([]);
    expect(view.versions[1]!.signatures).toEqual([
      expect.objectContaining({
        role: "CANDIDATE",
        statement: "I agree to this assessment plan.",
        valid: true,
        signer: expect.objectContaining({ name: "Cara Candidate" }),
      }),
    ]);
    expect(view.versions[1]!.content?.activities).toContain("Observe two complaint calls.");

    // Signing the old version after the change is refused; the new one can be signed.
    const late = await runAction(confirmAssessmentPlan, asCandidate(world), { planId, recordVersion: 1, password: testPassword });
    expect(late).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/changed while you were reading/) });
    const again = await runAction(confirmAssessmentPlan, asCandidate(world), { planId, recordVersion: 2, password: testPassword });
    expect(again).toMatchObject({ ok: true, data: { recordVersion: 2 } });
    const signatures = await db().signature.findMany({ where: { recordId: planId }, orderBy: { version: "asc" } });
    expect(signatures.map((s) => s.version)).toEqual([1, 2]);
    expect(signatures[0]!.contentSha256).not.toBe(signatures[1]!.contentSha256);
    const audit = await db().auditEvent.findMany({ where: { centreId: world.centreA.id, action: "assessmentPlan.confirm" } });
    expect(audit).toHaveLength(2);
  });

  it("a wrong password refuses signing on the password field and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(confirmAssessmentPlan, asCandidate(world), { planId, recordVersion: 1, password: "not my password" });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { password: [expect.stringMatching(/not your password/)] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    const empty = await runAction(confirmAssessmentPlan, asCandidate(world), { planId, recordVersion: 1, password: "" });
    expect(empty).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { password: ["Enter your password to sign."] } });
  });

  it("a candidate cannot confirm another candidate's plan, nor can staff confirm for them", async () => {
    const world = await createAssessmentWorld();
    const { planId } = await created(world);
    // A second candidate at the same centre.
    const other = await db().user.create({
      data: {
        name: "Olly Other",
        email: `olly.${world.centreA.id}@test.example`,
        passwordHash: (await db().user.findUniqueOrThrow({ where: { id: world.candidateA.user.id } })).passwordHash,
      },
    });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: other.id, role: "CANDIDATE" } });
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const byOther = await runAction(confirmAssessmentPlan, world.actor(other.id, world.centreA.id), {
      planId,
      recordVersion: 1,
      password: testPassword,
    });
    expect(byOther).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const byAssessor = await runAction(confirmAssessmentPlan, asAssessor(world), { planId, recordVersion: 1, password: testPassword });
    expect(byAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const fromB = await runAction(confirmAssessmentPlan, world.actor(world.candidateUserB.id, world.centreB.id), {
      planId,
      recordVersion: 1,
      password: testPassword,
    });
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("reading plans", () => {
  it("staff of the centre and the candidate see the plans; another centre and another candidate do not", async () => {
    const world = await createAssessmentWorld();
    await created(world);
    const accessOf = (userId: string, centreId: string) =>
      resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((a) => a!);
    const asAssessorA = await listCandidatePlans(await accessOf(world.assessorA.user.id, world.centreA.id), world.candidateInA.id);
    expect(asAssessorA.plans.map((p) => p.title)).toEqual(["Complaints: observation and discussion", "Complaints observation"]);
    const asCandidateA = await listCandidatePlans(await accessOf(world.candidateA.user.id, world.centreA.id), world.candidateInA.id);
    expect(asCandidateA.plans).toHaveLength(2);
    await expect(
      listCandidatePlans(await accessOf(world.assessorB.user.id, world.centreB.id), world.candidateInA.id),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      getCandidatePlan(await accessOf(world.assessorB.user.id, world.centreB.id), world.candidateInB.id, world.inCentreA.plan.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      listCandidatePlans(await accessOf(world.candidateUserB.id, world.centreB.id), world.candidateInA.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
