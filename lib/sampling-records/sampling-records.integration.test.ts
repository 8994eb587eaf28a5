import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { readCandidateProgress } from "@/lib/progress/queries";
import { amendUnitDecision } from "@/lib/sign-off/amend-unit-decision";
import { evidenceToSignSha256 } from "@/lib/sign-off/decisions";
import { readUnitPage } from "@/lib/sign-off/queries";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { signUnitDecision } from "@/lib/sign-off/sign-unit-decision";
import { readSignedVersions } from "@/lib/signatures/read-signatures";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { verifiedAtCentreA } from "@/tests/factories/professional-record";
import { testPassword } from "@/tests/factories/centre-world";
import { countersignAsIqa, IQA_STATEMENT } from "./countersign-as-iqa";
import { readRd11, readSamplingItemPage } from "./queries";
import { recordSampling } from "./record-sampling";
import { iqaOfCentreA, inDays, planWithItem, samplingInputNow, signedOffWorld, today } from "@/tests/support/sampling-world";

// Sampling records (RD11), RD07 feedback with actions, reopening on "disagree", the IQA's
// countersignature and the claim block, on a real database through the actions themselves.

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string): Promise<CentreAccess> {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access || access.workspace.kind !== "centre") throw new Error("no centre access");
  return access as CentreAccess;
}

async function unitPageAs(world: AssessmentWorld, userId: string) {
  return readUnitPage(db(), await accessOf(userId, world.centreA.id), world.candidateInA.id, world.unitA.id);
}

async function latestHash(world: AssessmentWorld, decisionId: string) {
  const latest = await db().recordVersion.findFirstOrThrow({
    where: { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId },
    orderBy: { version: "desc" },
  });
  return { version: latest.version, contentSha256: latest.contentSha256 };
}

describe("sampling records (RD11)", () => {
  it("agree: the RD11 entry names the decision's version, the unit page shows it, the unit can be claimed", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const result = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
    expect(result).toMatchObject({ ok: true, data: { reopened: false } });
    const record = await db().samplingRecord.findFirstOrThrow({ where: { planItemId: item.id } });
    expect(record).toMatchObject({
      unitDecisionId: decisionId,
      decisionVersion: 1,
      outcome: "AGREE",
      stage: "SUMMATIVE",
      iqaUserId: iqa.id,
      assessorUserId: world.assessorA.user.id,
      methods: ["OBSERVATION", "WORK_PRODUCT"],
    });
    expect(record.criterionIds).toHaveLength(3);
    expect(await db().iqaFeedback.count({ where: { samplingRecordId: record.id } })).toBe(0);
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "SIGNED_OFF" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "sampling.recordSampling" } });
    expect(audit.summary).toMatchObject({ outcome: "AGREE", decisionVersion: 1, reopened: null });

    const page = await unitPageAs(world, world.adminA.user.id);
    const decision = page.decisions.find((row) => row.id === decisionId)!;
    expect(decision.sampling.map((row) => [row.outcome, row.iqa.name, row.planItem.planId])).toEqual([["AGREE", "Iris Quality", plan.id]]);
    expect(page.claim.canBeClaimed).toBe(true);

    const itemPage = await readSamplingItemPage(await accessOf(iqa.id, world.centreA.id), plan.id, item.id);
    expect(itemPage.record?.outcome).toBe("AGREE");
    expect(itemPage.countersign).toMatchObject({ allowed: true, version: 1 });
  });

  it("agree with action needs feedback and at least one action with a due date not in the past; then RD07 feedback and actions are written", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const noAction = await runAction(recordSampling, actor, await samplingInputNow(world, item.id, { outcome: "AGREE_WITH_ACTION" }));
    expect(noAction).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { actions: [expect.stringContaining("at least one action")], feedbackOnPractice: expect.any(Array) },
    });
    const pastDue = await runAction(
      recordSampling,
      actor,
      await samplingInputNow(world, item.id, {
        outcome: "AGREE_WITH_ACTION",
        feedbackOnPractice: "Record the questions you asked.",
        actions: [{ description: "Write up the questioning", dueOn: "2020-01-01" }],
      }),
    );
    expect(pastDue).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { "actions.0.dueOn": expect.any(Array) } });
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(0);

    const result = await runAction(
      recordSampling,
      actor,
      await samplingInputNow(world, item.id, {
        outcome: "AGREE_WITH_ACTION",
        feedbackOnPractice: "Sound decision. Record the questions you asked and the answers given.",
        actions: [
          { description: "Write up the questioning for criterion 1.3", dueOn: inDays(14) },
          { description: "Attend the next standardisation meeting", dueOn: inDays(30) },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const record = await db().samplingRecord.findFirstOrThrow({
      where: { planItemId: item.id },
      include: { feedback: { include: { actions: true } } },
    });
    expect(record.outcome).toBe("AGREE_WITH_ACTION");
    expect(record.feedback).toMatchObject({ assessorUserId: world.assessorA.user.id, iqaUserId: iqa.id });
    expect(
      record.feedback?.actions.map((action) => [action.description, action.ownerUserId, action.setById, action.status]).sort(),
    ).toEqual([
      ["Attend the next standardisation meeting", world.assessorA.user.id, iqa.id, "OPEN"],
      ["Write up the questioning for criterion 1.3", world.assessorA.user.id, iqa.id, "OPEN"],
    ]);
    // The RD11 lists the entry with its actions and their due dates.
    const rd11 = await readRd11(await accessOf(world.adminA.user.id, world.centreA.id), item.planId);
    expect(rd11.entries).toHaveLength(1);
    expect(rd11.entries[0]?.actions.map((action) => action.dueOn).sort()).toEqual([inDays(14), inDays(30)]);
    // In scope: the sign-off and the world's formative decision, both Alan Assessor's; one is sampled.
    expect(rd11.decisionsInScope).toBe(2);
    expect(rd11.assessors.map((row) => [row.name, row.decisions, row.sampled])).toEqual([["Alan Assessor", 2, 1]]);
    const required = rd11.assessors[0]!.required;
    expect(rd11.met).toBe(required <= 1 && rd11.gaps.every((gap) => gap.severity !== "problem"));
    expect(rd11.gaps.some((gap) => gap.message.includes(world.assessorA.user.id))).toBe(false);
  });

  it("disagree reopens the decision with the IQA's reasons; it stops counting and the claim is blocked until the assessor changes it and signs again", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const reasons = "Criterion 1.2 rests on a complaint log nobody authenticated.";
    const result = await runAction(
      recordSampling,
      world.actor(iqa.id, world.centreA.id),
      await samplingInputNow(world, item.id, {
        outcome: "DISAGREE",
        rationale: reasons,
        feedbackOnPractice: "Authenticate work products before relying on them.",
        actions: [{ description: "Authenticate E1 with the team leader", dueOn: inDays(7) }],
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { reopened: true } });
    const reopened = await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(reopened).toMatchObject({ status: "REOPENED", reopenedReason: reasons, version: 2 });
    expect(reopened.reopenedAt).toBeInstanceOf(Date);

    const access = await accessOf(world.assessorA.user.id, world.centreA.id);
    const progress = await readCandidateProgress(db(), access, world.candidateInA.id);
    expect(progress.ruleOfCombination.achievedUnits).toEqual([]);
    let page = await unitPageAs(world, world.assessorA.user.id);
    expect(page.achievement.state).toBe("notAchieved");
    expect(page.claim.canBeClaimed).toBe(false);
    expect(page.claim.findings.map((finding) => finding.message)).toEqual([
      `IQA disagreed on ${today()}: Criterion 1.2 rests on a complaint log nobody authenticated. The assessor must change the decision and sign it again before the unit can be claimed.`,
    ]);
    // No fresh sign-off beside the reopened one: it is changed and signed again.
    const fresh = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      rationale: "Again",
      decidedOn: "2026-03-21",
      contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
      password: testPassword,
    });
    expect(fresh).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("reopened after the IQA disagreed") });

    // The assessor changes the decision: a new version, recorded (not signed), the reasons kept as history.
    const amended = await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 2,
      rationale: "Every criterion met; E1 authenticated by the team leader on the day.",
      decidedOn: "2026-03-20",
    });
    expect(amended).toMatchObject({ ok: true, data: { newVersion: 2 } });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({
      status: "RECORDED",
      reopenedReason: reasons,
    });
    page = await unitPageAs(world, world.assessorA.user.id);
    expect(page.claim.findings.map((finding) => finding.code)).toEqual(["claim.not-signed"]);

    // Signed again: it counts again, but the claim waits for the IQA to sample it again (the disagreement stays in the RD11).
    const signedAgain = await runAction(signUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 3,
      contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
      password: testPassword,
    });
    expect(signedAgain).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
    page = await unitPageAs(world, world.assessorA.user.id);
    expect(page.achievement.state).toBe("achieved");
    expect(page.claim.canBeClaimed).toBe(false);
    expect(page.claim.findings.map((finding) => finding.message)).toEqual([
      `Changed and signed again after the IQA disagreed on ${today()}; waiting for the IQA to sample it again.`,
    ]);
    const progressAfter = await readCandidateProgress(db(), access, world.candidateInA.id);
    expect(progressAfter.ruleOfCombination.achievedUnits.map((unit) => unit.urn)).toEqual([world.unitA.urn]);
    expect(await db().samplingRecord.count({ where: { unitDecisionId: decisionId, outcome: "DISAGREE" } })).toBe(1);

    // The IQA samples it again on the same plan item and agrees: resolved, the unit can be claimed.
    const followUp = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
    expect(followUp).toMatchObject({ ok: true, data: { reopened: false, followUp: true } });
    expect(
      (await db().samplingRecord.findMany({ where: { planItemId: item.id }, orderBy: { createdAt: "asc" } })).map((record) => [
        record.outcome,
        record.decisionVersion,
      ]),
    ).toEqual([
      ["DISAGREE", 1],
      ["AGREE", 2],
    ]);
    page = await unitPageAs(world, world.assessorA.user.id);
    expect(page.claim.canBeClaimed).toBe(true);
    expect(page.claim.findings).toEqual([]);
  });

  it("a formative (interim) decision is sampled at version 0; disagreeing reopens it, and changing it puts it back to recorded", async () => {
    const world = await createAssessmentWorld();
    const iqa = await iqaOfCentreA(world);
    const decisionId = world.inCentreA.decision.id;
    const { item } = await planWithItem(world, iqa.id, decisionId, { stage: "INTERIM" });
    const result = await runAction(
      recordSampling,
      world.actor(iqa.id, world.centreA.id),
      await samplingInputNow(world, item.id, {
        outcome: "DISAGREE",
        rationale: "Progress overstated.",
        feedbackOnPractice: "Judge against the criteria.",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db().samplingRecord.findFirstOrThrow({ where: { planItemId: item.id } })).toMatchObject({
      decisionVersion: 0,
      stage: "INTERIM",
    });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "REOPENED" });
    const amended = await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 2,
      rationale: "Two criteria to go; 1.2 not yet evidenced.",
      decidedOn: "2026-03-03",
    });
    expect(amended).toMatchObject({ ok: true, data: { newVersion: null } });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({
      status: "RECORDED",
      reopenedReason: "Progress overstated.",
    });
  });

  it("an item is sampled once: a second attempt, and two at the same moment, get a clear refusal", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const results = await Promise.all([
      runAction(recordSampling, actor, await samplingInputNow(world, item.id)),
      runAction(recordSampling, actor, await samplingInputNow(world, item.id, { rationale: "Sound, as the other tab said." })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("already been sampled"),
    });
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(1);
    const again = await runAction(recordSampling, actor, await samplingInputNow(world, item.id));
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("already been sampled") });
  });

  it("the IQA countersigns the sampled version with their password; a later change leaves that signature on the old version only", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const sampled = await runAction(recordSampling, actor, await samplingInputNow(world, item.id, { outcome: "AGREE" }));
    if (!sampled.ok) throw new Error(sampled.message);
    const shown = await latestHash(world, decisionId);
    const input = { samplingRecordId: sampled.data.samplingRecordId, decisionVersion: shown.version, contentSha256: shown.contentSha256 };

    const wrong = await runAction(countersignAsIqa, actor, { ...input, password: "not it" });
    expect(wrong).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { password: expect.any(Array) } });
    const otherHash = await runAction(countersignAsIqa, actor, { ...input, contentSha256: "f".repeat(64), password: testPassword });
    expect(otherHash).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("changed while you were reading") });
    const notTheIqa = await runAction(countersignAsIqa, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...input,
      password: testPassword,
    });
    expect(notTheIqa).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const signed = await runAction(countersignAsIqa, actor, { ...input, password: testPassword });
    expect(signed).toMatchObject({ ok: true, data: { version: 1 } });
    const twice = await runAction(countersignAsIqa, actor, { ...input, password: testPassword });
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("already countersigned by Iris Quality") });
    const ref = { centreId: world.centreA.id, recordType: "UNIT_DECISION" as const, recordId: decisionId };
    let versions = await readSignedVersions(db(), ref);
    expect(versions.map((v) => [v.version, v.signatures.map((s) => [s.role, s.valid])])).toEqual([
      [
        1,
        [
          ["ASSESSOR", true],
          ["IQA", true],
        ],
      ],
    ]);
    const iqaSignature = await db().signature.findFirstOrThrow({ where: { recordId: decisionId, role: "IQA" } });
    expect(iqaSignature).toMatchObject({ version: 1, contentSha256: shown.contentSha256, statement: IQA_STATEMENT, signerUserId: iqa.id });
    let page = await unitPageAs(world, world.adminA.user.id);
    let decision = page.decisions.find((row) => row.id === decisionId)!;
    expect(decision.iqaSignature.current?.signer.name).toBe("Iris Quality");

    // The assessor changes the decision: version 2, which the IQA has not signed. (The countersignature moved the
    // decision's row on a version: a form read before it would be refused.)
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ version: 2, status: "SIGNED_OFF" });
    const amended = await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 2,
      rationale: "Every criterion met; see also the professional discussion.",
      decidedOn: "2026-03-20",
    });
    expect(amended).toMatchObject({ ok: true, data: { newVersion: 2 } });
    versions = await readSignedVersions(db(), ref);
    expect(versions.map((v) => [v.version, v.signatures.map((s) => [s.role, s.valid])])).toEqual([
      [2, []],
      [
        1,
        [
          ["ASSESSOR", true],
          ["IQA", true],
        ],
      ],
    ]);
    page = await unitPageAs(world, world.adminA.user.id);
    decision = page.decisions.find((row) => row.id === decisionId)!;
    expect(decision.iqaSignature).toMatchObject({ current: null, currentVersion: 2, latestSignedVersion: { version: 1 } });
    // Signed again by the assessor, it is not the version the IQA sampled: countersigning it is refused.
    const resigned = await runAction(signUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 3,
      contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
      password: testPassword,
    });
    expect(resigned).toMatchObject({ ok: true });
    const latest = await latestHash(world, decisionId);
    const stale = await runAction(countersignAsIqa, actor, {
      samplingRecordId: sampled.data.samplingRecordId,
      decisionVersion: latest.version,
      contentSha256: latest.contentSha256,
      password: testPassword,
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "You sampled version 1 of this decision; it is now version 2. Sample it again before countersigning.",
    });
    const itemPage = await readSamplingItemPage(await accessOf(iqa.id, world.centreA.id), plan.id, item.id);
    expect(itemPage.countersign).toMatchObject({ allowed: false });
  });

  it("a disagreement or an interim decision is not countersigned", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const sampled = await runAction(
      recordSampling,
      actor,
      await samplingInputNow(world, item.id, { outcome: "DISAGREE", feedbackOnPractice: "Authenticate E1." }),
    );
    if (!sampled.ok) throw new Error(sampled.message);
    const shown = await latestHash(world, decisionId);
    const refused = await runAction(countersignAsIqa, actor, {
      samplingRecordId: sampled.data.samplingRecordId,
      decisionVersion: shown.version,
      contentSha256: shown.contentSha256,
      password: testPassword,
    });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("You disagreed") });
    expect(await db().signature.count({ where: { recordId: decisionId, role: "IQA" } })).toBe(0);
  });

  it("an IQA may not sample their own decision, nor a candidate they declared a conflict with; only the plan's IQA samples, and only a recorded plan", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    // The assessor is also an IQA of the centre: their own decision is refused.
    await db().membership.create({ data: { centreId: world.centreA.id, userId: world.assessorA.user.id, role: "IQA" } });
    const ownQualification = await db().staffQualification.create({
      data: { userId: world.assessorA.user.id, code: "AWARD_IQA", held: true },
    });
    await verifiedAtCentreA(world, { staffQualificationId: ownQualification.id });
    const own = await planWithItem(world, world.assessorA.user.id, decisionId);
    const ownResult = await runAction(
      recordSampling,
      world.actor(world.assessorA.user.id, world.centreA.id),
      await samplingInputNow(world, own.item.id),
    );
    expect(ownResult).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("You made this assessment decision") });

    // A conflict declared after the plan was recorded is checked at the moment of sampling.
    const { item } = await planWithItem(world, iqa.id, decisionId);
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: iqa.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-02-01"),
      },
    });
    const conflicted = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("is a member of your family") });

    // Another IQA of the centre is not the plan's IQA; an assessor has no sampling permission at all.
    const other = await iqaOfCentreA(world, "Olga Other");
    const notPlanIqa = await runAction(recordSampling, world.actor(other.id, world.centreA.id), await samplingInputNow(world, item.id));
    expect(notPlanIqa).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("Iris Quality") });
    const assessorB = await runAction(
      recordSampling,
      world.actor(world.shared.user.id, world.centreA.id),
      await samplingInputNow(world, item.id),
    );
    expect(assessorB).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const draft = await planWithItem(world, other.id, decisionId, { status: "DRAFT" });
    const draftResult = await runAction(
      recordSampling,
      world.actor(other.id, world.centreA.id),
      await samplingInputNow(world, draft.item.id),
    );
    expect(draftResult).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("still a draft") });

    const dropped = await planWithItem(world, other.id, decisionId);
    await db().samplingPlanItem.update({
      where: { id: dropped.item.id },
      data: { droppedAt: new Date(), droppedReason: "Sampled last quarter", droppedById: other.id },
    });
    const droppedResult = await runAction(
      recordSampling,
      world.actor(other.id, world.centreA.id),
      await samplingInputNow(world, dropped.item.id),
    );
    expect(droppedResult).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("Sampled last quarter") });

    // Criteria of another unit and another candidate's evidence are refused next to their fields.
    const wrongFields = await runAction(
      recordSampling,
      world.actor(other.id, world.centreA.id),
      await samplingInputNow(world, (await planWithItem(world, other.id, decisionId)).item.id, {
        criterionIds: [world.unitB.criteria[0]!.id],
      }),
    );
    expect(wrongFields).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { criterionIds: expect.any(Array) } });
    expect(await db().samplingRecord.count({ where: { centreId: world.centreA.id } })).toBe(0);
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "SIGNED_OFF" });
  });
});
