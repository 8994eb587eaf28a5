// npm run db:migrate: applies pending migrations to DATABASE_URL (with-database.ts provides it).
import { redactUrl } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: run this through `npm run db:migrate`.");
  process.exit(2);
}
try {
  const result = await migrate({ connectionString: url, log: (message) => console.log(message) });
  console.log(`${redactUrl(url)}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied} were already applied.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
