import "server-only";
import { getPrisma } from "@/lib/db/client";
import { removeAbandonedUploads } from "@/lib/files/unattached-uploads";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { buildVisitPackJob } from "@/lib/visit-pack/build-visit-pack-job";
import { jobNames, type JobData, type JobName } from "./job-names";

// Name → what the worker does with a job of that name. A handler that throws fails the job;
// pg-boss retries it (retryLimit) and then keeps it as failed.

export type JobHandler<N extends JobName> = (data: JobData[N]) => Promise<void>;

export const jobHandlers: { [N in JobName]: JobHandler<N> } = {
  [jobNames.removeAbandonedUploads]: async () => {
    await removeAbandonedUploads(getPrisma(), getFileStorage());
  },
  [jobNames.buildVisitPack]: async (data) => {
    await buildVisitPackJob(getPrisma(), getFileStorage(), data);
  },
};

/** Jobs run on a timetable (cron, in the time zone given): registered when the queue starts. */
export const jobSchedules: { name: JobName; cron: string; tz: string; what: string }[] = [
  {
    name: jobNames.removeAbandonedUploads,
    cron: "30 3 * * *",
    tz: "Europe/London",
    what: "daily at 03:30: delete uploads left unattached for more than a week",
  },
];

/** Per-queue settings: a pack build may take minutes on a large centre. */
export const jobQueueOptions: { [N in JobName]: { retryLimit: number; expireInSeconds: number } } = {
  [jobNames.removeAbandonedUploads]: { retryLimit: 2, expireInSeconds: 15 * 60 },
  [jobNames.buildVisitPack]: { retryLimit: 1, expireInSeconds: 60 * 60 },
};
