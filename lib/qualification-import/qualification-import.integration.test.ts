import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { awardingBodyChain } from "@/lib/audit/record-audit-event";
import { registerCandidate } from "@/lib/candidates/register-candidate";
import { getPrisma } from "@/lib/db/client";
import { getQualificationWithUnits, listQualifications, outcomesOfQualificationUnits } from "@/lib/qualifications/queries";
import { createCentreWorld, createUser } from "@/tests/factories/centre-world";
import { exampleQualification, exampleQualificationCsv, exampleQualificationJson } from "./examples";
import { importCatalogueQualification } from "./import-catalogue-qualification";
import { importQualification } from "./import-qualification";
import { getImportPage } from "./queries";
import type { QualificationDocument } from "./schemas";

const db = () => getPrisma();
const now = new Date("2026-11-23T10:00:00Z");
type World = Awaited<ReturnType<typeof createWorld>>;

async function createWorld() {
  const world = await createCentreWorld();
  const staff = await createUser("Abe Bodystaff");
  await db().awardingBodyMembership.create({ data: { awardingBodyId: world.body.id, userId: staff.id } });
  return { ...world, staff, asStaff: { userId: staff.id, workspaceKey: workspaceKey.awardingBody(world.body.id) } };
}
const centreAccess = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);
const json = (change: (document: QualificationDocument) => void = () => {}) => {
  const document = structuredClone(exampleQualification);
  change(document);
  return JSON.stringify(document);
};
const asAdminA = (world: World) => world.actor(world.adminA.user.id, world.centreA.id);
const asAdminB = (world: World) => world.actor(world.adminB.user.id, world.centreB.id);

function registration(qualificationId: string, unitIds: string[] = []) {
  return {
    name: "Rhea Retail",
    email: `rhea.${Math.random().toString(36).slice(2)}@test.example`,
    dateOfBirth: "2001-05-01",
    uln: "",
    publiclyFunded: false,
    phone: "",
    address: "",
    employer: "",
    workplace: "",
    qualificationId,
    entryType: unitIds.length > 0 ? "UNITS" : "FULL_AWARD",
    entryUnitIds: unitIds,
    startDate: "2026-11-02",
    entryConfirmedOn: "",
    initialAssessmentOn: "2026-10-20",
    initialAssessmentOutcome: "",
    specialAssessmentRequirements: "",
    assessorUserId: "",
    iqaUserId: "",
  };
}

async function written(world: World) {
  const qualifications = await db().qualification.count({ where: { awardingBodyId: world.body.id } });
  const audits = await db().auditEvent.count({
    where: {
      action: { in: ["qualification.import", "qualification.importToCatalogue"] },
      chain: { in: [world.centreA.id, world.centreB.id, awardingBodyChain(world.body.id)] },
    },
  });
  return { qualifications, audits };
}

describe("importing a qualification", () => {
  it("from CSV, for a centre's own use: units, outcomes, criteria and rule stored; a candidate registers on it there; another centre never sees it", async () => {
    const world = await createWorld();
    const result = await runAction(
      importQualification,
      asAdminA(world),
      { format: "csv", fileName: "retail.csv", content: exampleQualificationCsv },
      { now },
    );
    expect(result.ok).toBe(true);
    const qualificationId = result.ok ? result.data.qualificationId : "";
    const stored = await db().qualification.findUniqueOrThrow({
      where: { id: qualificationId },
      include: { units: { orderBy: { unitNumber: "asc" }, include: { learningOutcomes: true, assessmentCriteria: true } } },
    });
    expect(stored).toMatchObject({
      awardingBodyId: world.body.id,
      centreId: world.centreA.id,
      qualificationNumber: "603/7401/2",
      title: "Level 2 Certificate in Retail Skills",
      entryCode: "05870",
      level: 2,
      minimumGuidedLearningHours: 120,
      approvedAgeGroups: { pre16: false, "16-18": true, "18+": true, "19+": true },
      unitEntriesAllowed: true,
      importedById: world.adminA.user.id,
      ruleOfCombination: {
        groups: [
          { id: "A", name: "Group A" },
          { id: "B", name: "Group B" },
        ],
        rules: exampleQualification.rules,
      },
    });
    expect(stored.certificationEndDate?.toISOString()).toBe("2030-08-31T00:00:00.000Z");
    expect(
      stored.units.map((unit) => [unit.urn, unit.group, unit.credit, unit.learningOutcomes.length, unit.assessmentCriteria.length]),
    ).toEqual(
      exampleQualification.units.map((unit) => [
        unit.urn,
        unit.group,
        unit.credit,
        unit.learningOutcomes.length,
        unit.learningOutcomes.reduce((n, o) => n + o.criteria.length, 0),
      ]),
    );
    expect(stored.units.flatMap((unit) => unit.assessmentCriteria.map((c) => c.centreId))).toEqual(Array(26).fill(world.centreA.id));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { chain: world.centreA.id, action: "qualification.import" } });
    expect(audit).toMatchObject({ actorUserId: world.adminA.user.id, targetId: qualificationId });
    expect(audit.summary).toMatchObject({
      qualificationNumber: "603/7401/2",
      into: "Alpha College",
      after: { units: 7, outcomes: 14, criteria: 26, rules: 4 },
    });

    // Centre A sees it with its outcomes and criteria, and who imported it; a candidate registers on it.
    const accessA = await centreAccess(world.adminA.user.id, world.centreA.id);
    expect((await listQualifications(accessA)).map((q) => q.id)).toContain(qualificationId);
    const page = await getQualificationWithUnits(accessA, qualificationId);
    expect(page.importedBy?.name).toBe("Ada Admin");
    const outcomes = await outcomesOfQualificationUnits(
      accessA,
      page.units.map((unit) => unit.id),
    );
    expect(outcomes.get(page.units[0]!.id)).toMatchObject({
      source: "centre",
      outcomes: [{ ref: "1", criteria: [{ ref: "1.1" }, { ref: "1.2" }] }, { ref: "2" }],
    });
    const registered = await runAction(registerCandidate, asAdminA(world), registration(qualificationId), { now });
    expect(registered.ok).toBe(true);
    const units = await runAction(registerCandidate, asAdminA(world), registration(qualificationId, [page.units[3]!.id]), { now });
    expect(units.ok).toBe(true);

    // Centre B of the same body: not in its list, "not found" by id, cannot register on it, and may
    // import the same number for itself (the clash with A's own list is never told).
    const accessB = await centreAccess(world.adminB.user.id, world.centreB.id);
    expect((await listQualifications(accessB)).map((q) => q.id)).not.toContain(qualificationId);
    await expect(getQualificationWithUnits(accessB, qualificationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await runAction(registerCandidate, asAdminB(world), registration(qualificationId), { now })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await getImportPage(accessB)).takenNumbers).not.toContain("603/7401/2");
    const own = await runAction(
      importQualification,
      asAdminB(world),
      { format: "json", fileName: "retail.json", content: exampleQualificationJson },
      { now },
    );
    expect(own.ok).toBe(true);
    expect(await db().qualification.count({ where: { awardingBodyId: world.body.id, qualificationNumber: "603/7401/2" } })).toBe(2);
  });

  it("from JSON, by the awarding body's staff into its catalogue: audited on the body's chain, seen by every centre of the body", async () => {
    const world = await createWorld();
    const result = await runAction(
      importCatalogueQualification,
      world.asStaff,
      { format: "json", fileName: "retail.json", content: json((d) => (d.approvedAgeGroups = ["19+"])) },
      { now },
    );
    expect(result.ok).toBe(true);
    const qualificationId = result.ok ? result.data.qualificationId : "";
    const stored = await db().qualification.findUniqueOrThrow({ where: { id: qualificationId } });
    expect(stored).toMatchObject({
      centreId: null,
      importedById: world.staff.id,
      approvedAgeGroups: { pre16: false, "16-18": false, "18+": false, "19+": true },
    });
    expect((stored.ruleOfCombination as { groups: unknown }).groups).toEqual(exampleQualification.groups);
    expect(await db().assessmentCriterion.count({ where: { unit: { qualificationId }, centreId: null } })).toBe(26);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "qualification.importToCatalogue", targetId: qualificationId },
    });
    expect(audit).toMatchObject({ chain: awardingBodyChain(world.body.id), centreId: null });

    for (const [admin, centre] of [
      [world.adminA, world.centreA],
      [world.adminB, world.centreB],
    ] as const) {
      const access = await centreAccess(admin.user.id, centre.id);
      expect((await listQualifications(access)).map((q) => q.id)).toContain(qualificationId);
      const outcomes = await outcomesOfQualificationUnits(access, [
        (await getQualificationWithUnits(access, qualificationId)).units[0]!.id,
      ]);
      expect([...outcomes.values()][0]?.source).toBe("catalogue");
    }
    // The stored age groups decide the entry: a 17-year-old is refused beside the date of birth, an adult is entered.
    const young = await runAction(
      registerCandidate,
      asAdminB(world),
      { ...registration(qualificationId), dateOfBirth: "2009-06-01" },
      { now },
    );
    expect(young).toMatchObject({ ok: false, fieldErrors: { dateOfBirth: [expect.stringContaining("approved only for 19+ learners")] } });
    expect(
      await runAction(registerCandidate, asAdminB(world), { ...registration(qualificationId), dateOfBirth: "1990-06-01" }, { now }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a file with problems, each reported with where it is, and writes nothing", async () => {
    const world = await createWorld();
    const before = await written(world);
    const lines = exampleQualificationCsv.trimEnd().split("\n");
    const badCsv = lines
      .map((line) => (line.startsWith("qualification,level,") ? "qualification,level,nine" : line))
      .map((line) => line.replace(",1.2,Explain why customers", ",1.1,Explain why customers"))
      .join("\n");
    const cases: { format: "csv" | "json"; content: string; expect: { where: string | null; text: string }[] }[] = [
      {
        format: "csv",
        content: badCsv,
        expect: [
          { where: `Line ${lines.findIndex((l) => l.startsWith("qualification,level,")) + 1}`, text: "Give the level as a whole number." },
        ],
      },
      {
        format: "csv",
        content: lines.map((line) => line.replace(",1.2,Explain why customers", ",1.1,Explain why customers")).join("\n"),
        expect: [
          { where: `Line ${lines.findIndex((l) => l.includes(",1.2,Explain why customers")) + 1}`, text: "Criterion 1.1 is listed twice" },
        ],
      },
      {
        format: "json",
        content: json((d) => (d.units[4]!.urn = d.units[3]!.urn)),
        expect: [{ where: "units[4].urn", text: "is listed twice" }],
      },
      { format: "json", content: json((d) => (d.units[0]!.credit = 0)), expect: [{ where: "units[0].credit", text: "must be 1 or more" }] },
      { format: "json", content: json((d) => (d.units[0]!.level = 9)), expect: [{ where: "units[0].level", text: "must be 8 or less" }] },
      { format: "json", content: json((d) => (d.units[0]!.glh = 2.5)), expect: [{ where: "units[0].glh", text: "whole number" }] },
      {
        format: "json",
        content: json((d) => (d.qualificationNumber = "603-7401-2")),
        expect: [{ where: "qualificationNumber", text: "like 603/1234/5" }],
      },
      {
        format: "json",
        content: json((d) => (d.approvedAgeGroups = ["adults" as never])),
        expect: [{ where: "approvedAgeGroups[0]", text: "Name age groups from this list" }],
      },
      {
        format: "json",
        content: json((d) => ((d as { unitEntriesAllowed: unknown }).unitEntriesAllowed = "maybe")),
        expect: [{ where: "unitEntriesAllowed", text: "Say yes or no" }],
      },
      {
        format: "json",
        content: json((d) => (d.certificationEndDate = "2024-07-31")),
        expect: [{ where: "certificationEndDate", text: "has already passed" }],
      },
      {
        format: "json",
        content: json((d) => d.rules.push({ kind: "minimumCreditFromGroup", group: "Z", credit: 3 })),
        expect: [{ where: "rules[4]", text: "names group Z" }],
      },
      {
        format: "json",
        content: json((d) => (d.rules = [{ kind: "barredCombination", unitUrns: ["M/617/4505", "Y/000/0000"] }])),
        expect: [{ where: "rules[0]", text: "Y/000/0000, which is not a unit" }],
      },
      {
        format: "json",
        content: json(
          (d) =>
            (d.rules = [
              { kind: "allOfGroup", group: "A" },
              { kind: "minimumCreditFromGroup", group: "B", credit: 13 },
            ]),
        ),
        expect: [{ where: "rules", text: "No candidate could achieve this qualification" }],
      },
      { format: "json", content: '{ "units": [', expect: [{ where: null, text: "not valid JSON" }] },
    ];
    for (const bad of cases) {
      const result = await runAction(
        importQualification,
        asAdminA(world),
        { format: bad.format, fileName: "bad", content: bad.content },
        { now },
      );
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringContaining("nothing was imported") });
      const listed = result.ok ? [] : (result.fieldErrors?.content ?? []);
      for (const expected of bad.expect) {
        expect(
          listed.some((line) => (expected.where === null || line.startsWith(expected.where)) && line.includes(expected.text)),
          `${expected.where}: ${expected.text} in ${listed.join(" | ")}`,
        ).toBe(true);
      }
    }
    const staff = await runAction(
      importCatalogueQualification,
      world.asStaff,
      { format: "csv", fileName: "bad.csv", content: badCsv },
      { now },
    );
    expect(staff).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { level: ["Give the level as a whole number."] } });
    expect(await written(world)).toEqual(before);
  });

  it("refuses a qualification number already in the catalogue or the centre's own list, with the message beside the number; of two at once one lands", async () => {
    const world = await createWorld();
    const input = { format: "json" as const, fileName: "retail.json", content: exampleQualificationJson };
    const [first, second] = await Promise.all([
      runAction(importQualification, asAdminA(world), input, { now }),
      runAction(importQualification, asAdminA(world), input, { now }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = first.ok ? second : first;
    expect(refused).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: {
        qualificationNumber: ["Your centre has already imported qualification 603/7401/2 (Level 2 Certificate in Retail Skills)."],
      },
    });
    expect(await db().qualification.count({ where: { awardingBodyId: world.body.id } })).toBe(1);
    expect((await getImportPage(await centreAccess(world.adminA.user.id, world.centreA.id))).takenNumbers).toEqual(["603/7401/2"]);

    // The body cannot put the number in its catalogue while a centre has it; another number it can,
    // and then no centre can import that one for itself.
    const body = await runAction(importCatalogueQualification, world.asStaff, input, { now });
    expect(body).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { qualificationNumber: [expect.stringContaining("A centre has already imported")] },
    });
    const other = json((d) => (d.qualificationNumber = "603/7402/X"));
    expect(await runAction(importCatalogueQualification, world.asStaff, { ...input, content: other }, { now })).toMatchObject({ ok: true });
    expect(await runAction(importCatalogueQualification, world.asStaff, { ...input, content: other }, { now })).toMatchObject({
      ok: false,
      fieldErrors: {
        qualificationNumber: ["Qualification 603/7402/X (Level 2 Certificate in Retail Skills) is already in the catalogue."],
      },
    });
    expect(await runAction(importQualification, asAdminB(world), { ...input, content: other }, { now })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { qualificationNumber: [expect.stringContaining("is already in your awarding body's catalogue")] },
    });
  });

  it("is open only to those with the permission: an assessor is refused and the page is not found to them", async () => {
    const world = await createWorld();
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    expect(
      await runAction(importQualification, asAssessor, { format: "json", fileName: "", content: exampleQualificationJson }, { now }),
    ).toMatchObject({ ok: false });
    await expect(getImportPage(await centreAccess(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().qualification.count({ where: { awardingBodyId: world.body.id } })).toBe(0);
  });
});
