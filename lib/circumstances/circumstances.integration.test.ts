import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { acknowledgeCircumstanceChange } from "./acknowledge-circumstance-change";
import { notifyCircumstanceChange } from "./notify-circumstance-change";
import { changesNotified, ownCircumstanceChanges } from "./queries";

const db = () => getPrisma();

const change = { kind: "EMPLOYER", details: "Now employed by Delta Training as lead assessor.", effectiveOn: "2026-02-01" };

describe("changes of circumstance (ICS A10)", () => {
  it("notifies every awarding body the person answers to, one dated row each, on each body's own audit chain", async () => {
    const world = await createAwardingBodyWorld();
    // The Institute's assessor is also approved by Naace: two bodies to tell.
    await db().assessorApproval.create({
      data: { awardingBodyId: world.naace.id, userId: world.icsAssessor.id, scheme: "NAACE", state: "registered" },
    });
    const now = new Date("2026-03-10T09:30:00Z");
    const result = await runAction(notifyCircumstanceChange, world.centreActor(world.icsAssessor.id, world.icsCentre.id), change, { now });
    expect(result).toMatchObject({ ok: true });

    const rows = await db().circumstanceChange.findMany({
      where: { userId: world.icsAssessor.id, details: change.details },
      orderBy: { awardingBodyId: "asc" },
    });
    expect(rows.map((row) => row.awardingBodyId).sort()).toEqual([world.ics.id, world.naace.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ kind: "EMPLOYER", notifiedAt: now, acknowledgedAt: null });
      expect(row.effectiveOn.toISOString().slice(0, 10)).toBe("2026-02-01");
    }
    for (const body of [world.ics, world.naace]) {
      const entry = await db().auditEvent.findFirst({ where: { chain: `awarding-body:${body.id}`, action: "circumstances.notify" } });
      expect(entry).toMatchObject({
        centreId: null,
        actorUserId: world.icsAssessor.id,
        summary: { kind: "EMPLOYER", effectiveOn: "2026-02-01" },
      });
    }

    // Their history: one change, told to both bodies, neither has acknowledged yet.
    const history = await ownCircumstanceChanges(db(), world.icsAssessor.id);
    const notified = history.find((row) => row.details === change.details);
    expect(notified?.bodies.map((body) => [body.awardingBodyName, body.acknowledgedAt])).toEqual(
      [
        [world.ics.name, null],
        [world.naace.name, null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // Another person's history does not include it.
    const others = await ownCircumstanceChanges(db(), world.naaceAssessor.id);
    expect(others.some((row) => row.details === change.details)).toBe(false);
  });

  it("an approved assessor with no centre notifies the body that approved them", async () => {
    const world = await createAwardingBodyWorld();
    const result = await runAction(notifyCircumstanceChange, world.actor(world.naaceAssessor.id, world.naace.id), {
      kind: "CEASING_TO_ASSESS",
      details: "Stepping back from assessing from September.",
      effectiveOn: "2026-09-01",
    });
    expect(result).toMatchObject({ ok: true });
    const rows = await db().circumstanceChange.findMany({ where: { userId: world.naaceAssessor.id } });
    expect(rows.map((row) => [row.awardingBodyId, row.kind])).toEqual([[world.naace.id, "CEASING_TO_ASSESS"]]);
  });

  it("bad input changes nothing, and someone outside any assessment team is refused", async () => {
    const world = await createAwardingBodyWorld();
    const actor = world.centreActor(world.icsAssessor.id, world.icsCentre.id);
    const before = await db().circumstanceChange.count({ where: { userId: world.icsAssessor.id } });
    const noDetails = await runAction(notifyCircumstanceChange, actor, { ...change, details: "   " });
    expect(noDetails).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { details: [expect.any(String)] } });
    const badKind = await runAction(notifyCircumstanceChange, actor, { ...change, kind: "HOLIDAY" });
    expect(badKind).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { kind: [expect.any(String)] } });
    const tooFar = await runAction(
      notifyCircumstanceChange,
      actor,
      { ...change, effectiveOn: "2029-01-01" },
      { now: new Date("2026-03-01T10:00:00Z") },
    );
    expect(tooFar).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { effectiveOn: [expect.any(String)] } });
    const notADay = await runAction(notifyCircumstanceChange, actor, { ...change, effectiveOn: "2026-02-30" });
    expect(notADay).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { effectiveOn: [expect.any(String)] } });
    expect(await db().circumstanceChange.count({ where: { userId: world.icsAssessor.id } })).toBe(before);

    // The body's staff member assesses nowhere and holds no approval.
    const staff = await runAction(notifyCircumstanceChange, world.actor(world.icsStaff.id, world.ics.id), change);
    expect(staff).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().circumstanceChange.count({ where: { userId: world.icsStaff.id } })).toBe(0);
  });

  it("the body's staff acknowledge once; another body's staff get not found; a second acknowledgement is refused", async () => {
    const world = await createAwardingBodyWorld();
    const later = await runAction(
      notifyCircumstanceChange,
      world.centreActor(world.icsAssessor.id, world.icsCentre.id),
      { kind: "NAME", details: "Now Ivan Assessor-Smith.", effectiveOn: "2026-03-01" },
      { now: new Date("2026-03-02T10:00:00Z") },
    );
    expect(later).toMatchObject({ ok: true });

    const naaceTry = await runAction(acknowledgeCircumstanceChange, world.actor(world.naaceStaff.id, world.naace.id), {
      changeId: world.icsChange.id,
    });
    expect(naaceTry).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().circumstanceChange.findUniqueOrThrow({ where: { id: world.icsChange.id } })).acknowledgedAt).toBeNull();

    // An approved assessor cannot acknowledge their own change.
    const own = await runAction(acknowledgeCircumstanceChange, world.actor(world.icsAssessor.id, world.ics.id), {
      changeId: world.icsChange.id,
    });
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const now = new Date("2026-03-05T12:00:00Z");
    const ok = await runAction(
      acknowledgeCircumstanceChange,
      world.actor(world.icsStaff.id, world.ics.id),
      { changeId: world.icsChange.id },
      { now },
    );
    expect(ok).toMatchObject({ ok: true });
    const row = await db().circumstanceChange.findUniqueOrThrow({ where: { id: world.icsChange.id } });
    expect(row).toMatchObject({ acknowledgedAt: now, acknowledgedById: world.icsStaff.id });
    const entry = await db().auditEvent.findFirst({
      where: { chain: `awarding-body:${world.ics.id}`, action: "circumstances.acknowledge" },
    });
    expect(entry).toMatchObject({ targetId: world.icsChange.id, summary: { person: world.icsAssessor.name, kind: "EMPLOYER" } });

    const again = await runAction(acknowledgeCircumstanceChange, world.actor(world.icsStaff.id, world.ics.id), {
      changeId: world.icsChange.id,
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().circumstanceChange.findUniqueOrThrow({ where: { id: world.icsChange.id } })).acknowledgedAt).toEqual(now);

    // The body's list: unacknowledged first, then acknowledged with who did it; Naace's list has neither.
    const list = await changesNotified(db(), { awardingBodyId: world.ics.id });
    expect(list.map((item) => [item.kind, item.acknowledgedByName])).toEqual([
      ["NAME", null],
      ["EMPLOYER", world.icsStaff.name],
    ]);
    // The Institute approved him: a change says which approval it concerns.
    expect(list.map((item) => item.hasApproval)).toEqual([true, true]);
    expect(await changesNotified(db(), { awardingBodyId: world.naace.id, userId: world.icsAssessor.id })).toEqual([]);
  });
});

describe("separation of duties: a member of staff who is also the body's assessor", () => {
  it("cannot acknowledge their own change of circumstance; another member of staff can", async () => {
    const world = await createAwardingBodyWorld();
    // Ivan, the Institute's assessor, also works for the Institute.
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.ics.id, userId: world.icsAssessor.id } });
    const own = await runAction(acknowledgeCircumstanceChange, world.actor(world.icsAssessor.id, world.ics.id), {
      changeId: world.icsChange.id,
    });
    expect(own).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: { _form: [`Another member of ${world.ics.name}'s staff must acknowledge your own change of circumstance.`] },
    });
    expect(await db().circumstanceChange.findUniqueOrThrow({ where: { id: world.icsChange.id } })).toMatchObject({
      acknowledgedAt: null,
      acknowledgedById: null,
    });

    const ok = await runAction(acknowledgeCircumstanceChange, world.actor(world.icsStaff.id, world.ics.id), {
      changeId: world.icsChange.id,
    });
    expect(ok).toMatchObject({ ok: true });
  });
});
