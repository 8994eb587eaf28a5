import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { roleUrl } from "../../lib/db/app-role";
import { createDatabase, databaseUrl, dropDatabase, uniqueName } from "../../lib/db/databases";

// Runs before each integration test file's own imports: the file gets its own database cloned
// from the migrated template. DATABASE_URL connects to it as the app's role, so `getPrisma()` from
// "@/lib/db/client" (which reads DATABASE_URL lazily) runs the code under test with the app's
// privileges only; DATABASE_OWNER_URL is the owner, for set-up and for tests that play an
// attacker holding the owner's credentials. The audit key and checkpoint directory are the run's.

const { serverUrl, templateDatabase, appRole, auditKey, auditAnchorDir } = inject("integrationDatabaseServer");
const database = uniqueName("test");
await createDatabase(serverUrl, database, templateDatabase);
process.env.DATABASE_OWNER_URL = databaseUrl(serverUrl, database);
process.env.DATABASE_URL = roleUrl(process.env.DATABASE_OWNER_URL, appRole.name, appRole.password);
process.env.ASSAY_AUDIT_KEY = auditKey;
process.env.ASSAY_AUDIT_ANCHOR_DIR = auditAnchorDir;
// Email from code under test goes to this file's own outbox, never to .data/ or a real server
// named in the developer's environment (tests that read mail start their own SMTP server).
const outbox = path.join(os.tmpdir(), `assay-outbox-${database}`);
process.env.ASSAY_OUTBOX_DIR = outbox;
// Evidence files likewise go to this file's own directory, never to the checkout's .data/files.
const filesDir = path.join(os.tmpdir(), `assay-files-${database}`);
process.env.ASSAY_FILES_DIR = filesDir;
for (const name of ["SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"]) delete process.env[name];

afterAll(async () => {
  // lib/db/client.ts caches its client here; its pool must close before the database is dropped.
  const cache = globalThis as unknown as { assayPrisma?: { $disconnect(): Promise<void> } };
  await cache.assayPrisma?.$disconnect();
  delete cache.assayPrisma;
  await dropDatabase(serverUrl, database);
  await fs.rm(outbox, { recursive: true, force: true });
  await fs.rm(filesDir, { recursive: true, force: true });
});
