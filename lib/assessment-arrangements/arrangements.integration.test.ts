import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { changeArrangement } from "./change-arrangement";
import { allArrangementsFor, arrangementsFor } from "./queries";
import { recordArrangement } from "./record-arrangement";
import { removeArrangement } from "./remove-arrangement";

const db = () => getPrisma();
const now = new Date("2026-03-10T10:00:00Z");
const asAdminA = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);
const dyslexia = (world: AssessmentWorld, extra: Record<string, unknown> = {}) => ({
  candidateId: world.candidateInA.id,
  kind: "REASONABLE_ADJUSTMENT",
  reason: "Dyslexia (assessed 2024)",
  arrangement: "Questions read aloud; 25% extra time for written work.",
  unitId: "",
  appliesFrom: "2026-01-05",
  appliesUntil: "",
  approvedByAwardingBodyOn: "",
  ...extra,
});

describe("reasonable adjustments and special consideration", () => {
  it("are recorded, changed and removed on the version seen, and the assessor reads those in force on a day", async () => {
    const world = await createAssessmentWorld();
    const candidate = { centreId: world.centreA.id, candidateId: world.candidateInA.id };
    const first = await runAction(recordArrangement, asAdminA(world), dyslexia(world), { now });
    expect(first.ok).toBe(true);
    const second = await runAction(
      recordArrangement,
      asAdminA(world),
      dyslexia(world, {
        kind: "SPECIAL_CONSIDERATION",
        reason: "Broken wrist on the day of the observation",
        arrangement: "Observation repeated after recovery",
        unitId: world.unitA.id,
        appliesFrom: "2026-02-01",
        appliesUntil: "2026-02-28",
        approvedByAwardingBodyOn: "2026-02-03",
      }),
      { now },
    );
    expect(second.ok).toBe(true);

    expect((await arrangementsFor(db(), { ...candidate, on: "2026-01-04" })).length).toBe(0);
    expect(
      (await arrangementsFor(db(), { ...candidate, on: "2026-02-15" })).map((row) => [row.kind, row.unit?.title ?? "every unit"]),
    ).toEqual([
      ["REASONABLE_ADJUSTMENT", "every unit"],
      ["SPECIAL_CONSIDERATION", "Resolve complaints"],
    ]);
    expect((await arrangementsFor(db(), { ...candidate, on: "2026-03-01" })).map((row) => row.kind)).toEqual(["REASONABLE_ADJUSTMENT"]);
    // Another centre's reading of the candidate finds nothing.
    expect(await arrangementsFor(db(), { centreId: world.centreB.id, candidateId: world.candidateInA.id, on: "2026-02-15" })).toEqual([]);

    const [dyslexiaRow] = await arrangementsFor(db(), { ...candidate, on: "2026-03-01" });
    const change = { ...dyslexia(world), arrangementId: dyslexiaRow!.id, version: 1, appliesUntil: "2026-07-31" };
    expect((await runAction(changeArrangement, asAdminA(world), change, { now })).ok).toBe(true);
    // A second change on the version already replaced is refused and changes nothing.
    const stale = await runAction(changeArrangement, asAdminA(world), { ...change, appliesUntil: "2026-12-31" }, { now });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const changed = await db().assessmentArrangement.findUniqueOrThrow({ where: { id: dyslexiaRow!.id } });
    expect(changed).toMatchObject({ version: 2 });
    expect(changed.appliesUntil!.toISOString().slice(0, 10)).toBe("2026-07-31");
    expect(await arrangementsFor(db(), { ...candidate, on: "2026-08-01" })).toEqual([]);

    expect(
      await runAction(
        removeArrangement,
        asAdminA(world),
        { candidateId: world.candidateInA.id, arrangementId: dyslexiaRow!.id, version: 1 },
        { now },
      ),
    ).toMatchObject({
      ok: false,
      code: "STALE",
    });
    expect(
      (
        await runAction(
          removeArrangement,
          asAdminA(world),
          { candidateId: world.candidateInA.id, arrangementId: dyslexiaRow!.id, version: 2 },
          { now },
        )
      ).ok,
    ).toBe(true);
    expect((await allArrangementsFor(db(), candidate)).map((row) => row.kind)).toEqual(["SPECIAL_CONSIDERATION"]);

    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: { startsWith: "assessmentArrangement." } },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((event) => event.action)).toEqual([
      "assessmentArrangement.record",
      "assessmentArrangement.record",
      "assessmentArrangement.change",
      "assessmentArrangement.remove",
    ]);
    expect(audits[2]!.summary).toMatchObject({
      candidate: "Cara Candidate",
      before: { appliesUntil: "", unit: "Every unit" },
      after: { appliesUntil: "2026-07-31", kind: "Reasonable adjustment" },
    });
  });

  it("refuses bad dates, a unit not the candidate's and anyone but admin or head; nothing changes", async () => {
    const world = await createAssessmentWorld();
    const backwards = await runAction(recordArrangement, asAdminA(world), dyslexia(world, { appliesUntil: "2025-12-31" }), { now });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { appliesUntil: [expect.stringContaining("cannot be before")] } });
    const unreal = await runAction(recordArrangement, asAdminA(world), dyslexia(world, { appliesFrom: "2026-02-30", reason: "" }), { now });
    expect(unreal).toMatchObject({ ok: false, fieldErrors: { appliesFrom: [expect.any(String)], reason: [expect.any(String)] } });
    const otherQualification = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `X/${world.centreA.id.slice(0, 8)}`,
        title: "Other",
        level: 2,
        ruleOfCombination: {},
      },
    });
    const foreignUnit = await db().unit.create({
      data: { qualificationId: otherQualification.id, urn: "X/1", title: "Other unit", credit: 1, level: 2, glh: 8, group: "A" },
    });
    const wrongUnit = await runAction(recordArrangement, asAdminA(world), dyslexia(world, { unitId: foreignUnit.id }), { now });
    expect(wrongUnit).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.any(String)] } });
    const asAssessor = await runAction(recordArrangement, world.actor(world.assessorA.user.id, world.centreA.id), dyslexia(world), { now });
    expect(asAssessor).toMatchObject({ ok: false });
    expect(await db().assessmentArrangement.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});
