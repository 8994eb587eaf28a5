import { onInterrupt } from "./child-process";

/**
 * Runs a script's main() and exits with its code: an error it throws is printed as a message
 * (exit 1); cleanup runs afterwards either way, and also on Ctrl-C or SIGTERM while no child runs.
 * finish, when given, runs after cleanup and decides the exit code from main's.
 */
export async function runMain(
  main: () => Promise<number>,
  cleanup: () => Promise<void>,
  finish: (code: number) => number = (code) => code,
): Promise<never> {
  const detach = onInterrupt(cleanup);
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    detach();
    await cleanup();
  }
  process.exit(finish(code));
}
