import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabase, uniqueName } from "../../lib/db/databases";
import { migrate } from "../../lib/db/migrator";
import { startThrowawayCluster, type ThrowawayCluster } from "../../lib/db/throwaway-cluster";

// Once per `vitest run --project integration`: a throwaway PostgreSQL (fsync off) or, when
// DATABASE_URL is set, that server; a template database migrated once; each test file then clones
// it (tests/setup/integration-database.ts), which takes ~50 ms instead of migrating per file.

export interface IntegrationDatabaseServer {
  /** URL of a database on the test server from which databases can be created and dropped. */
  serverUrl: string;
  /** The migrated template each test file's database is cloned from. */
  templateDatabase: string;
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
  try {
    await createDatabase(serverUrl, templateDatabase);
    await migrate({ connectionString: databaseUrl(serverUrl, templateDatabase) });
  } catch (error) {
    await dropDatabase(serverUrl, templateDatabase).catch(() => undefined);
    await cluster?.dispose();
    throw error;
  }
  project.provide("integrationDatabaseServer", { serverUrl, templateDatabase });

  return async () => {
    await dropDatabase(serverUrl, templateDatabase).catch(() => undefined);
    await cluster?.dispose();
  };
}
