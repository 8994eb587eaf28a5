import { spawn } from "node:child_process";
import path from "node:path";
import { constants } from "node:os";

// Commands run with the project's node_modules/.bin first on PATH, as npm scripts do, so the
// scripts also work when started directly with tsx. Next.js telemetry is off unless asked for:
// these machines have no route to it.
export function commandEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const bin = path.join(process.cwd(), "node_modules", ".bin");
  const PATH = `${bin}${path.delimiter}${process.env.PATH ?? ""}`;
  return { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PATH, ...extra };
}

/** Exit code the way a shell reports it: 128 + signal number for a signalled process. */
function exitCode(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 1) : 1);
}

/**
 * Runs a command with inherited stdio and resolves to its exit code. While it runs, SIGINT and
 * SIGTERM sent to this process are passed on to it (instead of killing us first), so callers can
 * clean up after it has exited.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = commandEnv()): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const done = () => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
    };
    child.once("error", (error) => {
      done();
      reject(new Error(`Could not run ${command}: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      done();
      resolve(exitCode(code, signal));
    });
  });
}

/** Handles SIGINT/SIGTERM that arrive while no child is running: clean up, then exit. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return; // a running child gets it and we clean up after
    void cleanup().finally(() => process.exit(128 + (constants.signals[signal] ?? 1)));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
