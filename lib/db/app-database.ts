import path from "node:path";
import { appDatabasePort, dataRoot } from "./data-dir";
import { databaseName, ensureDatabase, redactUrl } from "./databases";
import { startCluster } from "./embedded-postgres";
import { migrate } from "./migrator";

export const APP_DATABASE = "assay";

export interface AppDatabase {
  url: string;
  /** Stops the embedded PostgreSQL if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

/**
 * The database `npm start`, `npm run dev` and the db scripts use: DATABASE_URL when set (nothing
 * is started), otherwise the embedded development cluster in .data/postgres (fsync on: people keep
 * this data). Creates the database when missing and applies migrations unless told not to.
 */
export async function openAppDatabase(options: { migrate: boolean }): Promise<AppDatabase> {
  const log = (message: string) => console.log(`[db] ${message}`);
  let url = process.env.DATABASE_URL;
  let stop: () => Promise<void> = async () => {};
  if (url) {
    log(`Using DATABASE_URL (${redactUrl(url)})`);
  } else {
    const cluster = await startCluster({ dataDir: path.join(dataRoot(), "postgres"), port: appDatabasePort(), fsync: true, log });
    url = cluster.url(APP_DATABASE);
    stop = cluster.stop;
  }
  try {
    if (await ensureDatabase(url)) log(`Created database "${databaseName(url)}"`);
    if (options.migrate) {
      const result = await migrate({ connectionString: url, log });
      log(`Migrations: ${result.applied.length} applied now, ${result.alreadyApplied} already applied`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
