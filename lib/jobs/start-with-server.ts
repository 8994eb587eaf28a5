import "server-only";
import { logger } from "@/lib/log/logger";
import { jobSchedules } from "./handlers";
import { startJobQueue, stopJobQueue } from "./boss";

// Called by instrumentation.ts when the Next.js server starts (`npm start`, `npm run dev`, the
// end-to-end server): the job queue runs inside the app's server process, so there is nothing
// else to deploy or keep running. On SIGTERM/SIGINT the workers stop taking jobs and the running
// one gets a few seconds to finish; a job cut short is retried by the next start (pg-boss expires
// it and tries again), and every job here may safely run twice.

const registered = globalThis as unknown as { assayJobQueueSignals?: true };

export async function startJobQueueWithServer(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.ASSAY_JOB_WORKERS === "0") {
    logger.info("job queue workers are off in this process (ASSAY_JOB_WORKERS=0)");
    return;
  }
  try {
    await startJobQueue();
    logger.info({ schedules: jobSchedules.map((s) => s.what) }, "job queue started");
  } catch (err) {
    // The app still serves pages; jobs wait in the queue until a server starts the workers.
    logger.error({ err }, "job queue did not start");
    return;
  }
  if (registered.assayJobQueueSignals) return;
  registered.assayJobQueueSignals = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopJobQueue(8_000).catch((err: unknown) => logger.error({ err }, "job queue did not stop cleanly"));
    });
  }
}
