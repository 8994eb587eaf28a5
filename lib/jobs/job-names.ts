// The background jobs Assay runs (lib/jobs/handlers.ts has what each does). Names are pg-boss
// queue names: letters, digits, dots and dashes.
export const jobNames = {
  removeAbandonedUploads: "files.remove-abandoned-uploads",
  buildVisitPack: "visit-pack.build",
} as const;

export type JobName = (typeof jobNames)[keyof typeof jobNames];

/** What each job is given. Plain JSON: it is stored with the job. */
export type JobData = {
  [jobNames.removeAbandonedUploads]: Record<string, never>;
  [jobNames.buildVisitPack]: { packId: string; centreId: string };
};
