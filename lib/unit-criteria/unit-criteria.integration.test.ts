import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { criteriaForAssessment, outcomesOfUnits } from "./criteria";
import { enterUnitCriteria } from "./enter-unit-criteria";
import { getUnitWithCriteria } from "./queries";

const db = () => getPrisma();

async function emptyUnit(world: AssessmentWorld) {
  return db().unit.create({
    data: {
      qualificationId: world.qualification.id,
      urn: `C/${world.centreA.id.slice(0, 8)}/3`,
      title: "Handle enquiries",
      credit: 3,
      level: 2,
      glh: 20,
      group: "B",
    },
  });
}

const typed = (unitId: string) => ({
  unitId,
  outcomes: [
    {
      ref: "1",
      title: "Understand enquiries",
      criteria: [
        { ref: "1.1", text: "Describe types of enquiry" },
        { ref: "1.2", text: "Explain how to route them" },
      ],
    },
    { ref: "2", title: "Handle enquiries", criteria: [{ ref: "2.1", text: "Answer an enquiry" }] },
  ],
});

describe("typing in a unit's outcomes and criteria", () => {
  it("saves them for the admin's centre in order; the other centre never sees or uses them", async () => {
    const world = await createAssessmentWorld();
    const unit = await emptyUnit(world);
    const result = await runAction(enterUnitCriteria, world.actor(world.adminA.user.id, world.centreA.id), typed(unit.id));
    expect(result).toEqual({ ok: true, data: { outcomes: 2, criteria: 3 } });

    const inA = (await outcomesOfUnits(db(), world.centreA.id, [unit.id])).get(unit.id)!;
    expect(inA.source).toBe("centre");
    expect(inA.outcomes.map((o) => [o.ref, o.title, o.criteria.map((c) => c.ref)])).toEqual([
      ["1", "Understand enquiries", ["1.1", "1.2"]],
      ["2", "Handle enquiries", ["2.1"]],
    ]);
    expect(await db().assessmentCriterion.count({ where: { unitId: unit.id, centreId: world.centreA.id } })).toBe(3);

    // Centre B: nothing to see on the unit page, nothing usable for assessment.
    expect((await outcomesOfUnits(db(), world.centreB.id, [unit.id])).get(unit.id)).toEqual({
      unitId: unit.id,
      source: "none",
      outcomes: [],
    });
    const adminB = await resolveAccessContext(db(), { userId: world.adminB.user.id });
    const pageB = await getUnitWithCriteria(adminB!, world.qualification.id, unit.id);
    expect(pageB.content.outcomes).toEqual([]);
    expect(pageB.mayType).toBe(true);
    const ids = inA.outcomes.flatMap((o) => o.criteria.map((c) => c.id));
    expect(await criteriaForAssessment(db(), world.centreB.id, world.qualification.id, ids)).toBeNull();
    expect(await criteriaForAssessment(db(), world.centreA.id, world.qualification.id, ids)).toHaveLength(3);

    // Centre B types in its own; each centre then sees only its own.
    const inB = await runAction(enterUnitCriteria, world.actor(world.adminB.user.id, world.centreB.id), {
      unitId: unit.id,
      outcomes: [{ ref: "1", title: "Centre B's own", criteria: [{ ref: "1.1", text: "B's criterion" }] }],
    });
    expect(inB).toMatchObject({ ok: true });
    expect((await outcomesOfUnits(db(), world.centreB.id, [unit.id])).get(unit.id)!.outcomes.map((o) => o.title)).toEqual([
      "Centre B's own",
    ]);
    expect((await outcomesOfUnits(db(), world.centreA.id, [unit.id])).get(unit.id)!.outcomes.map((o) => o.title)).toEqual([
      "Understand enquiries",
      "Handle enquiries",
    ]);
  });

  it("refuses a unit that already has content, bad numbering and a non-admin, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const unit = await emptyUnit(world);
    const asAdmin = world.actor(world.adminA.user.id, world.centreA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const published = await runAction(enterUnitCriteria, asAdmin, typed(world.unitA.id));
    expect(published).toMatchObject({ ok: false, code: "CONFLICT" });
    const bad = typed(unit.id);
    bad.outcomes[1]!.criteria[0]!.ref = "1.3";
    expect(await runAction(enterUnitCriteria, asAdmin, bad)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { "outcomes.1.criteria.0.ref": ["A criterion of outcome 2 is numbered 2.something, not 1.3."] },
    });
    expect(await runAction(enterUnitCriteria, world.actor(world.assessorA.user.id, world.centreA.id), typed(unit.id))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await runAction(enterUnitCriteria, asAdmin, { ...typed(unit.id), unitId: "00000000-0000-4000-8000-000000000000" }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    // Once typed in, a second attempt is refused.
    expect(await runAction(enterUnitCriteria, asAdmin, typed(unit.id))).toMatchObject({ ok: true });
    expect(await runAction(enterUnitCriteria, asAdmin, typed(unit.id))).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("a centre's own imported qualification's units", () => {
  it("are not found by another centre of the same body, to read or to type into", async () => {
    const world = await createAssessmentWorld();
    const own = await db().qualification.create({
      data: {
        awardingBodyId: world.qualification.awardingBodyId,
        centreId: world.centreA.id,
        qualificationNumber: "603/9999/1",
        title: "Centre A's own certificate",
        level: 2,
        ruleOfCombination: { groups: [{ id: "A", name: "Group A" }], rules: [{ kind: "allOfGroup", group: "A" }] },
      },
    });
    const unit = await db().unit.create({
      data: {
        qualificationId: own.id,
        urn: `K/${world.centreA.id.slice(0, 8)}/1`,
        title: "Own unit",
        credit: 3,
        level: 2,
        glh: 20,
        group: "A",
      },
    });
    const accessOf = async (userId: string, centreId: string) =>
      (await resolveAccessContext(db(), { userId, requestedWorkspaceKey: `centre:${centreId}` }))!;

    const inA = await getUnitWithCriteria(await accessOf(world.adminA.user.id, world.centreA.id), own.id, unit.id);
    expect(inA.unit.id).toBe(unit.id);
    await expect(getUnitWithCriteria(await accessOf(world.adminB.user.id, world.centreB.id), own.id, unit.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const typedByB = await runAction(enterUnitCriteria, world.actor(world.adminB.user.id, world.centreB.id), typed(unit.id));
    expect(typedByB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().learningOutcome.count({ where: { unitId: unit.id } })).toBe(0);
  });
});
