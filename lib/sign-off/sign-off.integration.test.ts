import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { readCandidateProgress } from "@/lib/progress/queries";
import { contentSha256 } from "@/lib/signatures/canonical";
import { isCurrentlySigned, readSignedVersions } from "@/lib/signatures/read-signatures";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { assessorQualification, competentForUnitA, evidenceUnitAInFull, verifiedAtCentreA } from "@/tests/factories/professional-record";
import { createUser, testPassword } from "@/tests/factories/centre-world";
import { amendUnitDecision } from "./amend-unit-decision";
import { countersignUnitDecision } from "./countersign-unit-decision";
import { declarationRecordId } from "./declaration-content";
import { readUnitPage } from "./queries";
import { recordFormativeDecision } from "./record-formative-decision";
import { signOffUnit } from "./sign-off-unit";
import { signUnitDeclaration } from "./sign-unit-declaration";
import { signUnitDecision } from "./sign-unit-decision";
import { evidenceToSignSha256 } from "./decisions";
import { loadUnitOfCandidate, loadUnitRecords } from "./unit-records";

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string): Promise<CentreAccess> {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access || access.workspace.kind !== "centre") throw new Error("no centre access");
  return access as CentreAccess;
}

/** Centre A's candidate, unit A fully evidenced, the assessor competent for it and holding (or working towards) CAVA. */
async function readyWorld(options: { assessorHolds?: boolean | null } = {}) {
  const world = await createAssessmentWorld();
  await evidenceUnitAInFull(world);
  await competentForUnitA(world, world.assessorA.user.id);
  if (options.assessorHolds !== null) {
    await assessorQualification(world, world.assessorA.user.id, "CAVA", options.assessorHolds ?? true);
  }
  return world;
}

async function currentDeclarationHash(world: AssessmentWorld) {
  const unit = await loadUnitOfCandidate(db(), world.candidateInA, world.unitA.id);
  const records = await loadUnitRecords(db(), world.centreA.id, world.candidateInA.id, unit);
  return contentSha256(records.declaration);
}

async function signDeclaration(world: AssessmentWorld) {
  const result = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, world.centreA.id), {
    candidateId: world.candidateInA.id,
    unitId: world.unitA.id,
    contentSha256: await currentDeclarationHash(world),
    password: testPassword,
  });
  expect(result).toMatchObject({ ok: true });
}

/** The hash of the evidence the unit page shows the assessor (what the sign-off form carries). */
async function shownEvidence(world: AssessmentWorld, assessorUserId = world.assessorA.user.id) {
  return evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, assessorUserId);
}

/** The hash of the decision's latest version (what the countersign form carries). */
async function shownDecision(world: AssessmentWorld, decisionId: string) {
  const latest = await db().recordVersion.findFirst({
    where: { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId },
    orderBy: { version: "desc" },
  });
  return latest?.contentSha256 ?? "";
}

const signOffInput = async (world: AssessmentWorld, overrides: Record<string, unknown> = {}) => ({
  candidateId: world.candidateInA.id,
  unitId: world.unitA.id,
  rationale: "Every criterion met through the observation and the work products.",
  decidedOn: "2026-03-20",
  contentSha256: await shownEvidence(world),
  password: testPassword,
  ...overrides,
});

async function progressOf(world: AssessmentWorld) {
  return readCandidateProgress(db(), await accessOf(world.assessorA.user.id, world.centreA.id), world.candidateInA.id);
}

describe("unit sign-off", () => {
  it("is refused with every unmet condition, and nothing is recorded", async () => {
    const world = await createAssessmentWorld();
    await assessorQualification(world, world.assessorA.user.id, "CAVA", true);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(result).toEqual({
      ok: false,
      code: "CONFLICT",
      message:
        "This unit cannot be signed off yet. No accepted evidence covers assessment criteria 1.2 and 1.3. All criteria must be met before the unit is signed off. " +
        "The candidate has not signed the declaration that the work is their own. " +
        `Your record does not show you as occupationally competent to assess Resolve complaints (${world.unitA.urn}). Another assessor must sign it off.`,
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    // The page lists the same conditions and offers no sign-off form.
    const page = await readUnitPage(db(), await accessOf(world.assessorA.user.id, world.centreA.id), world.candidateInA.id, world.unitA.id);
    expect(page.readiness?.ready).toBe(false);
    expect(page.readiness?.findings.filter((f) => f.severity === "problem").map((f) => f.code)).toEqual([
      "sign-off.criteria-not-covered",
      "sign-off.declaration-not-signed",
      "sign-off.assessor-not-competent",
    ]);
  });

  it("a qualified assessor signs a ready unit off: version 1 signed, the unit counts towards the rule of combination", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const result = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(result).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
    const decisionId = (result as { data: { decisionId: string } }).data.decisionId;
    const decision = await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(decision).toMatchObject({ decisionType: "SUMMATIVE", outcome: "ACHIEVED", status: "SIGNED_OFF" });
    const [version] = await readSignedVersions(db(), { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId });
    expect(version?.version).toBe(1);
    expect(version?.signatures.map((s) => [s.role, s.valid])).toEqual([["ASSESSOR", true]]);
    const content = version?.content as { evidenceReliedOn: { label: string }[]; candidateDeclaration: { version: number } };
    expect(content.evidenceReliedOn.map((item) => item.label).sort()).toEqual([
      "E1 Complaint log",
      "E3 Escalation email",
      "Observation 2026-03-02",
    ]);
    expect(content.candidateDeclaration.version).toBe(1);
    const progress = await progressOf(world);
    expect(progress.ruleOfCombination.achievedUnits.map((unit) => unit.urn)).toEqual([world.unitA.urn]);
    expect(progress.units.find((u) => u.unit.id === world.unitA.id)?.achievement.state).toBe("achieved");
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "signOff.signOffUnit" } })).toBe(1);
  });

  it("an assessor with no assessor qualification is refused with the rule's words", async () => {
    const world = await readyWorld({ assessorHolds: null });
    await signDeclaration(world);
    const result = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/^To assess you must hold, or be working towards, one of: /),
    });
    expect(await db().unitDecision.count({ where: { candidateId: world.candidateInA.id, decisionType: "SUMMATIVE" } })).toBe(0);
  });

  it("a wrong password refuses signing and records nothing", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(
      signOffUnit,
      world.actor(world.assessorA.user.id, world.centreA.id),
      await signOffInput(world, { password: "not my password" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { password: [expect.stringContaining("not your password")] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    const declaration = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      contentSha256: await currentDeclarationHash(world),
      password: "wrong",
    });
    expect(declaration).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("bad input changes nothing; another centre's candidate is not found", async () => {
    const world = await readyWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const bad = await runAction(
      signOffUnit,
      world.actor(world.assessorA.user.id, world.centreA.id),
      await signOffInput(world, { rationale: " ", decidedOn: "2026-02-30x" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { rationale: expect.any(Array), decidedOn: expect.any(Array) },
    });
    const foreign = await runAction(signOffUnit, world.actor(world.assessorB.user.id, world.centreB.id), await signOffInput(world));
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreignUnit = await runAction(
      signOffUnit,
      world.actor(world.assessorA.user.id, world.centreA.id),
      await signOffInput(world, { unitId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(foreignUnit).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("two concurrent sign-offs of one unit: the second is refused", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const input = await signOffInput(world);
    const results = await Promise.all([runAction(signOffUnit, actor, input), runAction(signOffUnit, actor, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", message: "This unit has already been signed off." });
    expect(await db().unitDecision.count({ where: { candidateId: world.candidateInA.id, decisionType: "SUMMATIVE" } })).toBe(1);
  });
});

describe("the candidate's declaration", () => {
  it("is invalidated by changed evidence and must be signed again", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const ref = {
      centreId: world.centreA.id,
      recordType: "UNIT_EVIDENCE_DECLARATION" as const,
      recordId: declarationRecordId(world.candidateInA.id, world.unitA.id),
    };
    const unit = await loadUnitOfCandidate(db(), world.candidateInA, world.unitA.id);
    const before = await loadUnitRecords(db(), world.centreA.id, world.candidateInA.id, unit);
    expect(await isCurrentlySigned(db(), ref, before.declaration, "CANDIDATE")).not.toBeNull();
    await db().evidenceItem.update({ where: { id: world.inCentreA.evidence.id }, data: { title: "Complaint log (second draft)" } });
    const after = await loadUnitRecords(db(), world.centreA.id, world.candidateInA.id, unit);
    expect(await isCurrentlySigned(db(), ref, after.declaration, "CANDIDATE")).toBeNull();
    const refused = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(refused).toMatchObject({
      ok: false,
      message: "This unit cannot be signed off yet. The candidate has not signed the declaration that the work is their own.",
    });
    // Signing with the hash of the old list is refused: the candidate must read the new one.
    const stale = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      contentSha256: contentSha256(before.declaration),
      password: testPassword,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    await signDeclaration(world);
    expect((await readSignedVersions(db(), ref)).map((v) => [v.version, v.signatures.length])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world))).toMatchObject({
      ok: true,
    });
  });

  it("only the candidate themselves signs it; staff and another candidate cannot", async () => {
    const world = await readyWorld();
    const input = {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      contentSha256: await currentDeclarationHash(world),
      password: testPassword,
    };
    expect(await runAction(signUnitDeclaration, world.actor(world.assessorA.user.id, world.centreA.id), input)).toMatchObject({
      ok: false,
    });
    expect(await runAction(signUnitDeclaration, world.actor(world.candidateUserB.id, world.centreB.id), input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db().signature.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});

describe("countersigning (handbook 4.2)", () => {
  it("a decision by an assessor working towards their qualification awaits countersignature and does not count", async () => {
    const world = await readyWorld({ assessorHolds: false });
    await signDeclaration(world);
    const signed = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(signed).toMatchObject({ ok: true, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    let progress = await progressOf(world);
    expect(progress.ruleOfCombination.achievedUnits).toEqual([]);
    expect(progress.units.find((u) => u.unit.id === world.unitA.id)?.achievement.state).toBe("awaitingCountersignature");

    // Self-countersigning is refused.
    const self = await runAction(countersignUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: testPassword,
    });
    expect(self).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("An assessor cannot countersign their own decision."),
    });

    // A colleague who declared a conflict with the candidate is refused, saying why.
    await assessorQualification(world, world.shared.user.id, "CAVA", true);
    const conflicted = await runAction(countersignUnitDecision, world.actor(world.shared.user.id, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: testPassword,
    });
    expect(conflicted).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("social connection") });

    // A colleague who is not qualified is refused.
    const colleague = (await createUser("Cleo Colleague")).id;
    await db().membership.create({ data: { centreId: world.centreA.id, userId: colleague, role: "ASSESSOR" } });
    const a1 = await assessorQualification(world, colleague, "A1", false);
    const unqualified = await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: testPassword,
    });
    expect(unqualified).toMatchObject({ ok: false, message: "The countersignature must be by a qualified assessor." });

    // A qualified colleague countersigns: it counts.
    await db().staffQualification.update({ where: { userId_code: { userId: colleague, code: "A1" } }, data: { held: true } });
    await verifiedAtCentreA(world, { staffQualificationId: a1.id });
    const wrongPassword = await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: "nope",
    });
    expect(wrongPassword).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const countersigned = await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: testPassword,
    });
    expect(countersigned).toMatchObject({ ok: true });
    const [version] = await readSignedVersions(db(), { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId });
    expect(version?.signatures.map((s) => [s.role, s.signer.name, s.valid])).toEqual([
      ["ASSESSOR", "Alan Assessor", true],
      ["COUNTERSIGNING_ASSESSOR", "Cleo Colleague", true],
    ]);
    progress = await progressOf(world);
    expect(progress.ruleOfCombination.achievedUnits.map((unit) => unit.urn)).toEqual([world.unitA.urn]);

    // A second countersignature of the same version (read at the old version) is refused.
    const again = await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), {
      decisionId,
      version: 1,
      contentSha256: await shownDecision(world, decisionId),
      password: testPassword,
    });
    expect(again).toMatchObject({ ok: false, code: "STALE" });
  });
});

describe("changing a decision after signing", () => {
  it("writes a new version that needs signing again; the old signature stays valid for the old version only", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const signed = await runAction(signOffUnit, actor, await signOffInput(world));
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    const ref = { centreId: world.centreA.id, recordType: "UNIT_DECISION" as const, recordId: decisionId };

    const amended = await runAction(amendUnitDecision, actor, {
      decisionId,
      version: 1,
      rationale: "Every criterion met; the escalation email shows 1.3 clearly.",
      decidedOn: "2026-03-21",
    });
    expect(amended).toMatchObject({ ok: true, data: { newVersion: 2 } });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "RECORDED", version: 2 });
    let versions = await readSignedVersions(db(), ref);
    expect(versions.map((v) => [v.version, v.signatures.map((s) => s.valid)])).toEqual([
      [2, []],
      [1, [true]],
    ]);
    expect((versions[0]?.content as { rationale: string }).rationale).toMatch(/escalation email/);
    expect((versions[1]?.content as { rationale: string }).rationale).toMatch(/observation and the work products/);
    expect(await isCurrentlySigned(db(), ref, versions[0]?.content, "ASSESSOR")).toBeNull();
    expect((await progressOf(world)).ruleOfCombination.achievedUnits).toEqual([]);

    // A stale amendment (read at version 1) is refused.
    const stale = await runAction(amendUnitDecision, actor, {
      decisionId,
      version: 1,
      rationale: "Something else",
      decidedOn: "2026-03-21",
    });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });

    const resigned = await runAction(signUnitDecision, actor, {
      decisionId,
      version: 2,
      contentSha256: await shownEvidence(world),
      password: testPassword,
    });
    expect(resigned).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
    versions = await readSignedVersions(db(), ref);
    expect(versions.map((v) => [v.version, v.signatures.map((s) => s.valid)])).toEqual([
      [2, [true]],
      [1, [true]],
    ]);
    expect((await progressOf(world)).ruleOfCombination.achievedUnits.map((unit) => unit.urn)).toEqual([world.unitA.urn]);
  });

  it("two concurrent amendments of one decision: the second is refused", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const signed = await runAction(signOffUnit, actor, await signOffInput(world));
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    const results = await Promise.all([
      runAction(amendUnitDecision, actor, { decisionId, version: 1, rationale: "First change", decidedOn: "2026-03-20" }),
      runAction(amendUnitDecision, actor, { decisionId, version: 1, rationale: "Second change", decidedOn: "2026-03-20" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "STALE" });
    expect((await readSignedVersions(db(), { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId })).length).toBe(
      2,
    );
  });

  it("another assessor cannot change a decision; another centre's decision is not found", async () => {
    const world = await readyWorld();
    const decision = world.inCentreA.decision;
    const input = { decisionId: decision.id, version: 1, rationale: "Changed", decidedOn: "2026-03-04" };
    expect(await runAction(amendUnitDecision, world.actor(world.shared.user.id, world.centreA.id), input)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await runAction(amendUnitDecision, world.actor(world.assessorB.user.id, world.centreB.id), input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decision.id } })).toMatchObject({
      rationale: "Two criteria to go",
      version: 1,
    });
  });
});

describe("formative decisions", () => {
  it("are recorded with outcome and rationale, unsigned, and never count; a formative amendment writes no version", async () => {
    const world = await readyWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const bad = await runAction(recordFormativeDecision, actor, {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      outcome: "MAYBE",
      rationale: "",
      decidedOn: "2026-03-05",
    });
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { outcome: expect.any(Array), rationale: expect.any(Array) },
    });
    const result = await runAction(recordFormativeDecision, actor, {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      outcome: "ACHIEVED",
      rationale: "Looks complete; waiting for the declaration.",
      decidedOn: "2026-03-05",
    });
    expect(result).toMatchObject({ ok: true });
    const decisionId = (result as { data: { decisionId: string } }).data.decisionId;
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({
      decisionType: "FORMATIVE",
      status: "RECORDED",
    });
    expect((await progressOf(world)).ruleOfCombination.achievedUnits).toEqual([]);
    const amended = await runAction(amendUnitDecision, actor, { decisionId, version: 1, rationale: "Updated", decidedOn: "2026-03-06" });
    expect(amended).toMatchObject({ ok: true, data: { newVersion: null } });
    expect(await db().recordVersion.count({ where: { recordId: decisionId } })).toBe(0);
  });

  it("a declared conflict stops the assessor recording a decision, and says why", async () => {
    const world = await readyWorld();
    const result = await runAction(recordFormativeDecision, world.actor(world.shared.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      outcome: "NOT_YET_ACHIEVED",
      rationale: "More evidence needed.",
      decidedOn: "2026-03-05",
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("signing only what the page showed", () => {
  const changed = "This unit's evidence changed while you were reading it. Read it again, then sign.";

  /** Someone else adds accepted evidence for the unit after the assessor read the page. */
  async function evidenceAddedMeanwhile(world: AssessmentWorld) {
    await db().evidenceItem.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        reference: "E9",
        title: "A call recording accepted by a colleague",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        status: "ACCEPTED",
        submittedById: world.candidateA.user.id,
        criteria: { create: [{ centreId: world.centreA.id, criterionId: world.unitA.criteria[0]!.id, judgement: "MET" }] },
      },
    });
  }

  it("a sign-off on evidence that changed between reading and signing is refused and records nothing", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const input = await signOffInput(world);
    await evidenceAddedMeanwhile(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), input);
    expect(result).toEqual({ ok: false, code: "CONFLICT", message: changed });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    // The page read again carries the new hash (the unit now needs the candidate's declaration again).
    expect(await shownEvidence(world)).not.toBe(input.contentSha256);
  });

  it("signing again on changed evidence is refused and records nothing", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const signed = await runAction(signOffUnit, actor, await signOffInput(world));
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    await runAction(amendUnitDecision, actor, { decisionId, version: 1, rationale: "Clearer rationale.", decidedOn: "2026-03-21" });
    const shown = await shownEvidence(world);
    await evidenceAddedMeanwhile(world);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const result = await runAction(signUnitDecision, actor, { decisionId, version: 2, contentSha256: shown, password: testPassword });
    expect(result).toEqual({ ok: false, code: "CONFLICT", message: changed });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("a countersignature on a version other than the one shown is refused and records nothing", async () => {
    const world = await readyWorld({ assessorHolds: false });
    await signDeclaration(world);
    const signed = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), await signOffInput(world));
    expect(signed).toMatchObject({ ok: true, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    const colleague = (await createUser("Cleo Colleague")).id;
    await db().membership.create({ data: { centreId: world.centreA.id, userId: colleague, role: "ASSESSOR" } });
    await assessorQualification(world, colleague, "CAVA", true);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const actor = world.actor(colleague, world.centreA.id);
    const input = { decisionId, version: 1, password: testPassword };
    expect(await runAction(countersignUnitDecision, actor, { ...input, contentSha256: "f".repeat(64) })).toEqual({
      ok: false,
      code: "CONFLICT",
      message: changed,
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    expect(
      await runAction(countersignUnitDecision, actor, { ...input, contentSha256: await shownDecision(world, decisionId) }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("the unit page's sign-off hash is the one the action checks", async () => {
    const world = await readyWorld();
    await signDeclaration(world);
    const page = await readUnitPage(db(), await accessOf(world.assessorA.user.id, world.centreA.id), world.candidateInA.id, world.unitA.id);
    expect(page.assessor?.evidenceSha256).toBe(await shownEvidence(world));
    const result = await runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), {
      ...(await signOffInput(world)),
      contentSha256: page.assessor?.evidenceSha256,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
  });
});
