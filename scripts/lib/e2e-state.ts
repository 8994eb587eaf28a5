import os from "node:os";
import path from "node:path";

/**
 * Written by scripts/e2e-server.ts while it runs: where its PostgreSQL keeps its data, so that an
 * end-to-end spec can kill that server under the running app (tests/e2e/database-restart.spec.ts).
 * Both sides compute the same place from the port the server listens on, as for the outbox.
 */
export function e2eStateFile(port: string = process.env.E2E_PORT ?? "3100"): string {
  return path.join(os.tmpdir(), `assay-e2e-server-${port}.json`);
}
