import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { withClient } from "@/lib/db/databases";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { auditSettings } from "./audit-settings";
import { auditedTransaction } from "./audited-transaction";
import { readChainHead } from "./chain-checkpoints";
import { hashVersions, legacyAuditEventHash } from "./hash-chain";
import { recordAuditEvent } from "./record-audit-event";
import { sealLegacyAuditEntries } from "./seal-legacy-entries";
import { unsafeVerifyAuditChain } from "./verify-centre-audit-chain";

// getPrisma() connects as the app's role (tests/setup); the attacker here holds the owner's
// credentials (DATABASE_OWNER_URL) but not the audit key nor the checkpoint files.
const db = () => getPrisma();
const asOwner = <T>(use: Parameters<typeof withClient<T>>[1]) => withClient(process.env.DATABASE_OWNER_URL!, use);

async function writeEvents(centreId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await auditedTransaction(db(), (tx) =>
      recordAuditEvent(tx, {
        centreId,
        actorUserId: null,
        action: "test.event",
        targetType: "Test",
        summary: { i, nested: { b: 1, a: 2 } },
      }),
    );
  }
}

type Row = {
  chain: string;
  sequence: number;
  centreId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  occurredAt: Date;
  previousHash: string;
  hash: string;
};

/** What an attacker with the owner's credentials can do: triggers off, rewrite rows from `from` on with plain SHA-256. */
async function rewriteWithPlainSha256(chain: string, from: number, edit: (row: Row) => Row) {
  await asOwner(async (client) => {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    const { rows } = await client.query<Row>(`SELECT * FROM "AuditEvent" WHERE "chain" = $1 ORDER BY "sequence"`, [chain]);
    let previousHash = rows[from - 2]?.hash ?? "";
    for (const original of rows.slice(from - 1)) {
      const row = edit({ ...original, previousHash });
      row.hash = legacyAuditEventHash(row, previousHash);
      await client.query(
        `UPDATE "AuditEvent" SET "summary" = $1, "previousHash" = $2, "hash" = $3, "hashVersion" = $4 WHERE "chain" = $5 AND "sequence" = $6`,
        [JSON.stringify(row.summary), row.previousHash, row.hash, hashVersions.legacySha256, chain, row.sequence],
      );
      previousHash = row.hash;
    }
    await client.query("COMMIT");
  });
}

describe("the audit trail", () => {
  it("chains a centre's events and verifies them after a round trip through jsonb; each commit checkpoints the head", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 4);
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 4 });
    const head = await db().auditEvent.findFirstOrThrow({ where: { chain: world.centreA.id, sequence: 4 } });
    expect(head.hashVersion).toBe(hashVersions.hmacSha256);
    expect(await readChainHead(auditSettings(), world.centreA.id)).toEqual({
      status: "valid",
      checkpoint: { sequence: 4, hash: head.hash },
    });
  });

  it("does not checkpoint an entry whose transaction rolled back", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 1);
    await expect(
      auditedTransaction(db(), async (tx) => {
        await recordAuditEvent(tx, {
          centreId: world.centreA.id,
          actorUserId: null,
          action: "test.event",
          targetType: "Test",
          summary: {},
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await readChainHead(auditSettings(), world.centreA.id)).toMatchObject({ checkpoint: { sequence: 1 } });
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 1 });
  });

  it("as the app's role: UPDATE, DELETE and TRUNCATE of audit entries are refused, and so is switching the protection off", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 1);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(
      /permission denied for table AuditEvent/,
    );
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied for table AuditEvent/);
    await expect(db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_refuse_update_delete"`)).rejects.toThrow(
      /must be owner of table AuditEvent/,
    );
    await expect(db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(
      /must be owner of table AuditEvent/,
    );
    await expect(db().$transaction((tx) => tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`))).rejects.toThrow(
      /permission denied to set parameter "session_replication_role"/,
    );
    await expect(db().$executeRawUnsafe(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied to set parameter/);
    // It is not the owner and owns nothing it could hand itself rights on.
    const [role] = await db().$queryRaw<{ superuser: boolean; owns: bigint }[]>`
      SELECT rolsuper AS superuser, (SELECT count(*) FROM pg_class WHERE relowner = r.oid) AS owns FROM pg_roles r WHERE rolname = current_user`;
    expect(role).toEqual({ superuser: false, owns: 0n });
    expect(await db().auditEvent.count({ where: { chain: world.centreA.id } })).toBe(1);
  });

  it("the trigger refuses UPDATE, DELETE and TRUNCATE even to the owner", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 1);
    await asOwner(async (client) => {
      await expect(client.query(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 1 });
  });

  it("detects an entry edited by the owner with the trigger bypassed and the chain recomputed with plain SHA-256", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 3);
    await rewriteWithPlainSha256(world.centreA.id, 2, (row) => (row.sequence === 2 ? { ...row, summary: { i: 99 } } : row));
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toMatchObject({
      intact: false,
      brokenAtSequence: 2,
      reason: "Entry 2 is not signed with this installation's audit key.",
    });
    // Rewriting the whole chain, first entry included, is caught by the checkpoint of its head.
    await rewriteWithPlainSha256(world.centreA.id, 1, (row) => row);
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toMatchObject({ intact: false, brokenAtSequence: 1 });
    // The other centre's chain is unaffected.
    await writeEvents(world.centreB.id, 1);
    expect(await unsafeVerifyAuditChain(db(), world.centreB.id)).toEqual({ intact: true, checked: 1 });
  });

  it("detects the newest entries removed by the owner with the trigger bypassed", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 4);
    await asOwner(async (client) => {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query(`DELETE FROM "AuditEvent" WHERE "chain" = $1 AND "sequence" > 2`, [world.centreA.id]);
      await client.query("COMMIT");
    });
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({
      intact: false,
      checked: 2,
      brokenAtSequence: 3,
      reason: "Entries after number 2 were removed: 4 had been recorded.",
    });
  });

  it("keeps reporting a removed tail after the app has written more entries than were removed", async () => {
    const world = await createCentreWorld();
    await writeEvents(world.centreA.id, 6);
    await asOwner(async (client) => {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query(`DELETE FROM "AuditEvent" WHERE "chain" = $1 AND "sequence" > 3`, [world.centreA.id]);
      await client.query("COMMIT");
    });
    // The app carries on: new, correctly signed entries link onto what is left and the checkpoint
    // moves past the old head, yet the removal stays on record.
    await writeEvents(world.centreA.id, 5);
    expect(await db().auditEvent.count({ where: { chain: world.centreA.id } })).toBe(8);
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({
      intact: false,
      checked: 3,
      brokenAtSequence: 4,
      reason: "Entries after number 3 were removed: 6 had been recorded.",
    });
  });

  it("keeps one unbroken chain when many changes are recorded at once, and checkpoints the newest", async () => {
    const world = await createCentreWorld();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        auditedTransaction(db(), (tx) =>
          recordAuditEvent(tx, {
            centreId: world.centreA.id,
            actorUserId: null,
            action: "test.concurrent",
            targetType: "Test",
            summary: { i },
          }),
        ),
      ),
    );
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 12 });
    expect(await readChainHead(auditSettings(), world.centreA.id)).toMatchObject({ checkpoint: { sequence: 12 } });
  });
});

describe("entries written before entries were signed (plain SHA-256)", () => {
  /** Inserts a chain as the code before the audit key wrote it. */
  async function insertLegacyChain(chain: string, centreId: string | null, count: number) {
    await asOwner(async (client) => {
      let previousHash = "";
      for (let sequence = 1; sequence <= count; sequence++) {
        const content = {
          chain,
          sequence,
          centreId,
          actorUserId: null,
          action: "test.legacy",
          targetType: "Test",
          targetId: null,
          summary: { sequence },
          occurredAt: new Date(Date.UTC(2026, 0, sequence)),
        };
        const hash = legacyAuditEventHash(content, previousHash);
        await client.query(
          `INSERT INTO "AuditEvent" ("id", "chain", "sequence", "centreId", "actorUserId", "action", "targetType", "targetId", "summary", "occurredAt", "previousHash", "hash", "hashVersion")
           VALUES (gen_random_uuid(), $1, $2, $3, NULL, $4, $5, NULL, $6, $7, $8, $9, $10)`,
          [
            chain,
            sequence,
            centreId,
            content.action,
            content.targetType,
            JSON.stringify(content.summary),
            content.occurredAt,
            previousHash,
            hash,
            hashVersions.legacySha256,
          ],
        );
        previousHash = hash;
      }
    });
  }

  it("keep verifying once sealed, chained to the signed entries after them; unkeyed entries added later do not", async () => {
    const world = await createCentreWorld();
    await insertLegacyChain(world.centreA.id, world.centreA.id, 3);
    const seal = await asOwner((client) => sealLegacyAuditEntries((sql, values) => client.query(sql, values), auditSettings()));
    expect(seal?.[world.centreA.id]).toMatchObject({ sequence: 3 });
    // Sealed once: a second start changes nothing.
    expect(await asOwner((client) => sealLegacyAuditEntries((sql, values) => client.query(sql, values), auditSettings()))).toBeNull();

    await writeEvents(world.centreA.id, 2);
    expect(await unsafeVerifyAuditChain(db(), world.centreA.id)).toEqual({ intact: true, checked: 5 });

    // The owner adds a plausible unkeyed chain for the other centre after the seal: refused.
    await insertLegacyChain(world.centreB.id, world.centreB.id, 2);
    expect(await unsafeVerifyAuditChain(db(), world.centreB.id)).toMatchObject({
      intact: false,
      brokenAtSequence: 1,
      reason: "Entry 1 is not signed with this installation's audit key.",
    });
  });
  it("with its checkpoints lost, a signed trail is not reported intact, and its unsigned entries are not sealed afresh", async () => {
    const world = await createCentreWorld();
    await insertLegacyChain(world.centreA.id, world.centreA.id, 2);
    await writeEvents(world.centreA.id, 2);
    const kept = process.env.ASSAY_AUDIT_ANCHOR_DIR;
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), "assay-lost-anchors-"));
    process.env.ASSAY_AUDIT_ANCHOR_DIR = empty;
    try {
      // A fresh start with an empty checkpoint directory seals no chain that already holds signed entries.
      const seal = await asOwner((client) => sealLegacyAuditEntries((sql, values) => client.query(sql, values), auditSettings()));
      expect(seal?.[world.centreA.id]).toBeUndefined();
      const verification = await unsafeVerifyAuditChain(db(), world.centreA.id);
      expect(verification.intact).toBe(false);
      // Signed entries alone, without any checkpoint: said plainly.
      await writeEventsWithoutCheckpoint(world.centreB.id, 2);
      expect(await unsafeVerifyAuditChain(db(), world.centreB.id)).toMatchObject({
        intact: false,
        reason: expect.stringMatching(/^No checkpoint of this trail is kept/),
      });
    } finally {
      process.env.ASSAY_AUDIT_ANCHOR_DIR = kept;
      await fs.rm(empty, { recursive: true, force: true });
    }
  });

  async function writeEventsWithoutCheckpoint(centreId: string, count: number) {
    for (let i = 0; i < count; i++) {
      await db().$transaction((tx) =>
        recordAuditEvent(tx, { centreId, actorUserId: null, action: "test.event", targetType: "Test", summary: { i } }),
      );
    }
  }
});
