import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { databaseName } from "./databases";

// Guards the integration-test plumbing itself: each file runs in its own migrated database.
describe("integration test database", () => {
  it("is this file's own clone of the migrated template", async () => {
    expect(databaseName(process.env.DATABASE_URL ?? "")).toMatch(/^test_[0-9a-f]{12}$/);
    const prisma = getPrisma();
    const migrations = await prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(migrations[0]?.count)).toBeGreaterThan(0);
  });

  it("gives getPrisma() a working client on that database", async () => {
    const prisma = getPrisma();
    await prisma.awardingBody.create({ data: { name: "TEST", legalName: "Test Awarding Body" } });
    expect(await prisma.awardingBody.count({ where: { name: "TEST" } })).toBe(1);
  });
});
