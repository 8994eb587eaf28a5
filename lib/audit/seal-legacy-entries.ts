import type { AuditSettings } from "./audit-settings";
import { readLegacySeal, writeLegacySeal, type LegacySeal } from "./chain-checkpoints";
import { hashVersions } from "./hash-chain";

type Query = (sql: string, values?: unknown[]) => Promise<{ rows: { chain: string; sequence: number; hash: string }[] }>;

/**
 * Run by the launcher before the app serves (as the database owner or the app's role): the first
 * time a database is opened with an audit key, seals the entries it holds that were written
 * before entries were signed (plain SHA-256), so that they keep verifying and no unkeyed entry
 * added afterwards does. Later runs find the seal and change nothing. Returns the chains sealed,
 * or null when the seal already existed.
 */
export async function sealLegacyAuditEntries(query: Query, settings: AuditSettings): Promise<LegacySeal | null> {
  if ((await readLegacySeal(settings)).status !== "none") return null;
  // A chain that already holds signed entries was sealed before, in a checkpoint directory that
  // is now missing or moved: sealing it again would vouch for whatever unsigned entries the
  // database holds today. Such chains stay unsealed and their unsigned entries report as broken.
  const { rows } = await query(
    `SELECT DISTINCT ON (a."chain") a."chain", a."sequence", a."hash" FROM "AuditEvent" a
     WHERE a."hashVersion" = $1
       AND NOT EXISTS (SELECT 1 FROM "AuditEvent" b WHERE b."chain" = a."chain" AND b."hashVersion" <> $1)
     ORDER BY a."chain", a."sequence" DESC`,
    [hashVersions.legacySha256],
  );
  const chains: LegacySeal = Object.fromEntries(rows.map((row) => [row.chain, { sequence: Number(row.sequence), hash: row.hash }]));
  await writeLegacySeal(settings, chains);
  return chains;
}
