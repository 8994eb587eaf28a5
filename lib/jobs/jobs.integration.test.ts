import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { withClient } from "@/lib/db/databases";
import { JOB_QUEUE_SCHEMA } from "@/lib/db/job-queue-schema";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { startJobQueue, stopJobQueue } from "./boss";
import { jobSchedules } from "./handlers";
import { jobNames } from "./job-names";
import { enqueue } from "./queue";

const db = () => getPrisma();

afterAll(() => stopJobQueue());

describe("the background job queue", () => {
  it("runs a job added with enqueue on the server's worker, against the real database, as the app's role", async () => {
    const world = await createAssessmentWorld();
    const old = new Date(Date.now() - 10 * 86_400_000);
    const abandoned = await db().storedFile.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        storageKey: `${world.centreA.id}/abandoned-${world.candidateInA.id}`,
        fileName: "forgotten.jpg",
        contentType: "image/jpeg",
        byteSize: 5,
        sha256: "1".repeat(64),
        uploadedById: world.assessorA.user.id,
        createdAt: old,
      },
    });
    await getFileStorage().put(abandoned.storageKey, Buffer.from("bytes"));
    const boss = await startJobQueue();
    const jobId = await enqueue(jobNames.removeAbandonedUploads, {});
    let job = null;
    for (let i = 0; i < 80; i++) {
      job = await boss.getJobById(jobNames.removeAbandonedUploads, jobId);
      if (job?.state === "completed" || job?.state === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(job?.state).toBe("completed");
    expect(await db().storedFile.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await getFileStorage().exists(abandoned.storageKey)).toBe(false);
    // The file linked to evidence stays.
    expect(await db().storedFile.findUnique({ where: { id: world.inCentreA.file.id } })).not.toBeNull();
  });

  it("registers the daily schedules, and the app's role owns nothing in the queue's schema", async () => {
    const boss = await startJobQueue();
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, (s as { timezone?: string }).timezone])).toEqual(
      jobSchedules.map((s) => [s.name, s.cron, s.tz]),
    );
    expect(schedules.map((s) => s.name)).toContain(jobNames.removeAbandonedUploads);
    const owned = await withClient(process.env.DATABASE_URL!, (client) =>
      client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND pg_has_role(current_user, c.relowner, 'MEMBER')`,
        [JOB_QUEUE_SCHEMA],
      ),
    );
    expect(owned.rows[0]!.n).toBe(0);
    await expect(
      withClient(process.env.DATABASE_URL!, (client) => client.query(`CREATE TABLE ${JOB_QUEUE_SCHEMA}.intruder (id int)`)),
    ).rejects.toThrow(/permission denied/);
  });
});
