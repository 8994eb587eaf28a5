import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { recordActivity } from "@/lib/activities/record-activity";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { allocateStaff } from "@/lib/candidates/allocate-staff";
import { getRegistration } from "@/lib/candidates/queries";
import { getPrisma } from "@/lib/db/client";
import { applyExclusions, samplingConflicts, type ScopedDecision } from "@/lib/sampling/decisions-in-scope";
import { iqaQualityAssuranceFindings } from "@/lib/sampling-records/iqa-checks";
import { isoDay } from "@/lib/format/dates";
import { createAssessmentWorld, centreAssessmentSnapshot, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentre, createUser } from "@/tests/factories/centre-world";
import { declareConflict } from "./declare-conflict";
import { endConflict } from "./end-conflict";
import { conflictRegister, ownConflictRecord, ownDeclarationsAtCentre } from "./queries";
import { schoolConflicts } from "./rule-declarations";

const db = () => getPrisma();
const today = isoDay(new Date());

async function accessOf(userId: string, workspaceKey?: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey ?? null });
  if (!access) throw new Error("no access");
  return access;
}

const aboutCandidate = (world: AssessmentWorld, change: object = {}) => ({
  subject: "CANDIDATE",
  centreId: world.centreA.id,
  candidateId: world.candidateInA.id,
  schoolId: "",
  relationship: "LINE_MANAGER",
  details: "I managed Cara at Acme until last year.",
  declaredOn: "2026-03-01",
  ...change,
});

describe("declaring a conflict of interest about a candidate", () => {
  it("is saved; when it blocks the declarer's own allocation the admin sees the assessor must be reallocated", async () => {
    const world = await createAssessmentWorld();
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    const result = await runAction(declareConflict, asAssessor, aboutCandidate(world));
    expect(result).toMatchObject({ ok: true, data: { blocks: true, allocatedAndBlocked: ["assessor"], about: "Cara Candidate" } });
    const record = await ownConflictRecord(await accessOf(world.assessorA.user.id));
    expect(record?.declarations.map((row) => [row.subject, row.relationship, row.details, row.candidate?.name, row.centre?.name])).toEqual([
      ["CANDIDATE", "LINE_MANAGER", "I managed Cara at Acme until last year.", "Cara Candidate", "Alpha College"],
    ]);
    // Only the candidates of the centres where the person assesses are offered.
    expect(record?.choices.candidates.map((candidate) => candidate.name)).toEqual(["Cara Candidate"]);
    // The allocation is not changed by the declaration, but the registration says it is conflicted...
    const admin = await accessOf(world.adminA.user.id);
    const registration = await getRegistration(admin, world.candidateInA.id, new Date("2026-03-02"));
    expect(registration.candidate.assessorUserId).toBe(world.assessorA.user.id);
    expect(registration.conflicts.assessor).toEqual([
      "Alan Assessor declared on 2026-03-01 a conflict of interest with Cara Candidate (line manager (either way); ICS assessor code A2), so they may not assess them.",
    ]);
    // ...and allocating them again is refused.
    const again = await runAction(allocateStaff, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      version: 1,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: "",
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    // The entry is on the centre's audit chain.
    const entry = await db().auditEvent.findFirst({
      where: { action: "conflict.declare", targetId: (result as { data: { declarationId: string } }).data.declarationId },
    });
    expect(entry).toMatchObject({ centreId: world.centreA.id });
  });

  it("general support is a school relationship, refused for a candidate; one stored earlier is noted but does not block", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(
      declareConflict,
      world.actor(world.assessorA.user.id, world.centreA.id),
      aboutCandidate(world, { relationship: "GENERAL_SUPPORT", details: "" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { relationship: [expect.stringContaining("with a school only")] } });
    expect(await getPrisma().conflictOfInterestDeclaration.count({ where: { staffUserId: world.assessorA.user.id } })).toBe(0);
    await getPrisma().conflictOfInterestDeclaration.create({
      data: {
        subject: "CANDIDATE",
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        staffUserId: world.assessorA.user.id,
        relationship: "GENERAL_SUPPORT",
        declaredOn: new Date("2026-03-01"),
      },
    });
    const registration = await getRegistration(await accessOf(world.adminA.user.id), world.candidateInA.id, new Date("2026-03-02"));
    expect(registration.conflicts.assessor).toEqual([]);
    expect(registration.conflicts.notes).toEqual([expect.stringContaining("This does not stop them")]);
  });

  it("a candidate of a centre where the person does not assess is not found, as is a candidate named with the wrong centre", async () => {
    const world = await createAssessmentWorld();
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const beforeA = await centreAssessmentSnapshot(world.centreA.id);
    const beforeB = await centreAssessmentSnapshot(world.centreB.id);
    for (const change of [
      { centreId: world.centreB.id, candidateId: world.candidateInB.id },
      { centreId: world.centreA.id, candidateId: world.candidateInB.id },
      { centreId: world.centreA.id, candidateId: "00000000-0000-4000-8000-000000000000" },
    ]) {
      expect(await runAction(declareConflict, asAlan, aboutCandidate(world, change))).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
        fieldErrors: { candidateId: ["Candidate not found."] },
      });
    }
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(beforeA);
    expect(await centreAssessmentSnapshot(world.centreB.id)).toEqual(beforeB);
  });

  it("refuses bad input, a future date and a repeat, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const input = aboutCandidate(world, { relationship: "FAMILY", details: "" });
    expect(await runAction(declareConflict, asAssessor, { ...input, relationship: "COUSIN" })).toMatchObject({
      ok: false,
      fieldErrors: { relationship: ["Choose the relationship."] },
    });
    expect(await runAction(declareConflict, asAssessor, { ...input, candidateId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { candidateId: ["Choose a candidate."] },
    });
    // Supporting a self-review is a relationship with a school, never with a candidate or a centre.
    expect(await runAction(declareConflict, asAssessor, { ...input, relationship: "SUPPORTED_SELF_REVIEW" })).toMatchObject({
      ok: false,
      fieldErrors: { relationship: ["That relationship is with a school only; choose how you know the candidate."] },
    });
    expect(
      await runAction(declareConflict, asAssessor, { ...input, subject: "CENTRE", candidateId: "", relationship: "GENERAL_SUPPORT" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { relationship: ["That relationship is with a school only; choose how you know the centre."] },
    });
    expect(await runAction(declareConflict, asAssessor, { ...input, declaredOn: "2099-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { declaredOn: ["The declaration date cannot be in the future."] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    expect(await runAction(declareConflict, asAssessor, input)).toMatchObject({ ok: true });
    expect(await runAction(declareConflict, asAssessor, input)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a centre admin (neither assessor nor IQA anywhere) cannot declare", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(declareConflict, world.actor(world.adminA.user.id, world.centreA.id), aboutCandidate(world));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await ownConflictRecord(await accessOf(world.adminA.user.id))).toBeNull();
  });
});

describe("declaring a conflict of interest about a whole centre", () => {
  it("blocks allocation and recording for every candidate at that centre, and only there", async () => {
    const world = await createAssessmentWorld();
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const result = await runAction(declareConflict, asAlan, {
      subject: "CENTRE",
      centreId: world.centreA.id,
      candidateId: "",
      schoolId: "",
      relationship: "FINANCIAL_INTEREST",
      details: "I own shares in Alpha College's parent company.",
      declaredOn: "2026-01-15",
    });
    expect(result).toMatchObject({ ok: true, data: { subject: "CENTRE", about: "Alpha College", blocks: true, allocatedCandidates: 1 } });
    const stored = await db().conflictOfInterestDeclaration.findMany({ where: { staffUserId: world.assessorA.user.id } });
    expect(stored).toMatchObject([
      { subject: "CENTRE", centreId: world.centreA.id, candidateId: null, schoolId: null, awardingBodyId: null },
    ]);

    // Recording an assessment for a candidate there is refused.
    const recorded = await runAction(recordActivity, asAlan, {
      clientDraftId: "",
      candidateId: world.candidateInA.id,
      method: "OBSERVATION",
      occurredOn: today,
      place: "Contact centre, Leeds",
      description: "Handled a refund complaint from first call to resolution.",
      criteria: [{ criterionId: world.unitA.criteria[0]!.id, judgement: "MET", howMet: "" }],
      decision: "PARTLY_MET",
      simulated: false,
      fileIds: [],
      feedbackAchieved: "",
      feedbackNextSteps: "",
      candidateComment: "",
      busyDayJustification: "",
    });
    expect(recorded).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!recorded.ok) expect(recorded.message).toContain("the organisation");

    // Allocation is refused, naming the centre.
    const allocation = await runAction(allocateStaff, world.actor(world.adminA.user.id, world.centreA.id), {
      candidateId: world.candidateInA.id,
      version: 1,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: "",
    });
    expect(allocation).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { assessorUserId: [expect.stringContaining("the centre Alpha College")] },
    });
    const registration = await getRegistration(await accessOf(world.adminA.user.id), world.candidateInA.id);
    expect(registration.conflicts.assessor).toEqual([expect.stringContaining("financial interest in the outcome")]);
    // The registration lists it beside Sam's declaration about Cara (from the factory).
    expect(registration.declarations.map((row) => row.subject)).toEqual(["CENTRE", "CANDIDATE"]);

    // Sam at centre B is not affected by Alan's declaration about centre A.
    const samAtB = await runAction(allocateStaff, world.actor(world.adminB.user.id, world.centreB.id), {
      candidateId: world.candidateInB.id,
      version: 1,
      assessorUserId: world.shared.user.id,
      iqaUserId: "",
    });
    expect(samAtB).toMatchObject({ ok: true });
  });

  it("an IQA's declaration about the centre leaves every decision there out of sampling and blocks sampling one", async () => {
    const world = await createAssessmentWorld();
    const iqa = await createUser("Iris IQA");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
    const declared = await runAction(declareConflict, world.actor(iqa.id, world.centreA.id), {
      subject: "CENTRE",
      centreId: world.centreA.id,
      candidateId: "",
      schoolId: "",
      relationship: "FAMILY",
      details: "My sister owns the centre.",
      declaredOn: "2026-01-15",
    });
    expect(declared).toMatchObject({ ok: true });
    const conflicts = await samplingConflicts(db(), world.centreA.id, iqa.id);
    expect(conflicts).toMatchObject([{ staffId: iqa.id, candidateId: null }]);
    // No conflicts at centre B.
    expect(await samplingConflicts(db(), world.centreB.id, iqa.id)).toEqual([]);
    const decision = (id: string, candidateId: string) =>
      ({
        id,
        candidateId,
        assessorId: world.assessorA.user.id,
        decidedOn: "2026-03-01",
        countersignedById: null,
      }) as unknown as ScopedDecision;
    const scoped = applyExclusions(
      [decision("d1", world.candidateInA.id), decision("d2", "another-candidate")],
      iqa.id,
      conflicts,
      "2026-03-02",
    );
    expect(scoped.inScope).toEqual([]);
    expect(scoped.counts.conflict).toBe(2);
    const findings = await iqaQualityAssuranceFindings(
      db(),
      world.centreA.id,
      iqa.id,
      { id: world.inCentreA.decision.id, candidateId: world.candidateInA.id, assessorUserId: world.assessorA.user.id },
      new Date("2026-03-02"),
    );
    expect(findings.filter((finding) => finding.code === "conflict.iqa.family")).toHaveLength(1);
  });

  it("once ended, the centre declaration no longer blocks", async () => {
    const world = await createAssessmentWorld();
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const declared = await runAction(declareConflict, asAlan, {
      subject: "CENTRE",
      centreId: world.centreA.id,
      candidateId: "",
      schoolId: "",
      relationship: "EMPLOYER",
      details: "",
      declaredOn: "2026-01-15",
    });
    if (!declared.ok) throw new Error(declared.message);
    expect(
      await runAction(endConflict, asAlan, { declarationId: declared.data.declarationId, version: 1, endedOn: "2026-02-01" }),
    ).toMatchObject({
      ok: true,
    });
    const registration = await getRegistration(await accessOf(world.adminA.user.id), world.candidateInA.id);
    expect(registration.conflicts.assessor).toEqual([]);
  });

  it("a centre of another awarding body is not found; a centre of the person's body where they do not work may be declared", async () => {
    const world = await createAssessmentWorld();
    const otherBody = await db().awardingBody.create({ data: { name: `Other ${world.centreA.id.slice(0, 8)}`, legalName: "Other body" } });
    const elsewhere = await createCentre("Elsewhere College", otherBody.id);
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const input = {
      subject: "CENTRE",
      centreId: elsewhere.id,
      candidateId: "",
      schoolId: "",
      relationship: "EMPLOYER",
      details: "",
      declaredOn: "2026-01-15",
    };
    expect(await runAction(declareConflict, asAlan, input)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { centreId: ["Centre not found."] },
    });
    const record = await ownConflictRecord(await accessOf(world.assessorA.user.id));
    expect(record?.choices.centres.map((centre) => centre.name).sort()).toEqual(["Alpha College", "Beta Training"]);
    expect(await runAction(declareConflict, asAlan, { ...input, centreId: world.centreB.id })).toMatchObject({
      ok: true,
      data: { about: "Beta Training", allocatedCandidates: 0 },
    });
  });
});

describe("declaring a conflict of interest about a school (Naace)", () => {
  it("supporting its self-review stops the assessor assessing it; general support is only noted; another body's school is not found", async () => {
    const world = await createAwardingBodyWorld();
    const asNora = world.actor(world.naaceAssessor.id, world.naace.id);
    const input = {
      subject: "SCHOOL",
      centreId: "",
      candidateId: "",
      schoolId: world.school.id,
      relationship: "SUPPORTED_SELF_REVIEW",
      details: "I led their self-review in 2025.",
      declaredOn: "2025-11-01",
    };
    const declared = await runAction(declareConflict, asNora, input);
    expect(declared).toMatchObject({ ok: true, data: { subject: "SCHOOL", blocks: true } });
    if (!declared.ok) return;
    const stored = await db().conflictOfInterestDeclaration.findUniqueOrThrow({ where: { id: declared.data.declarationId } });
    expect(stored).toMatchObject({
      subject: "SCHOOL",
      awardingBodyId: world.naace.id,
      schoolId: world.school.id,
      centreId: null,
      candidateId: null,
    });
    const entry = await db().auditEvent.findFirst({ where: { action: "conflict.declare", targetId: stored.id } });
    expect(entry).toMatchObject({ centreId: null, chain: `awarding-body:${world.naace.id}` });

    const findings = await schoolConflicts(db(), {
      awardingBodyId: world.naace.id,
      staffUserId: world.naaceAssessor.id,
      schoolId: world.school.id,
      onDate: "2026-01-10",
    });
    expect(findings).toMatchObject([{ severity: "problem", declarationId: stored.id, code: "conflict.assessor.supportedSelfReview" }]);
    // Another assessor, another school, or before/after: nothing.
    expect(
      await schoolConflicts(db(), {
        awardingBodyId: world.naace.id,
        staffUserId: world.icsAssessor.id,
        schoolId: world.school.id,
        onDate: "2026-01-10",
      }),
    ).toEqual([]);

    // General support: a warning, not a block.
    const general = await runAction(declareConflict, asNora, { ...input, relationship: "GENERAL_SUPPORT", details: "" });
    expect(general).toMatchObject({ ok: true, data: { blocks: false } });
    const both = await schoolConflicts(db(), {
      awardingBodyId: world.naace.id,
      staffUserId: world.naaceAssessor.id,
      schoolId: world.school.id,
      onDate: "2026-01-10",
    });
    expect(both.map((finding) => finding.severity).sort()).toEqual(["problem", "warning"]);

    // Ended: the self-review support no longer blocks after the day it ended.
    expect(await runAction(endConflict, asNora, { declarationId: stored.id, version: 1, endedOn: "2025-12-01" })).toMatchObject({
      ok: true,
    });
    const after = await schoolConflicts(db(), {
      awardingBodyId: world.naace.id,
      staffUserId: world.naaceAssessor.id,
      schoolId: world.school.id,
      onDate: "2026-01-10",
    });
    expect(after.map((finding) => finding.severity)).toEqual(["warning"]);

    // A school of a body that did not approve her is not found, and nothing is written.
    const count = await db().conflictOfInterestDeclaration.count({ where: { staffUserId: world.naaceAssessor.id } });
    expect(await runAction(declareConflict, asNora, { ...input, schoolId: world.icsSchool.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { schoolId: ["School not found."] },
    });
    expect(await db().conflictOfInterestDeclaration.count({ where: { staffUserId: world.naaceAssessor.id } })).toBe(count);
    // The Institute's assessor (not approved by Naace) is offered no schools and cannot name Naace's.
    const ivan = await ownConflictRecord(await accessOf(world.icsAssessor.id));
    expect(ivan?.choices.schools.map((school) => school.name)).toEqual([world.icsSchool.name]);
    expect(
      await runAction(declareConflict, world.centreActor(world.icsAssessor.id, world.icsCentre.id), {
        ...input,
        schoolId: world.school.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("ending a declaration", () => {
  it("ends my own declaration once; a stale version, an end before it began and someone else's declaration are refused", async () => {
    const world = await createAssessmentWorld();
    const declaration = world.inCentreA.conflict; // Sam Shared's, declared 2026-01-10
    const asSam = world.actor(world.shared.user.id, world.centreA.id);
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const input = { declarationId: declaration.id, version: 1, endedOn: "2026-02-01" };
    expect(await runAction(endConflict, asAlan, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runAction(endConflict, asSam, { ...input, endedOn: "2025-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { endedOn: [expect.stringContaining("from 2026-01-10")] },
    });
    expect(await runAction(endConflict, asSam, { ...input, endedOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { endedOn: ["Enter the date the relationship ended."] },
    });
    expect((await db().conflictOfInterestDeclaration.findUniqueOrThrow({ where: { id: declaration.id } })).endedOn).toBeNull();
    // Sam ends it while working at the other centre: it is their own record, wherever they are.
    expect(await runAction(endConflict, world.actor(world.shared.user.id, world.centreB.id), input)).toMatchObject({ ok: true });
    const ended = await db().conflictOfInterestDeclaration.findUniqueOrThrow({ where: { id: declaration.id } });
    expect(ended).toMatchObject({ version: 2 });
    expect(ended.endedOn?.toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(await runAction(endConflict, asSam, input)).toMatchObject({ ok: false, code: "STALE" });
  });
});

describe("the centre's conflict register", () => {
  it("lists every declaration about the centre's candidates and the centre itself, in force or ended; another centre's admin sees none of it", async () => {
    const world = await createAssessmentWorld();
    const asAlan = world.actor(world.assessorA.user.id, world.centreA.id);
    const centreDeclaration = await runAction(declareConflict, asAlan, {
      subject: "CENTRE",
      centreId: world.centreA.id,
      candidateId: "",
      schoolId: "",
      relationship: "EMPLOYER",
      details: "",
      declaredOn: "2026-01-15",
    });
    if (!centreDeclaration.ok) throw new Error(centreDeclaration.message);
    await runAction(endConflict, asAlan, { declarationId: centreDeclaration.data.declarationId, version: 1, endedOn: "2026-02-01" });
    // Sam declares about Beta's candidate too: that belongs to Beta's register only.
    await runAction(declareConflict, world.actor(world.shared.user.id, world.centreB.id), {
      ...aboutCandidate(world, { centreId: world.centreB.id, candidateId: world.candidateInB.id, relationship: "SOCIAL" }),
    });

    const adminA = await accessOf(world.adminA.user.id);
    const inForce = await conflictRegister(adminA, "in-force");
    expect(inForce.counts).toEqual({ inForce: 1, ended: 1, all: 2 });
    expect(inForce.rows.map((row) => [row.staff.name, row.subject, row.candidate?.name ?? null])).toEqual([
      ["Sam Shared", "CANDIDATE", "Cara Candidate"],
    ]);
    const ended = await conflictRegister(adminA, "ended");
    expect(ended.rows.map((row) => [row.staff.name, row.subject, row.endedOn ? isoDay(row.endedOn) : null])).toEqual([
      ["Alan Assessor", "CENTRE", "2026-02-01"],
    ]);

    const adminB = await accessOf(world.adminB.user.id);
    const registerB = await conflictRegister(adminB, "all");
    expect(registerB.rows.map((row) => [row.staff.name, row.candidate?.name])).toEqual([["Sam Shared", "Cody Candidate"]]);
    expect(registerB.rows.some((row) => row.centreId === world.centreA.id)).toBe(false);

    // An assessor has no register: only their own declarations here.
    const alan = await accessOf(world.assessorA.user.id);
    await expect(conflictRegister(alan, "all")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ownDeclarationsAtCentre(alan)).map((row) => row.subject)).toEqual(["CENTRE"]);
  });
});
