import fs from "node:fs/promises";
import path from "node:path";
import { auditSettings } from "../../lib/audit/audit-settings";
import { sealLegacyAuditEntries } from "../../lib/audit/seal-legacy-entries";
import type { AppDatabase } from "../../lib/db/app-database";
import { dataRoot } from "../../lib/db/data-dir";
import { withClient } from "../../lib/db/databases";
import { readOrCreateSecret } from "../../lib/db/secret-file";
import { commandEnv } from "./child-process";

/**
 * NEXTAUTH_SECRET when set; otherwise one generated once and kept in .data/, so sign-in sessions
 * (JWTs signed with it) survive restarts of `npm start`.
 */
export function authSecret(): Promise<string> {
  return process.env.NEXTAUTH_SECRET
    ? Promise.resolve(process.env.NEXTAUTH_SECRET)
    : readOrCreateSecret(path.join(dataRoot(), "nextauth-secret"));
}

/**
 * The audit trail's key (ASSAY_AUDIT_KEY, or one generated once into .data/audit-key) and the
 * directory its checkpoints are kept in (ASSAY_AUDIT_ANCHOR_DIR, or .data/audit-anchors): both
 * outside the database, so that whoever can write to the database cannot rewrite the trail
 * unnoticed (docs/decisions/0002).
 */
async function auditEnv(): Promise<{ ASSAY_AUDIT_KEY: string; ASSAY_AUDIT_ANCHOR_DIR: string }> {
  const keyFile = path.join(dataRoot(), "audit-key");
  const key = process.env.ASSAY_AUDIT_KEY ?? (await readOrCreateSecret(keyFile));
  const anchorDir = path.resolve(process.env.ASSAY_AUDIT_ANCHOR_DIR ?? path.join(dataRoot(), "audit-anchors"));
  await fs.mkdir(anchorDir, { recursive: true, mode: 0o700 });
  const from = process.env.ASSAY_AUDIT_KEY ? "ASSAY_AUDIT_KEY" : keyFile;
  console.log(
    `[audit] Entries are signed with the key in ${from}; checkpoints are kept in ${anchorDir}. Keep both, and back them up with the database.`,
  );
  return { ASSAY_AUDIT_KEY: key, ASSAY_AUDIT_ANCHOR_DIR: anchorDir };
}

/**
 * The environment the app runs with on the given database, as `npm start` and `npm run dev` use
 * it: the app's own role (never the owner's URL), next-auth's secret and URL, the audit key and
 * checkpoint directory. The first start with an audit key also seals the entries written before
 * entries were signed (lib/audit/seal-legacy-entries.ts).
 */
export async function appEnv(database: AppDatabase): Promise<NodeJS.ProcessEnv> {
  const audit = await auditEnv();
  const settings = auditSettings({ ...audit, DATABASE_URL: database.appUrl });
  const sealed = await withClient(database.ownerUrl, (client) =>
    sealLegacyAuditEntries((sql, values) => client.query(sql, values), settings),
  );
  if (sealed && Object.keys(sealed).length > 0) {
    const count = Object.values(sealed).reduce((sum, chain) => sum + chain.sequence, 0);
    console.log(`[audit] Sealed ${count} entries written before entries were signed, in ${Object.keys(sealed).length} audit trail(s).`);
  }
  return commandEnv({
    DATABASE_URL: database.appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`,
    NEXTAUTH_SECRET: await authSecret(),
    ...audit,
  });
}

/** The environment of a command that must run as the database owner (`npm run db:migrate`). */
export function ownerEnv(database: AppDatabase): NodeJS.ProcessEnv {
  return commandEnv({ DATABASE_URL: database.ownerUrl });
}
