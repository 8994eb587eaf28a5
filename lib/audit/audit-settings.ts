import { databaseName } from "@/lib/db/databases";
import { deriveAuditKey, type AuditKey } from "./hash-chain";

// What the audit trail needs from outside the database: the key its entries are signed with and
// the directory its checkpoints are kept in. `npm start`, `npm run dev`, the end-to-end server and
// the integration tests set both (scripts/lib/app-env.ts); the app never generates them itself.
// Not marked server-only: the seed script (plain Node) writes audit entries too.

export type AuditSettings = {
  key: AuditKey;
  /** Where checkpoints are kept (ASSAY_AUDIT_ANCHOR_DIR). */
  anchorDir: string;
  /** Checkpoints are kept per database, so two databases never share (or overwrite) each other's. */
  database: string;
};

let cached: { source: string; settings: AuditSettings } | null = null;

export function auditSettings(env: Record<string, string | undefined> = process.env): AuditSettings {
  const secret = env.ASSAY_AUDIT_KEY;
  const anchorDir = env.ASSAY_AUDIT_ANCHOR_DIR;
  const url = env.DATABASE_URL;
  if (!secret || !anchorDir || !url) {
    throw new Error(
      "ASSAY_AUDIT_KEY, ASSAY_AUDIT_ANCHOR_DIR and DATABASE_URL must be set: start Assay with `npm start` (or `npm run dev`), which sets them.",
    );
  }
  const source = `${secret}\n${anchorDir}\n${url}`;
  if (cached?.source !== source) cached = { source, settings: { key: deriveAuditKey(secret), anchorDir, database: databaseName(url) } };
  return cached.settings;
}
