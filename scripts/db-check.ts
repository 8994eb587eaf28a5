// npm run db:check: proves the migrations and prisma/schema.prisma describe the same database.
// Builds one empty database from all migrations and one from the schema's --from-empty SQL, on a
// throwaway cluster (or DATABASE_URL's server), dumps both and fails printing any difference.
// Functions, triggers, CHECK constraints and the like are hand-written in migrations because
// schema.prisma cannot express them: they are listed, not compared.
import fs from "node:fs/promises";
import { createDatabase, databaseUrl, dropDatabase, uniqueName, withClient } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";
import { diffSchemas } from "../lib/db/prisma-diff";
import { compareSnapshots, snapshotSchema } from "../lib/db/schema-snapshot";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";

const cluster: ThrowawayCluster | null = process.env.DATABASE_URL ? null : await startThrowawayCluster("check");
const serverUrl = process.env.DATABASE_URL ?? cluster!.url("postgres");
const fromMigrations = uniqueName("check_migrations");
const fromSchema = uniqueName("check_schema");
let code = 1;
try {
  await createDatabase(serverUrl, fromMigrations);
  await createDatabase(serverUrl, fromSchema);

  const [result, schemaSql] = await Promise.all([
    migrate({ connectionString: databaseUrl(serverUrl, fromMigrations) }),
    fs.readFile("prisma/schema.prisma", "utf8").then((schema) => diffSchemas(null, schema)),
  ]);
  await withClient(databaseUrl(serverUrl, fromSchema), (client) => client.query(`BEGIN; ${schemaSql ?? ""}; COMMIT;`));

  const [migrated, expected] = await Promise.all([
    snapshotSchema(databaseUrl(serverUrl, fromMigrations)),
    snapshotSchema(databaseUrl(serverUrl, fromSchema)),
  ]);
  const difference = compareSnapshots(migrated, expected);
  const handWritten = migrated.handWritten.filter((line) => !expected.handWritten.includes(line));
  console.log(`db:check: ${result.applied.length} migration(s) applied; ${expected.compared.length} schema objects compared.`);
  if (handWritten.length > 0) {
    console.log(`Hand-written in migrations (not expressible in schema.prisma, not compared):\n  ${handWritten.join("\n  ")}`);
  }
  if (difference.length === 0) {
    console.log("No drift: the migrations build exactly what prisma/schema.prisma describes.");
    code = 0;
  } else {
    console.error(
      `DRIFT between prisma/migrations and prisma/schema.prisma ("-" only from the migrations, "+" only from the schema):\n` +
        `${difference.join("\n")}\n` +
        `Create a migration for the schema change with: npm run db:diff <name>`,
    );
  }
} catch (error) {
  console.error(`db:check failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await dropDatabase(serverUrl, fromMigrations).catch(() => undefined);
  await dropDatabase(serverUrl, fromSchema).catch(() => undefined);
  await cluster?.dispose();
}
process.exit(code);
