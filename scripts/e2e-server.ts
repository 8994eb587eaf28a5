// Playwright's webServer (playwright.config.ts): the built app on E2E_PORT against a fresh
// throwaway PostgreSQL (fsync off) holding the demo seed, connecting as the app's role with an
// audit key and checkpoint directory of its own. The cluster is watched and restarted if it dies,
// as under `npm start` (tests/e2e can kill it: its data directory is written to e2eStateFile).
// Playwright sends SIGTERM when the run ends; the server and the cluster are then stopped and
// the cluster's directory removed.
import { existsSync, rmSync } from "node:fs";
import fs from "node:fs/promises";
import { defaultSupervision, superviseCluster, type Supervisor } from "../lib/db/postgres-supervisor";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";
import { run } from "./lib/child-process";
import { runMain } from "./lib/run-main";
import { prepareThrowawayApp } from "./lib/throwaway-app";
import { e2eOutboxDir } from "./lib/e2e-outbox";
import { e2eStateFile } from "./lib/e2e-state";

const port = process.env.E2E_PORT ?? "3100";
// Assigned inside main(); the casts keep TypeScript from narrowing them to null out here.
let cluster = null as ThrowawayCluster | null;
let supervisor = null as Supervisor | null;
const cleanup = async () => {
  await supervisor?.stop();
  await cluster?.dispose();
  await fs.rm(e2eStateFile(port), { force: true });
};
let gaveUp: string | null = null;

async function main(): Promise<number> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run test:e2e`, which builds first.");
    return 1;
  }
  const log = (message: string) => console.log(`[e2e postgres] ${message}`);
  cluster = await startThrowawayCluster("e2e", log);
  supervisor = await superviseCluster(
    { dataDir: cluster.dataDir, port: cluster.port, fsync: false },
    {
      ...defaultSupervision,
      log,
      onGiveUp: (reason) => {
        gaveUp = reason;
        console.error(`[e2e postgres] ${reason}`);
        process.kill(process.pid, "SIGTERM");
      },
    },
  );
  await fs.writeFile(e2eStateFile(port), JSON.stringify({ postgresDataDir: cluster.dataDir }));
  const outbox = e2eOutboxDir(port);
  rmSync(outbox, { recursive: true, force: true });
  const env = await prepareThrowawayApp(cluster, {
    origin: `http://127.0.0.1:${port}`,
    // The specs read this outbox (tests/e2e/outbox.ts).
    outboxDir: outbox,
    // As behind one reverse proxy: a spec that plays a stranger sends its own X-Forwarded-For,
    // so its wrong passwords count against that client, not against every other spec's.
    env: { ASSAY_TRUST_PROXY: "1" },
  });
  return run("next", ["start", "-H", "127.0.0.1", "-p", port], env);
}

await runMain(main, cleanup, (code) => (gaveUp ? 1 : code));
