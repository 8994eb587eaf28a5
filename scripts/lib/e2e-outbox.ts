import os from "node:os";
import path from "node:path";

// The end-to-end server keeps its email in this outbox (no SMTP server), and the specs read the
// messages from it: both sides compute the same place from the port the server listens on.
export function e2eOutboxDir(port: string = process.env.E2E_PORT ?? "3100"): string {
  return process.env.ASSAY_E2E_OUTBOX_DIR ?? path.join(os.tmpdir(), `assay-e2e-outbox-${port}`);
}
