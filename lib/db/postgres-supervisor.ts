import { postmasterPid, startCluster, type ClusterOptions } from "./embedded-postgres";

// Watches the embedded PostgreSQL that this process started and starts it again when it dies,
// a bounded number of times: a database that keeps dying is a problem for a person (disk full,
// memory, a broken data directory), and restarting it forever would hide it. The app's
// connection pool reconnects by itself once the server is back (tested in
// postgres-supervisor.integration.test.ts); meanwhile pages answer that the database is down.

export interface SupervisorOptions {
  /** Restarts allowed within `windowMs`; one more death stops supervision and calls onGiveUp. */
  maxRestarts: number;
  windowMs: number;
  /** How often the postmaster is looked for. */
  pollMs: number;
  /** How long one restart may keep failing (old server processes still exiting) before giving up. */
  restartTimeoutMs: number;
  log: (message: string) => void;
  onRestart?: (pid: number) => void;
  onGiveUp: (reason: string) => void;
}

export const defaultSupervision = { maxRestarts: 5, windowMs: 10 * 60_000, pollMs: 1_000, restartTimeoutMs: 60_000 } as const;

export interface Supervisor {
  /** Stops watching (before stopping the server on purpose); resolves once a restart under way has settled. */
  stop(): Promise<void>;
}

const minutes = (ms: number) => `${Math.round(ms / 60_000)} minute${Math.round(ms / 60_000) === 1 ? "" : "s"}`;

export async function superviseCluster(cluster: ClusterOptions, options: SupervisorOptions): Promise<Supervisor> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> = Promise.resolve();
  const restarts: number[] = [];
  let pid = await postmasterPid(cluster.dataDir);

  const giveUp = (reason: string) => {
    stopped = true;
    options.onGiveUp(reason);
  };

  async function restart(): Promise<void> {
    const now = Date.now();
    while (restarts.length > 0 && restarts[0]! <= now - options.windowMs) restarts.shift();
    if (restarts.length >= options.maxRestarts) {
      giveUp(
        `PostgreSQL stopped ${restarts.length + 1} times within ${minutes(options.windowMs)}; Assay will not restart it again. See ${cluster.dataDir}/server.log.`,
      );
      return;
    }
    restarts.push(now);
    options.log(
      `PostgreSQL (pid ${pid ?? "?"}) stopped unexpectedly; restarting it (restart ${restarts.length} of at most ${options.maxRestarts} within ${minutes(options.windowMs)}).`,
    );
    const deadline = now + options.restartTimeoutMs;
    while (!stopped) {
      try {
        // A killed postmaster's server processes take a moment to notice and exit; until they
        // have, a new postmaster refuses to start (their shared memory is still in use).
        await startCluster({ ...cluster, log: () => undefined });
        pid = await postmasterPid(cluster.dataDir);
        options.log(`PostgreSQL is running again (pid ${pid ?? "?"}).`);
        if (pid) options.onRestart?.(pid);
        return;
      } catch (error) {
        if (stopped) return;
        if (Date.now() > deadline) {
          giveUp(`PostgreSQL could not be restarted: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  const schedule = () => {
    timer = setTimeout(() => {
      polling = poll();
    }, options.pollMs);
    // Watching alone must not keep a finished launcher alive.
    timer.unref();
  };
  const poll = async () => {
    if (stopped) return;
    if (!(await postmasterPid(cluster.dataDir))) await restart();
    if (!stopped) schedule();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await polling;
    },
  };
}
