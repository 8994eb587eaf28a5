import type pg from "pg";

// Bulk loading is several times faster into tables without their secondary indexes and foreign
// keys: one sort per index afterwards instead of a million random index insertions, one join per
// foreign key instead of a trigger per row. Primary keys stay (other tables' foreign keys need
// them). What is dropped is read from the catalogue first and recreated from those very
// definitions, then compared, so the loaded schema is exactly the migrated one; re-adding a
// foreign key checks every row, so a dangling reference fails the load.

interface Deferred {
  indexes: { name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
}

async function readDeferrable(client: pg.Client, tables: readonly string[]): Promise<Deferred> {
  const names = tables.map((table) => `public."${table}"`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT quote_ident(ci.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::text[]::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1`,
    [names],
  );
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::text[]::regclass[]) ORDER BY 2`,
    [names],
  );
  return { indexes, foreignKeys };
}

/** Runs `load` with the tables' secondary indexes and foreign keys dropped; recreates and checks them after. */
export async function withDeferredIndexes(
  client: pg.Client,
  tables: readonly string[],
  load: () => Promise<void>,
  step: (label: string) => void,
): Promise<void> {
  const before = await readDeferrable(client, tables);
  for (const fk of before.foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of before.indexes) await client.query(`DROP INDEX ${index.name}`);
  step(
    `dropped ${before.indexes.length} secondary indexes and ${before.foreignKeys.length} foreign keys of ${tables.length} tables for the load`,
  );
  await load();
  for (const index of before.indexes) await client.query(index.def);
  step(`recreated ${before.indexes.length} indexes`);
  for (const fk of before.foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.def}`);
  step(`recreated and checked ${before.foreignKeys.length} foreign keys`);
  const after = await readDeferrable(client, tables);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error("The recreated indexes or foreign keys differ from the migrated ones.");
  }
}
