import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** True when every directory from the root down to `dir` can be entered by other users. */
function reachableByOtherUsers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Everything the embedded PostgreSQL keeps lives under one git-ignored directory at the project
 * root (ASSAY_DATA_DIR overrides it). As root, PostgreSQL runs as the `postgres` user, which must
 * be able to reach that directory; a checkout under a private directory such as /root therefore
 * keeps its data in the system's temporary directory instead, one per checkout.
 */
export function dataRoot(): string {
  if (process.env.ASSAY_DATA_DIR) return path.resolve(process.env.ASSAY_DATA_DIR);
  const local = path.join(process.cwd(), ".data");
  if (process.getuid?.() !== 0 || reachableByOtherUsers(process.cwd())) return local;
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `assay-data-${checkout}`);
}

/** Port of the development/demo cluster. */
export function appDatabasePort(): number {
  return Number(process.env.ASSAY_PG_PORT ?? 54329);
}

/** Preferred port of throwaway test clusters; a free one is used when it is taken. */
export function testDatabasePort(): number {
  return Number(process.env.ASSAY_TEST_PG_PORT ?? 54339);
}
