import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { centreSignatureList, ownSampleSignatures } from "./queries";
import { recordSampleSignature } from "./record-sample-signature";

const db = () => getPrisma();

const drawing = [
  [
    [10, 100],
    [40.26, 60.04],
    [80, 120],
  ],
  [[300, 150]],
];

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

describe("sample signatures (RD02)", () => {
  it("records a drawn and then a typed signature; the newest is current and the older one is kept", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const drawn = await runAction(
      recordSampleSignature,
      actor,
      { method: "DRAWN", strokes: drawing, signedOn: "2026-03-01" },
      {
        now: new Date("2026-03-01T10:00:00Z"),
      },
    );
    expect(drawn).toMatchObject({ ok: true });
    const stored = await db().sampleSignature.findFirstOrThrow({ where: { userId: world.assessorA.user.id } });
    // Kept to a tenth of a pixel.
    expect(stored.strokes).toEqual([
      [
        [10, 100],
        [40.3, 60],
        [80, 120],
      ],
      [[300, 150]],
    ]);
    const entry = await db().auditEvent.findFirst({ where: { action: "sampleSignatures.record", actorUserId: world.assessorA.user.id } });
    expect(entry).toMatchObject({ centreId: null, summary: { method: "DRAWN", signedOn: "2026-03-01", strokes: 2, points: 4 } });

    const typed = await runAction(
      recordSampleSignature,
      actor,
      { method: "TYPED", typedName: "Alan Assessor", signedOn: "2026-03-04" },
      {
        now: new Date("2026-03-04T10:00:00Z"),
      },
    );
    expect(typed).toMatchObject({ ok: true });
    const own = await ownSampleSignatures(db(), world.assessorA.user.id);
    expect(own.map((row) => [row.method, row.signedOn, row.typedName])).toEqual([
      ["TYPED", "2026-03-04", "Alan Assessor"],
      ["DRAWN", "2026-03-01", null],
    ]);
    expect(own[1]?.path).toBe("M10 100L40.3 60L80 120M300 150h0.1");

    const list = await centreSignatureList(await accessOf(world.adminA.user.id, world.centreA.id));
    const alan = list.find((row) => row.userId === world.assessorA.user.id);
    expect(alan?.signature).toMatchObject({ method: "TYPED", typedName: "Alan Assessor", signedOn: "2026-03-04" });
  });

  it("refuses malformed drawings and future dates, and changes nothing", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const now = new Date("2026-03-01T10:00:00Z");
    const cases: [unknown, string][] = [
      [{ method: "DRAWN", strokes: [], signedOn: "2026-03-01" }, "strokes"],
      [{ method: "DRAWN", strokes: [[[601, 10]]], signedOn: "2026-03-01" }, "strokes.0.0.0"],
      [{ method: "DRAWN", strokes: [[[10, -1]]], signedOn: "2026-03-01" }, "strokes.0.0.1"],
      [{ method: "DRAWN", strokes: [[[10, "a"]]], signedOn: "2026-03-01" }, "strokes.0.0.1"],
      [{ method: "DRAWN", strokes: [[[10, 20, 30]]], signedOn: "2026-03-01" }, "strokes.0.0"],
      [{ method: "DRAWN", strokes: Array.from({ length: 61 }, () => [[1, 1]]), signedOn: "2026-03-01" }, "strokes"],
      [{ method: "DRAWN", strokes: [Array.from({ length: 1001 }, () => [1, 1])], signedOn: "2026-03-01" }, "strokes.0"],
      [{ method: "DRAWN", strokes: "M0 0L10 10", signedOn: "2026-03-01" }, "strokes"],
      [{ method: "TYPED", typedName: "  ", signedOn: "2026-03-01" }, "typedName"],
      [{ method: "TYPED", typedName: "Alan", signedOn: "2026-03-05" }, "signedOn"],
      [{ method: "IMAGE", signedOn: "2026-03-01" }, "method"],
    ];
    for (const [input, field] of cases) {
      const result = await runAction(recordSampleSignature, actor, input, { now });
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), JSON.stringify(input).slice(0, 80)).toContain(field);
    }
    expect(await db().sampleSignature.count({ where: { userId: world.assessorA.user.id } })).toBe(0);
  });

  it("the centre's list shows only this centre's active assessors and IQAs, with who has none", async () => {
    const world = await createCentreWorld();
    await runAction(recordSampleSignature, world.actor(world.assessorB.user.id, world.centreB.id), {
      method: "TYPED",
      typedName: "Ben Assessor",
      signedOn: "2026-01-10",
    });
    const list = await centreSignatureList(await accessOf(world.adminA.user.id, world.centreA.id));
    expect(list.map((row) => [row.name, row.roles, row.signature])).toEqual([
      ["Alan Assessor", ["ASSESSOR"], null],
      ["Sam Shared", ["ASSESSOR"], null],
    ]);
    // Centre B's list has Ben's signature; no admin or candidate is on either list.
    const listB = await centreSignatureList(await accessOf(world.adminB.user.id, world.centreB.id));
    expect(listB.map((row) => [row.name, row.signature?.typedName ?? null])).toEqual([
      ["Ben Assessor", "Ben Assessor"],
      ["Sam Shared", null],
    ]);
    // An assessor (no staff.view) cannot read the list.
    await expect(centreSignatureList(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a centre admin who does not assess keeps no sample signature", async () => {
    const world = await createCentreWorld();
    const result = await runAction(recordSampleSignature, world.actor(world.adminA.user.id, world.centreA.id), {
      method: "TYPED",
      typedName: "Ada Admin",
      signedOn: "2026-01-10",
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().sampleSignature.count({ where: { userId: world.adminA.user.id } })).toBe(0);
  });
});
