import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { recordAuditEvent } from "./record-audit-event";
import { unsafeVerifyAuditChain } from "./verify-centre-audit-chain";

const db = () => getPrisma();

async function writeEvents(centreId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, { centreId, actorUserId: null, action: "test.event", targetType: "Test", summary: { i, nested: { b: 1, a: 2 } } }),
    );
  }
}

describe("the audit trail", () => {
  it("chains a centre's events and verifies them after a round trip through jsonb", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 4);
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 4 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 1);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count({ where: { chain: world.centreA.id } })).toBe(1);
  });

  it("detects a row tampered with in SQL by someone who bypassed the trigger", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 3);
    await db().$transaction(async (tx) => {
      // A database superuser can switch triggers off; the hash chain still gives them away.
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "summary" = '{"i": 99}' WHERE "chain" = $1 AND "sequence" = 2`, world.centreA.id);
    });
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toMatchObject({ intact: false, brokenAtSequence: 2 });
    // The other centre's chain is unaffected.
    await writeEvents(world.centreB.id, 1);
    expect(await unsafeVerifyAuditChain(db(), world.centreB.id)).toEqual({ intact: true, checked: 1 });
  });

  it("keeps one unbroken chain when many changes are recorded at once", async () => {
    const world = await createCentreWorld();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db().$transaction((tx) =>
          recordAuditEvent(tx, { centreId: world.centreA.id, actorUserId: null, action: "test.concurrent", targetType: "Test", summary: { i } }),
        ),
      ),
    );
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 12 });
  });
});
