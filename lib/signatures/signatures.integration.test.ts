import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { withClient } from "@/lib/db/databases";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { testPassword } from "@/tests/factories/centre-world";
import { contentSha256 } from "./canonical";
import { isCurrentlySigned, readSignedVersions } from "./read-signatures";
import { latestRecordVersion, writeRecordVersion, type RecordRef } from "./record-versions";
import { confirmSigningPassword, signRecord } from "./sign-record";

// The shared signature mechanism on a real database, as the app's role (tests/setup): numbered
// versions of exactly what was signed, a SHA-256 per version and per signature, append-only rows.

const db = () => getPrisma();
const asOwner = <T>(use: Parameters<typeof withClient<T>>[1]) => withClient(process.env.DATABASE_OWNER_URL!, use);

async function setUp() {
  const world = await createAssessmentWorld();
  const ref: RecordRef = { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: world.inCentreA.decision.id };
  return { world, ref };
}

describe("record versions and signatures", () => {
  it("writes numbered versions; the same content again is not a new version", async () => {
    const { world, ref } = await setUp();
    const first = await db().$transaction((tx) => writeRecordVersion(tx, ref, { rationale: "One", b: 1 }, world.assessorA.user.id));
    const again = await db().$transaction((tx) => writeRecordVersion(tx, ref, { b: 1, rationale: "One" }, world.assessorA.user.id));
    const second = await db().$transaction((tx) => writeRecordVersion(tx, ref, { rationale: "Two", b: 1 }, world.assessorA.user.id));
    expect([first.version, first.created]).toEqual([1, true]);
    expect([again.version, again.created, again.id]).toEqual([1, false, first.id]);
    expect([second.version, second.created]).toEqual([2, true]);
    expect(first.contentSha256).toBe(contentSha256({ rationale: "One", b: 1 }));
    expect((await db().$transaction((tx) => latestRecordVersion(tx, ref)))?.version).toBe(2);
  });

  it("a signature names its version and hash: valid for that version only, and a change needs signing again", async () => {
    const { world, ref } = await setUp();
    const now = new Date("2026-03-10T10:00:00Z");
    await db().$transaction((tx) =>
      signRecord(tx, {
        ref,
        content: { rationale: "One" },
        signerUserId: world.assessorA.user.id,
        role: "ASSESSOR",
        statement: "Signed.",
        now,
      }),
    );
    expect(await isCurrentlySigned(db(), ref, { rationale: "One" }, "ASSESSOR")).toMatchObject({ version: 1 });
    await db().$transaction((tx) => writeRecordVersion(tx, ref, { rationale: "Two" }, world.assessorA.user.id));
    expect(await isCurrentlySigned(db(), ref, { rationale: "Two" }, "ASSESSOR")).toBeNull();
    const versions = await readSignedVersions(db(), ref);
    expect(versions.map((v) => [v.version, v.intact, v.signatures.map((s) => [s.role, s.valid, s.signer.name])])).toEqual([
      [2, true, []],
      [1, true, [["ASSESSOR", true, "Alan Assessor"]]],
    ]);
    expect(versions[1]?.content).toEqual({ rationale: "One" });
  });

  it("signing is refused when the record moved on from the version shown, or when the version is already signed in that role", async () => {
    const { world, ref } = await setUp();
    const request = {
      ref,
      signerUserId: world.assessorA.user.id,
      role: "ASSESSOR" as const,
      statement: "Signed.",
      now: new Date(),
    };
    await db().$transaction((tx) => signRecord(tx, { ...request, content: { rationale: "One" } }));
    await expect(db().$transaction((tx) => signRecord(tx, { ...request, content: { rationale: "One" } }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This version has already been signed in that role.",
    });
    await expect(
      db().$transaction((tx) => signRecord(tx, { ...request, role: "IQA", content: { rationale: "Two" }, expectedVersion: 1 })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // The refused signing rolled back: no version 2, one signature.
    expect((await readSignedVersions(db(), ref)).map((v) => v.version)).toEqual([1]);
    expect(await db().signature.count({ where: { centreId: ref.centreId, recordId: ref.recordId } })).toBe(1);
  });

  it("the signer's password is checked; a wrong one is refused on the password field", async () => {
    const { world } = await setUp();
    await expect(
      db().$transaction((tx) => confirmSigningPassword(tx, world.assessorA.user.id, "not the password", new Date())),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { password: [expect.stringContaining("not your password")] } });
    await expect(
      db().$transaction((tx) => confirmSigningPassword(tx, world.assessorA.user.id, testPassword, new Date())),
    ).resolves.toBeUndefined();
  });

  it("the right password is not counted as a wrong one when the signing is then refused for another reason", async () => {
    const { world } = await setUp();
    const refusedAfterPassword = () =>
      db().$transaction(async (tx) => {
        await confirmSigningPassword(tx, world.assessorA.user.id, testPassword, new Date());
        throw new Error("not ready to sign");
      });
    for (let attempt = 0; attempt < 8; attempt += 1) await expect(refusedAfterPassword()).rejects.toThrow("not ready to sign");
    await expect(
      db().$transaction((tx) => confirmSigningPassword(tx, world.assessorA.user.id, testPassword, new Date())),
    ).resolves.toBeUndefined();
  });

  it("as the app's role: versions and signatures cannot be updated or deleted", async () => {
    const { world, ref } = await setUp();
    await db().$transaction((tx) =>
      signRecord(tx, {
        ref,
        content: { rationale: "One" },
        signerUserId: world.assessorA.user.id,
        role: "ASSESSOR",
        statement: "Signed.",
        now: new Date(),
      }),
    );
    await expect(db().$executeRawUnsafe(`UPDATE "RecordVersion" SET "content" = '{"rationale":"Forged"}'`)).rejects.toThrow(
      /permission denied for table RecordVersion/,
    );
    await expect(db().$executeRawUnsafe(`DELETE FROM "RecordVersion"`)).rejects.toThrow(/permission denied for table RecordVersion/);
    await expect(db().$executeRawUnsafe(`UPDATE "Signature" SET "role" = 'IQA'`)).rejects.toThrow(/permission denied for table Signature/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "Signature"`)).rejects.toThrow(/permission denied for table Signature/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "Signature"`)).rejects.toThrow(/permission denied for table Signature/);
    expect((await readSignedVersions(db(), ref))[0]?.signatures).toHaveLength(1);
  });

  it("content altered behind the app's back (by the owner) no longer matches its hash: the signature is shown as not valid", async () => {
    const { world, ref } = await setUp();
    await db().$transaction((tx) =>
      signRecord(tx, {
        ref,
        content: { rationale: "One" },
        signerUserId: world.assessorA.user.id,
        role: "ASSESSOR",
        statement: "Signed.",
        now: new Date(),
      }),
    );
    await asOwner((client) =>
      client.query(`UPDATE "RecordVersion" SET "content" = '{"rationale":"Forged"}' WHERE "recordId" = $1`, [ref.recordId]),
    );
    const [version] = await readSignedVersions(db(), ref);
    expect(version?.intact).toBe(false);
    expect(version?.signatures.map((s) => s.valid)).toEqual([false]);
  });
});
