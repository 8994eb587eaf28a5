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
  const { rows } = await query(
    `SELECT DISTINCT ON ("chain") "chain", "sequence", "hash" FROM "AuditEvent" WHERE "hashVersion" = $1 ORDER BY "chain", "sequence" DESC`,
    [hashVersions.legacySha256],
  );
  const chains: LegacySeal = Object.fromEntries(rows.map((row) => [row.chain, { sequence: Number(row.sequence), hash: row.hash }]));
  await writeLegacySeal(settings, chains);
  return chains;
}
