import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { getOwnAssessorRecord, getStaffMemberAssessorRecord } from "./queries";
import { standingUnder } from "./policy";
import { recordOccupationalCompetence } from "./record-occupational-competence";
import { recordStaffQualification } from "./record-staff-qualification";
import { removeOccupationalCompetence } from "./remove-occupational-competence";
import { removeStaffQualification } from "./remove-staff-qualification";
import { recordQualificationCompetence } from "./record-qualification-competence";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentreWorld } from "@/tests/factories/centre-world";

const db = () => getPrisma();

async function otherBodyUnit() {
  const body = await db().awardingBody.create({
    data: { name: `OCR other ${Math.random().toString(36).slice(2)}`, legalName: "Another body" },
  });
  const qualification = await db().qualification.create({
    data: {
      awardingBodyId: body.id,
      qualificationNumber: `X/${body.id.slice(0, 8)}/9`,
      title: "Other Diploma",
      level: 2,
      ruleOfCombination: { groups: [], rules: [] },
    },
  });
  return db().unit.create({
    data: { qualificationId: qualification.id, urn: "Z/000/1", title: "Other unit", credit: 2, level: 2, glh: 10, group: "A" },
  });
}

describe("the assessor record", () => {
  it("records a qualification held and one being worked towards, on the platform audit chain, and shows the resulting status", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const held = await runAction(recordStaffQualification, actor, { code: "CAVA", standing: "held", achievedOn: "2019-06-30" });
    expect(held).toMatchObject({ ok: true });
    const training = await runAction(recordStaffQualification, actor, { code: "V1", standing: "workingTowards", achievedOn: "" });
    expect(training).toMatchObject({ ok: true });
    const rows = await db().staffQualification.findMany({ where: { userId: world.assessorA.user.id }, orderBy: { code: "asc" } });
    expect(rows.map((row) => [row.code, row.held, row.achievedOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["CAVA", true, "2019-06-30"],
      ["V1", false, null],
    ]);
    const audit = await db().auditEvent.findFirst({
      where: { action: "assessorRecord.recordQualification", actorUserId: world.assessorA.user.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(audit).toMatchObject({
      centreId: null,
      targetType: "StaffQualification",
      summary: { code: "CAVA", held: true, achievedOn: "2019-06-30" },
    });

    // What the entries claim, before any centre verifies them (lib/professional-record/verified.ts).
    const claimed = await db().staffQualification.findMany({ where: { userId: world.assessorA.user.id } });
    const standing = standingUnder({ id: world.body.id, name: world.body.name }, claimed);
    expect(standing.assessor?.status).toBe("qualified");
    expect(standing.iqa?.status).toBe("workingTowards");

    // Correcting an entry updates it (one row per code) and the audit entry says what it was.
    expect(await runAction(recordStaffQualification, actor, { code: "V1", standing: "held", achievedOn: "2026-02-01" })).toMatchObject({
      ok: true,
    });
    expect(await db().staffQualification.count({ where: { userId: world.assessorA.user.id } })).toBe(2);

    const v1 = rows.find((row) => row.code === "V1")!;
    expect(await runAction(removeStaffQualification, actor, { staffQualificationId: v1.id })).toMatchObject({ ok: true });
    expect(await db().staffQualification.count({ where: { userId: world.assessorA.user.id } })).toBe(1);
  });

  it("bad input changes nothing and says what is wrong next to the field", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const cases = [
      [{ code: "NOT_A_CODE", standing: "held", achievedOn: "2019-01-01" }, "code"],
      [{ code: "CAVA", standing: "held", achievedOn: "" }, "achievedOn"],
      [{ code: "CAVA", standing: "workingTowards", achievedOn: "2019-01-01" }, "achievedOn"],
      [{ code: "CAVA", standing: "held", achievedOn: "2999-01-01" }, "achievedOn"],
      [{ code: "CAVA", standing: "maybe", achievedOn: "" }, "standing"],
    ] as const;
    for (const [input, field] of cases) {
      const result = await runAction(recordStaffQualification, actor, input);
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    }
    const competence = await runAction(recordOccupationalCompetence, actor, { unitId: world.unitA.id, basis: "  " });
    expect(competence).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { basis: [expect.any(String)] } });
    expect(await db().staffQualification.count({ where: { userId: world.assessorA.user.id } })).toBe(0);
    expect(await db().occupationalCompetence.count({ where: { userId: world.assessorA.user.id } })).toBe(0);
  });

  it("records a unit of a qualification of the centre's awarding body, and refuses a unit of another body's qualification", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const ok = await runAction(recordOccupationalCompetence, actor, {
      unitId: world.unitA.id,
      basis: "Five years as a complaints team leader",
    });
    expect(ok).toMatchObject({ ok: true });
    const foreign = await otherBodyUnit();
    const refused = await runAction(recordOccupationalCompetence, actor, { unitId: foreign.id, basis: "I know it" });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const rows = await db().occupationalCompetence.findMany({ where: { userId: world.assessorA.user.id } });
    expect(rows.map((row) => row.unitId)).toEqual([world.unitA.id]);
    const audit = await db().auditEvent.findFirst({
      where: { action: "assessorRecord.recordCompetence", actorUserId: world.assessorA.user.id },
    });
    expect(audit).toMatchObject({ centreId: null, targetType: "OccupationalCompetence" });
  });

  it("only the person's own rows can be removed; another's are not found and stay", async () => {
    const world = await createAssessmentWorld();
    const theirs = await db().staffQualification.create({
      data: { userId: world.assessorB.user.id, code: "A1", held: true, achievedOn: new Date("2010-01-01") },
    });
    const theirUnit = await db().occupationalCompetence.create({
      data: { userId: world.assessorB.user.id, unitId: world.unitA.id, basis: "Years" },
    });
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    expect(await runAction(removeStaffQualification, actor, { staffQualificationId: theirs.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runAction(removeOccupationalCompetence, actor, { occupationalCompetenceId: theirUnit.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db().staffQualification.count({ where: { id: theirs.id } })).toBe(1);
    expect(await db().occupationalCompetence.count({ where: { id: theirUnit.id } })).toBe(1);
    expect(
      await runAction(removeOccupationalCompetence, world.actor(world.assessorB.user.id, world.centreB.id), {
        occupationalCompetenceId: theirUnit.id,
      }),
    ).toMatchObject({ ok: true });
  });

  it("a person who is neither assessor nor IQA keeps no assessor record", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(recordStaffQualification, world.actor(world.adminA.user.id, world.centreA.id), {
      code: "CAVA",
      standing: "workingTowards",
      achievedOn: "",
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().staffQualification.count({ where: { userId: world.adminA.user.id } })).toBe(0);
  });

  it("reads: the person's own record; the centre admin sees a member's record read-only and not another centre's people", async () => {
    const world = await createAssessmentWorld();
    await db().staffQualification.create({ data: { userId: world.assessorA.user.id, code: "CAVA", held: false } });
    await db().occupationalCompetence.create({ data: { userId: world.assessorA.user.id, unitId: world.unitB.id, basis: "Shop manager" } });
    const own = await getOwnAssessorRecord((await resolveAccessContext(db(), { userId: world.assessorA.user.id }))!);
    expect(own.centreStandings.map((standing) => [standing.centreName, standing.assessor.status])).toEqual([
      ["Alpha College", "workingTowards"],
    ]);
    expect(own.qualificationsWithUnits.map((qualification) => qualification.id)).toContain(world.qualification.id);
    expect(own.competences.map((row) => row.unit.id)).toEqual([world.unitB.id]);

    const adminA = (await resolveAccessContext(db(), {
      userId: world.adminA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    }))!;
    const seen = await getStaffMemberAssessorRecord(adminA, world.assessorA.user.id);
    expect(seen.standing.assessor?.status).toBe("workingTowards");
    expect(seen.qualifications.map((row) => row.name)).toEqual(["Certificate in Assessing Vocational Achievement (CAVA)"]);
    expect(seen.competences).toHaveLength(1);
    // A held qualification counts at a centre once that centre has verified it.
    const held = await db().staffQualification.update({
      where: { userId_code: { userId: world.assessorA.user.id, code: "CAVA" } },
      data: { held: true, achievedOn: new Date("2018-01-01") },
    });
    const unverified = await getOwnAssessorRecord((await resolveAccessContext(db(), { userId: world.assessorA.user.id }))!);
    expect(unverified.centreStandings[0]?.assessor.status).toBe("workingTowards");
    expect(unverified.centreStandings[0]?.assessor.findings.map((finding) => finding.code)).toContain("qualification.not-verified");
    expect(unverified.qualifications[0]?.verification).toEqual({ by: [], notBy: ["Alpha College"] });
    await db().staffRecordVerification.create({
      data: { centreId: world.centreA.id, staffQualificationId: held.id, verifiedById: world.adminA.user.id },
    });
    const verified = await getOwnAssessorRecord((await resolveAccessContext(db(), { userId: world.assessorA.user.id }))!);
    expect(verified.centreStandings[0]?.assessor.status).toBe("qualified");
    expect(verified.qualifications[0]?.verification).toEqual({ by: ["Alpha College"], notBy: [] });
    const seenVerified = await getStaffMemberAssessorRecord(adminA, world.assessorA.user.id);
    expect(seenVerified.standing.assessor.status).toBe("qualified");
    expect(seenVerified.qualifications[0]?.verified).toBe(true);
    expect(seenVerified.competences[0]?.verified).toBe(false);

    const adminB = (await resolveAccessContext(db(), {
      userId: world.adminB.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreB.id),
    }))!;
    await expect(getStaffMemberAssessorRecord(adminB, world.assessorA.user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records every unit of a qualification in one go, updating the basis of units already listed", async () => {
    const world = await createAssessmentWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    await db().occupationalCompetence.create({ data: { userId: world.assessorA.user.id, unitId: world.unitA.id, basis: "Old basis" } });
    const result = await runAction(recordQualificationCompetence, actor, { qualificationId: world.qualification.id, basis: "I hold it" });
    expect(result).toMatchObject({ ok: true, data: { unitsAdded: 1, unitsUpdated: 1 } });
    const rows = await db().occupationalCompetence.findMany({ where: { userId: world.assessorA.user.id } });
    expect(rows.map((row) => [row.unitId, row.basis]).sort()).toEqual(
      [
        [world.unitA.id, "I hold it"],
        [world.unitB.id, "I hold it"],
      ].sort(),
    );
    expect(await db().auditEvent.findFirst({ where: { action: "professionalRecord.recordQualificationCompetence" } })).toMatchObject({
      centreId: null,
      targetId: world.qualification.id,
      summary: { unitsAdded: 1, unitsUpdated: 1 },
    });

    // Bad input and another body's qualification change nothing.
    const before = await db().occupationalCompetence.count({ where: { userId: world.assessorA.user.id } });
    const blank = await runAction(recordQualificationCompetence, actor, { qualificationId: world.qualification.id, basis: " " });
    expect(blank).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { basis: [expect.any(String)] } });
    const foreign = await otherBodyUnit();
    const refused = await runAction(recordQualificationCompetence, actor, { qualificationId: foreign.qualificationId, basis: "I know it" });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().occupationalCompetence.count({ where: { userId: world.assessorA.user.id } })).toBe(before);
    // An admin keeps no record.
    const admin = await runAction(recordQualificationCompetence, world.actor(world.adminA.user.id, world.centreA.id), {
      qualificationId: world.qualification.id,
      basis: "I hold it",
    });
    expect(admin).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("an approved assessor with no centre keeps a record and sees their approval by Naace, not OCR's qualification list", async () => {
    const world = await createAwardingBodyWorld();
    const actor = world.actor(world.naaceAssessor.id, world.naace.id);
    const held = await runAction(recordStaffQualification, actor, { code: "CAVA", standing: "held", achievedOn: "2019-06-30" });
    expect(held).toMatchObject({ ok: true });
    const access = (await resolveAccessContext(db(), { userId: world.naaceAssessor.id, requestedWorkspaceKey: actor.workspaceKey }))!;
    const record = await getOwnAssessorRecord(access);
    expect(record.keepsRecord).toBe(true);
    expect(record.centres).toEqual([]);
    expect(record.bodies.map((body) => body.id)).toEqual([world.naace.id]);
    // Naace runs an approval lifecycle and sets no accepted-qualification list: no assessor or IQA verdict.
    expect(record.bodyStandings[0]).toMatchObject({ assessor: null, iqa: null });
    expect(record.bodyStandings[0]?.approval?.standing).toMatchObject({ stateLabel: "Registered", ended: false });
    expect(record.bodyStandings[0]?.approval?.standing?.since?.toISOString().slice(0, 10)).toBe("2025-10-01");
    // The Institute's assessor's record is checked against the Institute (their centre's and approving body), once.
    const ics = (await resolveAccessContext(db(), { userId: world.icsAssessor.id }))!;
    const icsRecord = await getOwnAssessorRecord(ics);
    expect(icsRecord.bodies.map((body) => body.id)).toEqual([world.ics.id]);
    expect(icsRecord.bodyStandings[0]).toMatchObject({
      assessor: null,
      iqa: null,
      approval: { standing: { stateLabel: "Single sign-off" } },
    });
    expect(icsRecord.bodyStandings[0]?.approval?.standing?.since?.toISOString().slice(0, 10)).toBe("2025-09-01");
  });

  it("under OCR, a held qualification counts once its certificate is on the person's record; the IQA line is only for IQAs", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const held = await runAction(recordStaffQualification, actor, { code: "CAVA", standing: "held", achievedOn: "2019-06-30" });
    expect(held).toMatchObject({ ok: true });
    const access = (await resolveAccessContext(db(), { userId: world.assessorA.user.id, requestedWorkspaceKey: actor.workspaceKey }))!;
    const record = await getOwnAssessorRecord(access);
    expect(record.bodyStandings[0]?.approval).toBeNull();
    expect(record.bodyStandings[0]?.iqa).toBeNull();
    expect(record.bodyStandings[0]?.assessor?.status.status).toBe("notQualified");
    expect(record.bodyStandings[0]?.assessor?.status.findings.map((finding) => finding.code)).toContain("qualification.evidence-missing");
    expect(record.bodyStandings[0]?.assessor?.withoutCertificate).toEqual(["Certificate in Assessing Vocational Achievement (CAVA)"]);

    await db().staffFile.create({
      data: {
        userId: world.assessorA.user.id,
        kind: "CERTIFICATE",
        staffQualificationId: held.ok ? held.data.id : "",
        storageKey: `staff/${world.assessorA.user.id}/${crypto.randomUUID()}`,
        fileName: "cava.pdf",
        contentType: "application/pdf",
        byteSize: 10,
        sha256: "0".repeat(64),
      },
    });
    const withCertificate = await getOwnAssessorRecord(access);
    expect(withCertificate.bodyStandings[0]?.assessor?.status).toMatchObject({ status: "qualified", findings: [] });
    expect(withCertificate.qualifications[0]?.certificates.map((file) => file.fileName)).toEqual(["cava.pdf"]);
  });
});
