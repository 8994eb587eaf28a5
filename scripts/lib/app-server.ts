import { spawn, type ChildProcess } from "node:child_process";

// The built app run by a script of its own (the benchmarks): `next start` on loopback, waited
// for until it answers, stopped when the script ends.

/** `next start` on 127.0.0.1:port with the given environment; only its errors are shown. */
export function startBuiltApp(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn("next", ["start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
}

/** Waits until the URL answers 200; throws if the app exits first or timeoutMs passes. */
export async function waitForApp(server: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("The app exited while starting.");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer on ${new URL(url).origin} in time.`);
}

/** Sends the app SIGTERM and waits for it to exit (nothing to do if it has already). */
export async function stopApp(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}
