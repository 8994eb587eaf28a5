// npm start: builds when there is no production build, starts the database (embedded unless
// DATABASE_URL is set) with migrations applied and the app's role set up, loads the demo data
// into an empty database, then serves the app with `next start` on PORT (default 3000). The
// embedded PostgreSQL is watched and restarted if it dies (a bounded number of times; then the
// app is stopped with a message). Ctrl-C stops the app and the database.
import { existsSync } from "node:fs";
import { openAppDatabase } from "../lib/db/app-database";
import { describeEmailDelivery } from "../lib/email/settings";
import { describeFileStorage } from "../lib/storage/settings";
import { appEnv } from "./lib/app-env";
import { run } from "./lib/child-process";
import { runMain } from "./lib/run-main";

const port = process.env.PORT ?? "3000";
let stopDatabase: () => Promise<void> = async () => {};
let gaveUp: string | null = null;

async function main(): Promise<number> {
  const database = await openAppDatabase({ migrate: true });
  stopDatabase = database.stop;
  await database.supervise((reason) => {
    gaveUp = reason;
    console.error(`[db] ${reason} Stopping Assay.`);
    // The running child (the app, the seed or the build) gets the signal through run(), and
    // main() carries on from there to stop everything.
    process.kill(process.pid, "SIGTERM");
  });
  const env = await appEnv(database);
  // A bad storage setting stops the start here, not at the first upload.
  const filesLine = describeFileStorage(env);

  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` (once).");
    const built = await run("next", ["build"], env);
    if (built !== 0) return built;
  }

  const seeded = await run("tsx", ["scripts/seed.ts", "--if-empty"], env);
  if (seeded !== 0) return seeded;

  console.log(`Assay: http://localhost:${port}`);
  console.log(describeEmailDelivery(env));
  console.log(filesLine);
  // ASSAY_HOST=127.0.0.1 keeps the app local; by default phones on the same network can reach it.
  const host = process.env.ASSAY_HOST ? ["-H", process.env.ASSAY_HOST] : [];
  return run("next", ["start", "-p", port, ...host], env);
}

await runMain(
  main,
  () => stopDatabase().catch((error: unknown) => console.error(error instanceof Error ? error.message : error)),
  (code) => {
    if (!gaveUp) return code;
    console.error(`Assay stopped because its database kept stopping: ${gaveUp}`);
    return 1;
  },
);
