import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/<timestamp>_<name>/migration.sql in name order, recording each in
// Prisma's own _prisma_migrations table, so that `prisma migrate status/deploy` on a machine with
// Prisma's native engine sees the same history. Prisma Migrate itself cannot run here (no engine).

/** Prisma Migrate's own advisory lock key: our runs also serialise with Prisma's. */
const LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of the file's bytes, as Prisma computes it. */
  checksum: string;
}

export interface MigrateOptions {
  connectionString: string;
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  names.sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await fs.readFile(path.join(dir, name, "migration.sql")).catch(() => {
        throw new MigrationError(`Migration "${name}" has no migration.sql in ${dir}/${name}.`, name);
      });
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    // Session-level lock: concurrent runs (two app instances starting, parallel test setups) wait
    // here and then find the work done.
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(client, migrations, log);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyPending(client: pg.Client, migrations: Migration[], log: (m: string) => void): Promise<MigrateResult> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration "${failed.migration_name}" failed earlier and blocks all later migrations.\n${failed.logs ?? ""}\n` +
        `Its transaction was rolled back. Fix migration.sql (or the data), then mark the failed attempt as rolled back:\n` +
        `  UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL;`,
      failed.migration_name,
    );
  }
  const done = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const checksum = done.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration "${migration.name}" was edited after it was applied (checksum ${checksum} in the database, ` +
          `${migration.checksum} on disk). Restore the file and put the change in a new migration (npm run db:diff <name>).`,
        migration.name,
      );
    }
  }
  const local = new Set(migrations.map((migration) => migration.name));
  for (const name of done.keys()) {
    if (!local.has(name)) log(`warning: migration "${name}" is applied in the database but missing from the migrations directory`);
  }

  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !done.has(m.name))) {
    await applyOne(client, migration);
    log(`applied ${migration.name}`);
    applied.push(migration.name);
  }
  return { applied, alreadyApplied: done.size };
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  // Recorded before the transaction, so a failure stays visible and blocks later runs.
  await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
    id,
    migration.checksum,
    migration.name,
  ]);
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError(`Migration "${migration.name}" failed and was rolled back: ${message}`, migration.name);
  }
}
