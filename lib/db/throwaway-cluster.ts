import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { dataRoot, testDatabasePort } from "./data-dir";
import { startCluster, stopCluster, type Cluster } from "./embedded-postgres";

// Test runs (integration, end-to-end, db:check) each get a fresh cluster with fsync off in
// .data/test-<label>-<random>/, removed when they finish. A run that was killed cannot clean up,
// so every new run first removes the clusters whose owning process is gone.

const OWNER_FILE = "owner.pid";

export interface ThrowawayCluster extends Cluster {
  /** Stops the server and deletes its directory. */
  dispose(): Promise<void>;
}

export async function startThrowawayCluster(label: string, log?: (message: string) => void): Promise<ThrowawayCluster> {
  await removeAbandonedClusters();
  const dir = path.join(dataRoot(), `test-${label}-${randomBytes(4).toString("hex")}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, OWNER_FILE), String(process.pid));
  const quiet = log ?? (() => undefined);
  try {
    const cluster = await startCluster({
      dataDir: path.join(dir, "pgdata"),
      port: await freePort(testDatabasePort()),
      fsync: false,
      log: quiet,
    });
    return {
      ...cluster,
      dispose: async () => {
        await cluster.stop();
        await fs.rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopCluster(path.join(dir, "pgdata")).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Stops and deletes throwaway clusters whose owning process no longer exists. */
export async function removeAbandonedClusters(): Promise<void> {
  const root = dataRoot();
  const entries = await fs.readdir(root).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith("test-"))) {
    const dir = path.join(root, entry);
    const owner = Number(await fs.readFile(path.join(dir, OWNER_FILE), "utf8").catch(() => "0"));
    if (owner > 0 && isAlive(owner)) continue;
    await stopCluster(path.join(dir, "pgdata")).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** `preferred` when nothing listens there, otherwise a port the OS picks. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === null) throw new Error("No free TCP port on 127.0.0.1 for a test PostgreSQL");
  return port;
}
