import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { appRoleName, assertLeastPrivilege, ensureAppLoginRole, grantAppPrivileges, roleUrl } from "../../lib/db/app-role";
import { createDatabase, databaseUrl, dropDatabase, uniqueName, withClient } from "../../lib/db/databases";
import { migrate } from "../../lib/db/migrator";
import { startThrowawayCluster, type ThrowawayCluster } from "../../lib/db/throwaway-cluster";

// Once per `vitest run --project integration`: a throwaway PostgreSQL (fsync off) or, when
// DATABASE_URL is set, that server; a template database migrated once; each test file then clones
// it (tests/setup/integration-database.ts), which takes ~50 ms instead of migrating per file.
// As in `npm start`, the code under test connects as the app's least-privileged role (created
// here, one per run: roles are shared by every database of a server) and the owner's URL is
// kept apart for set-up and for tests that play an attacker with the owner's credentials. The
// audit trail gets a key and a checkpoint directory of its own for the run.

export interface IntegrationDatabaseServer {
  /** URL of a database on the test server from which databases can be created and dropped (as the owner). */
  serverUrl: string;
  /** The migrated template each test file's database is cloned from. */
  templateDatabase: string;
  /** The app's login role, granted the app's privileges in the template (and so in every clone). */
  appRole: { name: string; password: string };
  auditKey: string;
  auditAnchorDir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    integrationDatabaseServer: IntegrationDatabaseServer;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: ThrowawayCluster | null = null;
  if (!process.env.DATABASE_URL) cluster = await startThrowawayCluster("integration");
  const serverUrl = process.env.DATABASE_URL ?? cluster!.url("postgres");
  const templateDatabase = uniqueName("assay_template");
  const appRole = { name: appRoleName(templateDatabase), password: randomBytes(18).toString("base64url") };
  const auditAnchorDir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-audit-anchors-"));
  const teardown = async () => {
    await dropDatabase(serverUrl, templateDatabase).catch(() => undefined);
    await withClient(serverUrl, (client) => client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(appRole.name)}`)).catch(
      () => undefined,
    );
    await fs.rm(auditAnchorDir, { recursive: true, force: true });
    await cluster?.dispose();
  };
  try {
    await createDatabase(serverUrl, templateDatabase);
    const templateUrl = databaseUrl(serverUrl, templateDatabase);
    await migrate({ connectionString: templateUrl });
    await ensureAppLoginRole(serverUrl, appRole.name, appRole.password);
    await grantAppPrivileges(templateUrl, appRole.name);
    await assertLeastPrivilege(roleUrl(templateUrl, appRole.name, appRole.password));
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("integrationDatabaseServer", {
    serverUrl,
    templateDatabase,
    appRole,
    auditKey: randomBytes(32).toString("base64url"),
    auditAnchorDir,
  });
  return teardown;
}
