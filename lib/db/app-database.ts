import path from "node:path";
import { appRoleName, assertLeastPrivilege, canCreateRoles, ensureAppLoginRole, grantAppPrivileges, roleOf, roleUrl } from "./app-role";
import { appDatabasePort, dataRoot } from "./data-dir";
import { databaseName, ensureDatabase, redactUrl } from "./databases";
import { startCluster, type ClusterOptions } from "./embedded-postgres";
import { migrate } from "./migrator";
import { defaultSupervision, superviseCluster, type Supervisor } from "./postgres-supervisor";
import { readOrCreateSecret } from "./secret-file";

export const APP_DATABASE = "assay";

export interface AppDatabase {
  /** The owner's URL: migrations and the launcher's own set-up. Never given to the app. */
  ownerUrl: string;
  /** What the app connects as: a role that owns nothing and may only read and add to the audit trail. */
  appUrl: string;
  /**
   * Restarts the embedded PostgreSQL when it dies, a bounded number of times (then calls
   * onGiveUp). A no-op when this process did not start the server (DATABASE_URL, or a cluster
   * another launcher runs).
   */
  supervise(onGiveUp: (reason: string) => void): Promise<void>;
  /** Stops supervision and the embedded PostgreSQL if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

const log = (message: string) => console.log(`[db] ${message}`);

/**
 * The database `npm start`, `npm run dev` and the db scripts use: DATABASE_URL when set (nothing
 * is started), otherwise the embedded development cluster in .data/postgres (fsync on: people keep
 * this data). Creates the database when missing, applies migrations unless told not to, and sets
 * up the role the app connects as (docs/decisions/0006).
 */
export async function openAppDatabase(options: { migrate: boolean }): Promise<AppDatabase> {
  let ownerUrl = process.env.DATABASE_URL;
  let cluster: ClusterOptions | null = null;
  let stopCluster: () => Promise<void> = async () => {};
  let supervisor: Supervisor | null = null;
  if (ownerUrl) {
    log(`Using DATABASE_URL (${redactUrl(ownerUrl)})`);
  } else {
    const options = { dataDir: path.join(dataRoot(), "postgres"), port: appDatabasePort(), fsync: true, log };
    const started = await startCluster(options);
    ownerUrl = started.url(APP_DATABASE);
    stopCluster = started.stop;
    if (started.startedHere) cluster = options;
  }
  const stop = async () => {
    await supervisor?.stop();
    await stopCluster();
  };
  try {
    if (await ensureDatabase(ownerUrl)) log(`Created database "${databaseName(ownerUrl)}"`);
    if (options.migrate) {
      const result = await migrate({ connectionString: ownerUrl, log });
      log(`Migrations: ${result.applied.length} applied now, ${result.alreadyApplied} already applied`);
    }
    const appUrl = await prepareAppRole(ownerUrl, {
      appUrl: process.env.ASSAY_APP_DATABASE_URL,
      passwordFile: path.join(dataRoot(), "app-database-password"),
    });
    return {
      ownerUrl,
      appUrl,
      supervise: async (onGiveUp) => {
        if (!cluster || supervisor) return;
        supervisor = await superviseCluster(cluster, { ...defaultSupervision, log, onGiveUp });
        log(`Watching PostgreSQL: it is restarted if it stops (at most ${defaultSupervision.maxRestarts} times in 10 minutes).`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Returns the URL the app connects with: `appUrl` when the operator gave one (ASSAY_APP_DATABASE_URL),
 * otherwise that of a login role Assay creates (named after the database, its password generated
 * once into `passwordFile`). Either way the role is granted the app's privileges and checked.
 */
export async function prepareAppRole(ownerUrl: string, options: { appUrl?: string; passwordFile: string }): Promise<string> {
  let appUrl = options.appUrl;
  if (appUrl) {
    if (databaseName(appUrl) !== databaseName(ownerUrl)) {
      throw new Error(
        `ASSAY_APP_DATABASE_URL names database "${databaseName(appUrl)}", but DATABASE_URL names "${databaseName(ownerUrl)}".`,
      );
    }
  } else {
    if (!(await canCreateRoles(ownerUrl))) {
      throw new Error(
        `Assay connects to the database as a separate role that cannot change or remove audit entries, and the user of ` +
          `DATABASE_URL ("${roleOf(ownerUrl)}") may not create it (it needs CREATEROLE). Either grant it CREATEROLE, or create ` +
          `a login role yourself (CREATE ROLE assay_web LOGIN PASSWORD '…';) and set ASSAY_APP_DATABASE_URL to its URL; ` +
          `Assay grants it what the app needs at each start.`,
      );
    }
    const role = appRoleName(databaseName(ownerUrl));
    const password = await readOrCreateSecret(options.passwordFile);
    await ensureAppLoginRole(ownerUrl, role, password);
    appUrl = roleUrl(ownerUrl, role, password);
  }
  await grantAppPrivileges(ownerUrl, roleOf(appUrl));
  await assertLeastPrivilege(appUrl);
  log(`The app connects as role "${roleOf(appUrl)}": it owns nothing and may only read and add to the audit trail.`);
  return appUrl;
}
