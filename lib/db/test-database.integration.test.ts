import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { databaseName, withClient } from "./databases";

// Guards the integration-test plumbing itself: each file runs in its own migrated database, and
// the code under test connects as the app's role, not as the owner.
describe("integration test database", () => {
  it("is this file's own clone of the migrated template", async () => {
    expect(databaseName(process.env.DATABASE_URL ?? "")).toMatch(/^test_[0-9a-f]{12}$/);
    expect(databaseName(process.env.DATABASE_OWNER_URL ?? "")).toBe(databaseName(process.env.DATABASE_URL ?? ""));
    const { rows } = await withClient(process.env.DATABASE_OWNER_URL!, (client) =>
      client.query<{ count: string }>(`SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`),
    );
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
  });

  it("gives getPrisma() a working client on that database, as the app's role", async () => {
    const prisma = getPrisma();
    await prisma.awardingBody.create({ data: { name: "TEST", legalName: "Test Awarding Body" } });
    expect(await prisma.awardingBody.count({ where: { name: "TEST" } })).toBe(1);
    const [who] = await prisma.$queryRaw<{ user: string }[]>`SELECT current_user AS "user"`;
    expect(who?.user).toMatch(/_app$/);
    // The migrations' bookkeeping is the owner's alone.
    await expect(prisma.$queryRaw`SELECT count(*) FROM "_prisma_migrations"`).rejects.toThrow(/permission denied/);
  });
});
