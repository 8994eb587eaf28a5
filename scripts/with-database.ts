// Usage: tsx scripts/with-database.ts [--no-migrate] -- <command...>
// Runs the command with DATABASE_URL set: the given one, or the embedded development PostgreSQL
// (started here, or reused when already running). Stops PostgreSQL afterwards only if it started it.
import { openAppDatabase } from "../lib/db/app-database";
import { appEnv } from "./lib/app-env";
import { onInterrupt, run } from "./lib/child-process";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const options = separator === -1 ? args : args.slice(0, separator);
const [command, ...commandArgs] = separator === -1 ? [] : args.slice(separator + 1);
const unknown = options.filter((option) => option !== "--no-migrate");
if (!command || unknown.length > 0) {
  console.error("Usage: tsx scripts/with-database.ts [--no-migrate] -- <command...>");
  process.exit(2);
}

let stopDatabase: () => Promise<void> = async () => {};
const detach = onInterrupt(() => stopDatabase());
let code = 1;
try {
  const database = await openAppDatabase({ migrate: !options.includes("--no-migrate") });
  stopDatabase = database.stop;
  // `npm run dev` runs through here too: next-auth gets the same secret and URL as `npm start`.
  code = await run(command, commandArgs, await appEnv(database.url));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  detach();
  await stopDatabase();
}
process.exit(code);
