// Playwright's webServer (playwright.config.ts): the built app on E2E_PORT against a fresh
// throwaway PostgreSQL (fsync off) holding the demo seed. Playwright sends SIGTERM when the run
// ends; the server and the cluster are then stopped and the cluster's directory removed.
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ensureDatabase } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";
import { commandEnv, onInterrupt, run } from "./lib/child-process";

const port = process.env.E2E_PORT ?? "3100";
// Assigned inside main(); the cast keeps TypeScript from narrowing it to null out here.
let cluster = null as ThrowawayCluster | null;
const detach = onInterrupt(async () => cluster?.dispose());

async function main(): Promise<number> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run test:e2e`, which builds first.");
    return 1;
  }
  cluster = await startThrowawayCluster("e2e", (message) => console.log(`[e2e postgres] ${message}`));
  const url = cluster.url("assay");
  await ensureDatabase(url);
  await migrate({ connectionString: url });
  const env = commandEnv({
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const seeded = await run("tsx", ["scripts/seed.ts", "--if-empty"], env);
  if (seeded !== 0) return seeded;
  return run("next", ["start", "-H", "127.0.0.1", "-p", port], env);
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  detach();
  await cluster?.dispose();
}
process.exit(code);
