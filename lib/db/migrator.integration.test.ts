import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, uniqueName, withClient } from "./databases";
import { migrate, MigrationError } from "./migrator";

// Each test gets an empty database and its own temporary migrations directory.
const { serverUrl } = inject("integrationDatabaseServer");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function emptyDatabase(): Promise<string> {
  const name = uniqueName("migrator");
  await createDatabase(serverUrl, name);
  cleanups.push(() => dropDatabase(serverUrl, name));
  return databaseUrl(serverUrl, name);
}

async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-migrations-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(dir, name, sql);
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await fs.mkdir(path.join(dir, name), { recursive: true });
  await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

async function history(url: string): Promise<Row[]> {
  return withClient(url, async (client) => {
    const result = await client.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
    return result.rows;
  });
}

describe("migrator", () => {
  it("applies migrations in name order, each once, recorded as Prisma records them", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({
      "20250102000000_second": `INSERT INTO thing (name) VALUES ('from second');`,
      "20250101000000_first": `CREATE TABLE thing (name text NOT NULL);`,
    });

    expect(await migrate({ connectionString: url, migrationsDir: dir })).toEqual({
      applied: ["20250101000000_first", "20250102000000_second"],
      alreadyApplied: 0,
    });
    expect(await migrate({ connectionString: url, migrationsDir: dir })).toEqual({ applied: [], alreadyApplied: 2 });

    const rows = await history(url);
    expect(rows.map((row) => row.migration_name)).toEqual(["20250101000000_first", "20250102000000_second"]);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    // Checksum of `CREATE TABLE thing (name text NOT NULL);` computed independently (sha256sum).
    expect(rows[0]?.checksum).toBe("eefeb163b7d0e95e52353a46dd69ee42505f649d9f16f5a5cffe5a2e3df6f65c");
    const things = await withClient(url, (client) => client.query("SELECT name FROM thing"));
    expect(things.rows).toEqual([{ name: "from second" }]);
  });

  it("refuses to go on when an applied migration was edited, naming it", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20250101000000_first": `CREATE TABLE thing (name text);` });
    await migrate({ connectionString: url, migrationsDir: dir });

    await writeMigration(dir, "20250101000000_first", `CREATE TABLE thing (name text, extra int);`);
    await writeMigration(dir, "20250102000000_second", `CREATE TABLE other (id int);`);

    const run = migrate({ connectionString: url, migrationsDir: dir });
    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(/"20250101000000_first" was edited after it was applied/);
    expect((await history(url)).map((row) => row.migration_name)).toEqual(["20250101000000_first"]);
  });

  it("serialises concurrent runs with the advisory lock: every migration is applied exactly once", async () => {
    const url = await emptyDatabase();
    // The sleep holds the first run inside its migration long enough for the second to collide
    // with it if the lock did not keep it waiting.
    const dir = await migrationsDir({
      "20250101000000_slow": `SELECT pg_sleep(0.5); CREATE TABLE counter (n int); INSERT INTO counter VALUES (1);`,
      "20250102000000_next": `UPDATE counter SET n = n + 1;`,
    });

    const results = await Promise.all([
      migrate({ connectionString: url, migrationsDir: dir }),
      migrate({ connectionString: url, migrationsDir: dir }),
    ]);

    const appliedByEither = results.flatMap((result) => result.applied).sort();
    expect(appliedByEither).toEqual(["20250101000000_slow", "20250102000000_next"]);
    expect((await history(url)).length).toBe(2);
    const counter = await withClient(url, (client) => client.query("SELECT n FROM counter"));
    expect(counter.rows).toEqual([{ n: 2 }]);
  });

  it("records a failed migration, rolls back its changes and blocks later runs until it is resolved", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({
      "20250101000000_good": `CREATE TABLE good (id int);`,
      "20250102000000_bad": `CREATE TABLE half_done (id int); INSERT INTO missing_table VALUES (1);`,
      "20250103000000_later": `CREATE TABLE later (id int);`,
    });

    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /Migration "20250102000000_bad" failed and was rolled back: relation "missing_table" does not exist/,
    );
    const rows = await history(url);
    expect(rows.map((row) => [row.migration_name, row.finished_at === null])).toEqual([
      ["20250101000000_good", false],
      ["20250102000000_bad", true],
    ]);
    expect(rows[1]?.logs).toContain("missing_table");
    const tables = await withClient(url, (client) =>
      client.query(`SELECT to_regclass('half_done') AS half_done, to_regclass('later') AS later`),
    );
    expect(tables.rows).toEqual([{ half_done: null, later: null }]);

    // Even with the file fixed, the recorded failure blocks every later run...
    await writeMigration(dir, "20250102000000_bad", `CREATE TABLE half_done (id int);`);
    await expect(migrate({ connectionString: url, migrationsDir: dir })).rejects.toThrow(
      /"20250102000000_bad" failed earlier and blocks all later migrations/,
    );

    // ...until the failed attempt is marked rolled back, as the message says.
    await withClient(url, (client) => client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`));
    expect((await migrate({ connectionString: url, migrationsDir: dir })).applied).toEqual(["20250102000000_bad", "20250103000000_later"]);
  });
});
