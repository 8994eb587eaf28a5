import PgBoss from "pg-boss";
import { withClient } from "./databases";

// The background job queue (pg-boss, lib/jobs) keeps its tables in a schema of its own. The app's
// role may not create schemas or tables (docs/decisions/0006), so the owner installs and upgrades
// that schema here, at every start, after migrating; the app then starts pg-boss with
// `migrate: false`. The owner's role keeps owning every table: the app gets only row access.
//
// pg-boss keeps each queue's jobs in a partition table that its `create_queue` function makes
// when the app first creates the queue. That function is made SECURITY DEFINER (it runs as the
// owner, so the partition belongs to the owner too) with a fixed search_path; deleting a queue
// (which drops a table) stays the owner's alone.

export const JOB_QUEUE_SCHEMA = "pgboss";

/** Installs or upgrades pg-boss's schema as the owner and grants the app's role what pg-boss needs at run time. */
export async function prepareJobQueueSchema(ownerUrl: string, appRole: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    // pg-boss may send statements at once; one client takes them one after another.
    let previous: Promise<unknown> = Promise.resolve();
    const executeSql = (text: string, values: unknown[]) => {
      const result = previous.then(() => client.query(text, values));
      previous = result.catch(() => undefined);
      return result;
    };
    const boss = new PgBoss({
      db: { executeSql },
      schema: JOB_QUEUE_SCHEMA,
      migrate: true,
      supervise: false,
      schedule: false,
    });
    boss.on("error", () => undefined); // start() rejects with the same error
    await boss.start();
    await boss.stop({ graceful: false, close: false, wait: true });

    const schema = client.escapeIdentifier(JOB_QUEUE_SCHEMA);
    const name = client.escapeIdentifier(appRole);
    await client.query("BEGIN");
    try {
      await client.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${name}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${name}`);
      await client.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${schema} FROM PUBLIC`);
      await client.query(
        `ALTER FUNCTION ${schema}.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, ${schema}, pg_temp`,
      );
      await client.query(`GRANT EXECUTE ON FUNCTION ${schema}.create_queue(text, json) TO ${name}`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
