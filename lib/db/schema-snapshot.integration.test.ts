import { describe, expect, it } from "vitest";
import { withClient } from "./databases";
import { compareSnapshots, snapshotSchema } from "./schema-snapshot";

// db:check's comparison: hand-written functions, triggers and CHECK constraints are listed apart
// and never count as drift; tables, columns and indexes do. Creating them takes the owner.
const url = () => process.env.DATABASE_OWNER_URL ?? "";

describe("schema snapshot", () => {
  it("separates hand-written objects from what schema.prisma can express", async () => {
    const before = await snapshotSchema(url());
    await withClient(url(), (client) =>
      client.query(`
        CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$;
        CREATE TRIGGER refuse_change BEFORE UPDATE ON "Unit" FOR EACH ROW EXECUTE FUNCTION refuse_change();
        ALTER TABLE "Unit" ADD CONSTRAINT "Unit_credit_positive" CHECK (credit > 0);`),
    );
    const after = await snapshotSchema(url());

    expect(compareSnapshots(before, after)).toEqual([]);
    expect(after.handWritten).toEqual(
      expect.arrayContaining([
        "function public.refuse_change()",
        'trigger refuse_change on public."Unit"',
        'check "Unit_credit_positive" on public."Unit"',
      ]),
    );
    expect(after.compared.some((line) => line.includes("_prisma_migrations"))).toBe(false);
  });

  it("reports columns and indexes that differ", async () => {
    const before = await snapshotSchema(url());
    await withClient(url(), (client) =>
      client.query(`CREATE INDEX "Unit_title_idx" ON "Unit" (title); ALTER TABLE "Unit" ADD COLUMN note text;`),
    );
    const after = await snapshotSchema(url());

    expect(compareSnapshots(before, after)).toEqual([
      '+ column public."Unit".note text',
      '+ index CREATE INDEX "Unit_title_idx" ON public."Unit" USING btree (title)',
    ]);
  });
});
