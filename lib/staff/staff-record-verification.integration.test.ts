import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { recordOccupationalCompetence } from "@/lib/professional-record/record-occupational-competence";
import { recordStaffQualification } from "@/lib/professional-record/record-staff-qualification";
import { competenceClaimSha256, qualificationClaimSha256, verifiedCompetence } from "@/lib/professional-record/verified";
import { getPrisma } from "@/lib/db/client";
import { contentSha256 } from "@/lib/signatures/canonical";
import { evidenceToSignSha256 } from "@/lib/sign-off/decisions";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { assessorStatusOf, loadUnitOfCandidate, loadUnitRecords, unitReadiness } from "@/lib/sign-off/unit-records";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { evidenceUnitAInFull } from "@/tests/factories/professional-record";
import { testPassword } from "@/tests/factories/centre-world";
import { verifyStaffRecord } from "./verify-staff-record";
import { withdrawStaffRecordVerification } from "./withdraw-staff-record-verification";

const db = () => getPrisma();

/** Centre A's candidate with unit A fully evidenced and the declaration signed: only the assessor's record decides. */
async function readyUnit(world: AssessmentWorld) {
  const a = world.centreA.id;
  await evidenceUnitAInFull(world);
  const unit = await loadUnitOfCandidate(db(), world.candidateInA, world.unitA.id);
  const records = await loadUnitRecords(db(), a, world.candidateInA.id, unit);
  const signed = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, a), {
    candidateId: world.candidateInA.id,
    unitId: world.unitA.id,
    contentSha256: contentSha256(records.declaration),
    password: testPassword,
  });
  expect(signed).toMatchObject({ ok: true });
}

async function signOff(world: AssessmentWorld) {
  return runAction(signOffUnit, world.actor(world.assessorA.user.id, world.centreA.id), {
    candidateId: world.candidateInA.id,
    unitId: world.unitA.id,
    rationale: "Every criterion met.",
    decidedOn: "2026-03-20",
    contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
    password: testPassword,
  });
}

/** The assessor keeps their own record through the personal actions. */
async function record(world: AssessmentWorld, standing: "held" | "workingTowards", achievedOn = "") {
  const result = await runAction(recordStaffQualification, world.actor(world.assessorA.user.id, world.centreA.id), {
    code: "CAVA",
    standing,
    achievedOn,
  });
  expect(result).toMatchObject({ ok: true });
  return db().staffQualification.findUniqueOrThrow({ where: { userId_code: { userId: world.assessorA.user.id, code: "CAVA" } } });
}

async function recordCompetence(world: AssessmentWorld, basis = "Ten years in a contact centre") {
  const result = await runAction(recordOccupationalCompetence, world.actor(world.assessorA.user.id, world.centreA.id), {
    unitId: world.unitA.id,
    basis,
  });
  expect(result).toMatchObject({ ok: true });
  return db().occupationalCompetence.findUniqueOrThrow({
    where: { userId_unitId: { userId: world.assessorA.user.id, unitId: world.unitA.id } },
  });
}

/** Centre A's admin verifies a row of a staff member's record (by default assessor A's) as shown. */
async function verifyAtA(
  world: AssessmentWorld,
  row:
    | { kind: "qualification"; row: Parameters<typeof qualificationClaimSha256>[0] & { id: string } }
    | {
        kind: "competence";
        row: Parameters<typeof competenceClaimSha256>[0] & { id: string };
      },
  membershipId = world.assessorA.membership.id,
) {
  const claimSha256 = row.kind === "qualification" ? qualificationClaimSha256(row.row) : competenceClaimSha256(row.row);
  return runAction(verifyStaffRecord, world.actor(world.adminA.user.id, world.centreA.id), {
    membershipId,
    kind: row.kind,
    rowId: row.row.id,
    claimSha256,
  });
}

describe("a centre verifies the assessor record", () => {
  it("an assessor working towards who marks themselves 'held' still awaits countersignature until the centre verifies it", async () => {
    const world = await createAssessmentWorld();
    await readyUnit(world);
    await record(world, "workingTowards");
    const competence = await recordCompetence(world);
    expect(await verifyAtA(world, { kind: "competence", row: competence })).toMatchObject({ ok: true });
    // The exploit: the assessor says they now hold CAVA.
    await record(world, "held", "2026-01-15");
    const standing = await assessorStatusOf(db(), world.centreA.id, world.assessorA.user.id);
    expect(standing.status).toBe("workingTowards");
    expect(standing.findings.map((finding) => finding.message)).toContain(
      `Not yet verified by ${world.centreA.name}: Certificate in Assessing Vocational Achievement (CAVA). Sign-offs there need countersigning until it is.`,
    );
    expect(await signOff(world)).toMatchObject({ ok: true, data: { status: "AWAITING_COUNTERSIGNATURE" } });
  });

  it("once the centre admin verifies the 'held' qualification, the sign-off counts at once; a change to the row removes the verification", async () => {
    const world = await createAssessmentWorld();
    await readyUnit(world);
    const held = await record(world, "held", "2019-06-30");
    const competence = await recordCompetence(world);
    expect(await verifyAtA(world, { kind: "qualification", row: held })).toMatchObject({ ok: true });
    expect(await verifyAtA(world, { kind: "competence", row: competence })).toMatchObject({ ok: true });
    const audits = await db().auditEvent.findMany({ where: { centreId: world.centreA.id, action: "staff.verifyRecord" } });
    expect(audits).toHaveLength(2);
    const audit = audits.find((entry) => (entry.summary as { kind?: string }).kind === "qualification");
    expect(audit).toMatchObject({
      actorUserId: world.adminA.user.id,
      targetType: "StaffRecordVerification",
      summary: { kind: "qualification", row: { code: "CAVA", held: true, achievedOn: "2019-06-30" } },
    });
    expect((await assessorStatusOf(db(), world.centreA.id, world.assessorA.user.id)).status).toBe("qualified");

    // Changing the date is a changed claim: the verification goes in the same transaction.
    await record(world, "held", "2019-07-01");
    expect(await db().staffRecordVerification.count({ where: { staffQualificationId: held.id } })).toBe(0);
    expect((await assessorStatusOf(db(), world.centreA.id, world.assessorA.user.id)).status).toBe("workingTowards");
    const again = await db().staffQualification.findUniqueOrThrow({ where: { id: held.id } });
    expect(await verifyAtA(world, { kind: "qualification", row: again })).toMatchObject({ ok: true });
    expect(await signOff(world)).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
  });

  it("an unverified competence does not count: readiness names what awaits verification, and a changed basis needs verifying again", async () => {
    const world = await createAssessmentWorld();
    await readyUnit(world);
    const held = await record(world, "held", "2019-06-30");
    expect(await verifyAtA(world, { kind: "qualification", row: held })).toMatchObject({ ok: true });
    const competence = await recordCompetence(world);
    const readiness = async () => {
      const unit = await loadUnitOfCandidate(db(), world.candidateInA, world.unitA.id);
      const records = await loadUnitRecords(db(), world.centreA.id, world.candidateInA.id, unit);
      return unitReadiness(db(), world.centreA.id, world.candidateInA.id, records, world.assessorA.user.id);
    };
    let ready = await readiness();
    expect(ready.ready).toBe(false);
    expect(ready.findings.map((finding) => finding.code)).toEqual(["sign-off.competence-not-verified"]);
    expect(await signOff(world)).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("has not yet verified") });

    expect(await verifyAtA(world, { kind: "competence", row: competence })).toMatchObject({ ok: true });
    expect((await readiness()).ready).toBe(true);
    await recordCompetence(world, "I read a book about complaints");
    expect(await db().staffRecordVerification.count({ where: { occupationalCompetenceId: competence.id } })).toBe(0);
    ready = await readiness();
    expect(ready.ready).toBe(false);
  });

  it("a colleague who says they hold an assessor qualification cannot countersign until the centre has verified it", async () => {
    const world = await createAssessmentWorld();
    await readyUnit(world);
    await record(world, "workingTowards");
    const competence = await recordCompetence(world);
    expect(await verifyAtA(world, { kind: "competence", row: competence })).toMatchObject({ ok: true });
    const signed = await signOff(world);
    expect(signed).toMatchObject({ ok: true, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    const decisionId = (signed as { data: { decisionId: string } }).data.decisionId;
    const latest = await db().recordVersion.findFirstOrThrow({ where: { centreId: world.centreA.id, recordId: decisionId } });
    const colleague = world.assessorB.user.id;
    const membership = await db().membership.create({ data: { centreId: world.centreA.id, userId: colleague, role: "ASSESSOR" } });
    const held = await db().staffQualification.create({
      data: { userId: colleague, code: "A1", held: true, achievedOn: new Date("2010-01-01") },
    });
    const input = { decisionId, version: 1, contentSha256: latest.contentSha256, password: testPassword };
    const { countersignUnitDecision } = await import("@/lib/sign-off/countersign-unit-decision");
    expect(await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), input)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "The countersignature must be by a qualified assessor.",
    });
    expect(await verifyAtA(world, { kind: "qualification", row: held }, membership.id)).toMatchObject({ ok: true });
    expect(await runAction(countersignUnitDecision, world.actor(colleague, world.centreA.id), input)).toMatchObject({ ok: true });
  });

  it("a verification at one centre does not count at another", async () => {
    const world = await createAssessmentWorld();
    const userId = world.shared.user.id;
    const held = await db().staffQualification.create({
      data: { userId, code: "CAVA", held: true, achievedOn: new Date("2019-06-30") },
    });
    const competence = await db().occupationalCompetence.create({ data: { userId, unitId: world.unitA.id, basis: "Years of it" } });
    expect(await verifyAtA(world, { kind: "qualification", row: held }, world.shared.membershipA.id)).toMatchObject({ ok: true });
    expect(await verifyAtA(world, { kind: "competence", row: competence }, world.shared.membershipA.id)).toMatchObject({ ok: true });
    expect((await assessorStatusOf(db(), world.centreA.id, userId)).status).toBe("qualified");
    expect((await assessorStatusOf(db(), world.centreB.id, userId)).status).toBe("workingTowards");
    expect(await verifiedCompetence(db(), world.centreA.id, userId, world.unitA.id)).toEqual({ listed: true, verified: true });
    expect(await verifiedCompetence(db(), world.centreB.id, userId, world.unitA.id)).toEqual({ listed: true, verified: false });
  });

  it("another centre's admin cannot verify: the person's membership there, or a row not theirs, is not found; nothing changes", async () => {
    const world = await createAssessmentWorld();
    const held = await record(world, "held", "2019-06-30");
    const competence = await recordCompetence(world);
    const asAdminB = world.actor(world.adminB.user.id, world.centreB.id);
    const cases = [
      { membershipId: world.assessorA.membership.id, kind: "qualification", rowId: held.id, claimSha256: qualificationClaimSha256(held) },
      {
        membershipId: world.assessorA.membership.id,
        kind: "competence",
        rowId: competence.id,
        claimSha256: competenceClaimSha256(competence),
      },
      // The shared colleague works at B too, but this row is centre A's assessor's.
      { membershipId: world.shared.membershipB.id, kind: "qualification", rowId: held.id, claimSha256: qualificationClaimSha256(held) },
    ] as const;
    for (const input of cases) {
      expect(await runAction(verifyStaffRecord, asAdminB, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(
      await runAction(withdrawStaffRecordVerification, asAdminB, {
        membershipId: world.assessorA.membership.id,
        kind: "qualification",
        rowId: held.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().staffRecordVerification.count({ where: { staffQualificationId: held.id } })).toBe(0);
    expect(await db().staffRecordVerification.count({ where: { occupationalCompetenceId: competence.id } })).toBe(0);
    // Centre A's verification cannot be withdrawn from centre B either.
    expect(await verifyAtA(world, { kind: "qualification", row: held })).toMatchObject({ ok: true });
    expect(
      await runAction(withdrawStaffRecordVerification, asAdminB, {
        membershipId: world.assessorA.membership.id,
        kind: "qualification",
        rowId: held.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().staffRecordVerification.count({ where: { staffQualificationId: held.id, centreId: world.centreA.id } })).toBe(1);
  });

  it("refuses a row changed since it was shown, bad input, one's own record, a person who no longer works here, an assessor; withdrawing counts it no longer", async () => {
    const world = await createAssessmentWorld();
    const shown = await record(world, "held", "2019-06-30");
    await record(world, "held", "2018-01-01");
    expect(await verifyAtA(world, { kind: "qualification", row: shown })).toMatchObject({ ok: false, code: "STALE" });
    const asAdminA = world.actor(world.adminA.user.id, world.centreA.id);
    const bad = await runAction(verifyStaffRecord, asAdminA, {
      membershipId: "nope",
      kind: "certificate",
      rowId: shown.id,
      claimSha256: "x",
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db().staffRecordVerification.count({ where: { staffQualificationId: shown.id } })).toBe(0);

    // An assessor may not verify (staff.manage), not even a colleague's row.
    const current = await db().staffQualification.findUniqueOrThrow({ where: { id: shown.id } });
    const asAssessor = await runAction(verifyStaffRecord, world.actor(world.shared.user.id, world.centreA.id), {
      membershipId: world.assessorA.membership.id,
      kind: "qualification",
      rowId: current.id,
      claimSha256: qualificationClaimSha256(current),
    });
    expect(asAssessor).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // An admin who also assesses cannot vouch for their own record.
    const ownRow = await db().staffQualification.create({
      data: { userId: world.adminA.user.id, code: "A1", held: true, achievedOn: new Date("2010-01-01") },
    });
    const adminMembership = await db().membership.findFirstOrThrow({ where: { centreId: world.centreA.id, userId: world.adminA.user.id } });
    expect(await verifyAtA(world, { kind: "qualification", row: ownRow }, adminMembership.id)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    expect(await verifyAtA(world, { kind: "qualification", row: current })).toMatchObject({ ok: true });
    expect(await verifyAtA(world, { kind: "qualification", row: current })).toMatchObject({ ok: false, code: "CONFLICT" });
    const withdrawn = await runAction(withdrawStaffRecordVerification, asAdminA, {
      membershipId: world.assessorA.membership.id,
      kind: "qualification",
      rowId: current.id,
    });
    expect(withdrawn).toMatchObject({ ok: true });
    expect((await assessorStatusOf(db(), world.centreA.id, world.assessorA.user.id)).status).toBe("workingTowards");
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "staff.withdrawRecordVerification" } })).toBe(1);

    await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await verifyAtA(world, { kind: "qualification", row: current })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("no longer works here"),
    });
  });
});
