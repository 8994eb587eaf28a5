import { randomBytes } from "node:crypto";
import path from "node:path";
import { prepareAppRole } from "../../lib/db/app-database";
import { ensureDatabase } from "../../lib/db/databases";
import { migrate } from "../../lib/db/migrator";
import type { ThrowawayCluster } from "../../lib/db/throwaway-cluster";
import { commandEnv, run } from "./child-process";

/**
 * Readies a throwaway cluster to serve the app as `npm start` would (migrated as the owner, the
 * app's own role, a fresh audit key and checkpoint directory, email kept in an outbox, the demo
 * seed) and returns the environment to run `next start` with. For the end-to-end server and the
 * benchmarks; everything lives under the cluster's directory and goes with it.
 */
export async function prepareThrowawayApp(
  cluster: ThrowawayCluster,
  options: { origin: string; outboxDir?: string; env?: Record<string, string> },
): Promise<NodeJS.ProcessEnv> {
  const workDir = path.dirname(cluster.dataDir);
  const ownerUrl = cluster.url("assay");
  await ensureDatabase(ownerUrl);
  await migrate({ connectionString: ownerUrl });
  const appUrl = await prepareAppRole(ownerUrl, { passwordFile: path.join(workDir, "app-database-password") });
  const env = commandEnv({
    DATABASE_URL: appUrl,
    NEXTAUTH_URL: options.origin,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    ASSAY_AUDIT_KEY: randomBytes(32).toString("base64url"),
    ASSAY_AUDIT_ANCHOR_DIR: path.join(workDir, "audit-anchors"),
    // Never a real mail server named in the developer's environment.
    SMTP_URL: "",
    SMTP_HOST: "",
    ASSAY_OUTBOX_DIR: options.outboxDir ?? path.join(workDir, "outbox"),
    // Evidence files of a throwaway app stay with it, never in the checkout's data directory.
    ASSAY_FILES_DIR: path.join(workDir, "files"),
    ...options.env,
  });
  const seeded = await run("tsx", ["scripts/seed.ts", "--if-empty"], env);
  if (seeded !== 0) throw new Error(`Loading the demo data failed (exit ${seeded}).`);
  return env;
}
