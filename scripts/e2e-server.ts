// Playwright's webServer (playwright.config.ts): the built app on E2E_PORT against a fresh
// throwaway PostgreSQL (fsync off) holding the demo seed. Playwright sends SIGTERM when the run
// ends; the server and the cluster are then stopped and the cluster's directory removed.
import { existsSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ensureDatabase } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";
import { commandEnv, onInterrupt, run } from "./lib/child-process";
import { e2eOutboxDir } from "./lib/e2e-outbox";

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
  const outbox = e2eOutboxDir(port);
  rmSync(outbox, { recursive: true, force: true });
  const env = commandEnv({
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // Email goes to an outbox the specs read (tests/e2e/outbox.ts), never to a real SMTP server.
    SMTP_URL: "",
    SMTP_HOST: "",
    ASSAY_OUTBOX_DIR: outbox,
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
