// Usage: tsx scripts/with-database.ts [--no-migrate] [--owner] -- <command...>
// Runs the command with DATABASE_URL set: the given one, or the embedded development PostgreSQL
// (started here, or reused when already running). The command connects as the app's role, with
// the app's environment (`npm run dev`, `npm run db:seed`); with --owner it connects as the
// database owner instead (`npm run db:migrate`). While the command runs, an embedded PostgreSQL
// started here is restarted if it dies. Stops PostgreSQL afterwards only if it started it.
import { openAppDatabase } from "../lib/db/app-database";
import { appEnv, ownerEnv } from "./lib/app-env";
import { onInterrupt, run } from "./lib/child-process";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const options = separator === -1 ? args : args.slice(0, separator);
const [command, ...commandArgs] = separator === -1 ? [] : args.slice(separator + 1);
const unknown = options.filter((option) => option !== "--no-migrate" && option !== "--owner");
if (!command || unknown.length > 0) {
  console.error("Usage: tsx scripts/with-database.ts [--no-migrate] [--owner] -- <command...>");
  process.exit(2);
}

let stopDatabase: () => Promise<void> = async () => {};
const detach = onInterrupt(() => stopDatabase());
let gaveUp: string | null = null;
let code = 1;
try {
  const database = await openAppDatabase({ migrate: !options.includes("--no-migrate") });
  stopDatabase = database.stop;
  await database.supervise((reason) => {
    gaveUp = reason;
    console.error(`[db] ${reason} Stopping ${command}.`);
    process.kill(process.pid, "SIGTERM"); // run() passes it on to the command
  });
  // `npm run dev` runs through here too: next-auth gets the same secret and URL as `npm start`.
  code = await run(command, commandArgs, options.includes("--owner") ? ownerEnv(database) : await appEnv(database));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  detach();
  await stopDatabase().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
}
if (gaveUp) console.error(`Stopped because the database kept stopping: ${gaveUp}`);
process.exit(gaveUp ? 1 : code);
