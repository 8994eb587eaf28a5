// npm start: builds when there is no production build, starts the database (embedded unless
// DATABASE_URL is set) with migrations applied, loads the demo data into an empty database, then
// serves the app with `next start` on PORT (default 3000). Ctrl-C stops the app and the database.
import { existsSync } from "node:fs";
import { openAppDatabase } from "../lib/db/app-database";
import { describeEmailDelivery } from "../lib/email/settings";
import { appEnv } from "./lib/app-env";
import { onInterrupt, run } from "./lib/child-process";

const port = process.env.PORT ?? "3000";
let stopDatabase: () => Promise<void> = async () => {};
const detach = onInterrupt(() => stopDatabase());

async function main(): Promise<number> {
  const database = await openAppDatabase({ migrate: true });
  stopDatabase = database.stop;
  const env = await appEnv(database.url);

  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` (once).");
    const built = await run("next", ["build"], env);
    if (built !== 0) return built;
  }

  const seeded = await run("tsx", ["scripts/seed.ts", "--if-empty"], env);
  if (seeded !== 0) return seeded;

  console.log(`Assay: http://localhost:${port}`);
  console.log(describeEmailDelivery(env));
  // ASSAY_HOST=127.0.0.1 keeps the app local; by default phones on the same network can reach it.
  const host = process.env.ASSAY_HOST ? ["-H", process.env.ASSAY_HOST] : [];
  return run("next", ["start", "-p", port, ...host], env);
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  detach();
  await stopDatabase();
}
process.exit(code);
