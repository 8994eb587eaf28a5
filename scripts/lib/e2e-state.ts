import path from "node:path";
import { dataRoot } from "../../lib/db/data-dir";

/**
 * Written by scripts/e2e-server.ts while it runs: where its PostgreSQL keeps its data, so that an
 * end-to-end spec can stop that server under the running app (tests/e2e/database-restart.spec.ts).
 */
export const E2E_STATE_FILE = path.join(dataRoot(), "e2e-server.json");
