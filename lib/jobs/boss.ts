import "server-only";
import PgBoss from "pg-boss";
import { JOB_QUEUE_SCHEMA } from "@/lib/db/job-queue-schema";
import { logger } from "@/lib/log/logger";
import { jobHandlers, jobQueueOptions, jobSchedules } from "./handlers";
import { jobNames, type JobName } from "./job-names";

// One pg-boss per process, kept on globalThis (Next.js reloads modules in development). The app's
// server starts it with workers and schedules (instrumentation.ts → startJobQueue); any other
// process that only adds jobs (a script, a test) gets a sender without workers or schedules.
// Either way it connects as the app's role with `migrate: false`: the schema is the owner's
// (lib/db/job-queue-schema.ts, run by the launcher after migrating).

type Running = { boss: PgBoss; working: boolean };
const cache = globalThis as unknown as { assayJobQueue?: Promise<Running> };

function createBoss(working: boolean): PgBoss {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job queue needs the database.");
  const boss = new PgBoss({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    migrate: false,
    supervise: working,
    schedule: working,
    max: 4,
    application_name: working ? "assay-jobs" : "assay-jobs-sender",
  });
  boss.on("error", (err) => logger.error({ err }, "job queue error"));
  return boss;
}

async function createQueues(boss: PgBoss): Promise<void> {
  for (const name of Object.values(jobNames)) await boss.createQueue(name, { name, ...jobQueueOptions[name] });
}

async function start(working: boolean): Promise<Running> {
  const boss = createBoss(working);
  await boss.start();
  await createQueues(boss);
  if (working) {
    for (const name of Object.values(jobNames) as JobName[]) {
      const handler = jobHandlers[name] as (data: unknown) => Promise<void>;
      await boss.work(name, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
        const started = Date.now();
        try {
          await handler(job!.data);
          logger.info({ job: name, jobId: job!.id, durationMs: Date.now() - started }, "job done");
        } catch (err) {
          logger.error({ err, job: name, jobId: job!.id }, "job failed");
          throw err;
        }
      });
    }
    for (const schedule of jobSchedules) await boss.schedule(schedule.name, schedule.cron, {}, { tz: schedule.tz });
  }
  return { boss, working };
}

/** Starts the queue with its workers and daily schedules (once per process; later calls share it). */
export async function startJobQueue(): Promise<PgBoss> {
  const running = cache.assayJobQueue ? await cache.assayJobQueue : null;
  if (running?.working) return running.boss;
  if (running) await running.boss.stop({ graceful: true, wait: true });
  cache.assayJobQueue = start(true).catch((error: unknown) => {
    delete cache.assayJobQueue;
    throw error;
  });
  return (await cache.assayJobQueue).boss;
}

/** The running queue, or a sender started for this process when the server's workers are not here. */
export async function jobQueue(): Promise<PgBoss> {
  cache.assayJobQueue ??= start(false).catch((error: unknown) => {
    delete cache.assayJobQueue;
    throw error;
  });
  return (await cache.assayJobQueue).boss;
}

/** Stops taking jobs, lets running ones finish (up to `timeoutMs`) and closes the connections. */
export async function stopJobQueue(timeoutMs = 20_000): Promise<void> {
  const pending = cache.assayJobQueue;
  if (!pending) return;
  delete cache.assayJobQueue;
  const running = await pending.catch(() => null);
  if (!running) return;
  await running.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
