import fs from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/client";
import { superviseCluster, type Supervisor } from "./postgres-supervisor";
import { startThrowawayCluster, type ThrowawayCluster } from "./throwaway-cluster";

// A PostgreSQL of its own, killed for real (SIGKILL to the postmaster, as the OOM killer or a
// stray `kill -9` would), watched by the supervisor `npm start` uses, with the app's kind of
// client (Prisma over the pg adapter's pool) connected throughout.

let cluster: ThrowawayCluster;
let prisma: PrismaClient;
let supervisor: Supervisor | null = null;

beforeAll(async () => {
  cluster = await startThrowawayCluster("supervisor");
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: cluster.url("postgres") }) });
});

afterAll(async () => {
  await supervisor?.stop();
  await prisma?.$disconnect();
  await cluster?.dispose();
});

async function killPostmaster(): Promise<number> {
  const pid = Number((await fs.readFile(path.join(cluster.dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  process.kill(pid, "SIGKILL");
  return pid;
}

const answer = async () => (await prisma.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`)[0]?.answer;

describe("the embedded PostgreSQL supervisor", () => {
  it("restarts a killed postmaster, the app's pool reconnects by itself, and past the bound it gives up", async () => {
    const logs: string[] = [];
    let restarted: (pid: number) => void = () => undefined;
    let gaveUp: (reason: string) => void = () => undefined;
    const nextRestart = () => new Promise<number>((resolve) => (restarted = resolve));
    const givingUp = new Promise<string>((resolve) => (gaveUp = resolve));
    supervisor = await superviseCluster(
      { dataDir: cluster.dataDir, port: cluster.port, fsync: false },
      {
        maxRestarts: 1,
        windowMs: 60_000,
        pollMs: 100,
        restartTimeoutMs: 20_000,
        log: (message) => logs.push(message),
        onRestart: (pid) => restarted(pid),
        onGiveUp: (reason) => gaveUp(reason),
      },
    );
    expect(await answer()).toBe(42);

    const restart = nextRestart();
    const killed = await killPostmaster();
    const newPid = await restart;
    expect(newPid).not.toBe(killed);
    // The same client, untouched: the pool dropped its dead connections and opens new ones.
    expect(await answer()).toBe(42);
    expect(logs).toEqual([
      `PostgreSQL (pid ${killed}) stopped unexpectedly; restarting it (restart 1 of at most 1 within 1 minute).`,
      `PostgreSQL is running again (pid ${newPid}).`,
    ]);

    // One more death within the window is past the bound: it is not restarted again.
    await killPostmaster();
    expect(await givingUp).toMatch(/^PostgreSQL stopped 2 times within 1 minute; Assay will not restart it again\./);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(answer()).rejects.toThrow();
    expect(logs).toHaveLength(2);
  });
});
