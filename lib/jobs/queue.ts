import "server-only";
import type PgBoss from "pg-boss";
import { jobQueue } from "./boss";
import type { JobData, JobName } from "./job-names";

/**
 * Adds a job for the server's workers (lib/jobs/handlers.ts) and returns its id. Called after the
 * change that needs it has committed (an action's afterCommit), so a worker never sees a job
 * whose record is not yet there.
 */
export async function enqueue<N extends JobName>(name: N, data: JobData[N], options: PgBoss.SendOptions = {}): Promise<string> {
  const boss = await jobQueue();
  const id = await boss.send(name, data as object, options);
  if (!id) throw new Error(`The job queue did not take the ${name} job.`);
  return id;
}
