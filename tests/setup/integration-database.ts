import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, uniqueName } from "../../lib/db/databases";

// Runs before each integration test file's own imports: the file gets its own database cloned
// from the migrated template, and DATABASE_URL points at it, so `getPrisma()` from
// "@/lib/db/client" (which reads DATABASE_URL lazily) talks to it with no further setup.

const { serverUrl, templateDatabase } = inject("integrationDatabaseServer");
const database = uniqueName("test");
await createDatabase(serverUrl, database, templateDatabase);
process.env.DATABASE_URL = databaseUrl(serverUrl, database);

afterAll(async () => {
  // lib/db/client.ts caches its client here; its pool must close before the database is dropped.
  const cache = globalThis as unknown as { assayPrisma?: { $disconnect(): Promise<void> } };
  await cache.assayPrisma?.$disconnect();
  delete cache.assayPrisma;
  await dropDatabase(serverUrl, database);
});
