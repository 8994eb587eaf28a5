import path from "node:path";
import { dataRoot } from "../../lib/db/data-dir";
import { databaseName, redactUrl } from "../../lib/db/databases";
import { startCluster } from "../../lib/db/embedded-postgres";

// Where the benchmark dataset lives: never the development database. BENCH_DATABASE_URL (an owner's
// URL whose database name contains "bench", because bench:data drops and recreates it) when given;
// otherwise database "assay_bench" on an embedded PostgreSQL of its own in <data dir>/bench/postgres
// (port ASSAY_BENCH_PG_PORT, 54349), kept between runs so that bench:http and later benchmarks
// (issue 9's sampling plan) reuse the dataset. Its fsync is off: the data is generated, and a crash
// costs a re-run of bench:data, not someone's work.

export const BENCH_DATABASE = "assay_bench";

/** The directory the benchmarks keep their state in: the cluster, the app role's password, the audit key, uploads. */
export function benchDir(): string {
  return path.join(dataRoot(), "bench");
}

export interface BenchDatabase {
  /** The owner's URL of the bench database (migrations, loading, the app role's set-up). */
  ownerUrl: string;
  /** Stops the embedded PostgreSQL if this process started it. */
  stop(): Promise<void>;
}

/** Refuses a BENCH_DATABASE_URL whose database is not obviously a benchmark one (it gets dropped). */
export function checkBenchDatabaseUrl(url: string): string {
  const name = databaseName(url);
  if (!name.toLowerCase().includes("bench")) {
    throw new Error(
      `BENCH_DATABASE_URL names database "${name}" (${redactUrl(url)}); the benchmark drops and recreates it, so its name must contain "bench".`,
    );
  }
  return url;
}

export async function openBenchDatabase(log: (message: string) => void = console.log): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    log(`Bench database: BENCH_DATABASE_URL (${redactUrl(given)})`);
    return { ownerUrl: checkBenchDatabaseUrl(given), stop: async () => undefined };
  }
  const cluster = await startCluster({
    dataDir: path.join(benchDir(), "postgres"),
    port: Number(process.env.ASSAY_BENCH_PG_PORT ?? 54349),
    fsync: false,
    log: (message) => log(`[postgres] ${message}`),
  });
  return { ownerUrl: cluster.url(BENCH_DATABASE), stop: cluster.stop };
}
