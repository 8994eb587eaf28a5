import pg from "pg";

// A schema dump as sorted lines, read from PostgreSQL's catalogs (the same pg_get_*def functions
// pg_dump uses). The embedded PostgreSQL package ships no pg_dump, and the system's older pg_dump
// refuses a newer server, so db:check dumps this way.
//
// `compared` holds what schema.prisma can express: schemas, extensions, enums, sequences, tables,
// columns, primary/unique/foreign keys and indexes. Columns are listed by name, not position:
// a column added by a later migration lands at the end while a fresh build puts it where the
// model has it, and Prisma does not treat that as drift either.
// `handWritten` lists what schema.prisma cannot express, and so only migrations' hand-written SQL
// can add: functions, triggers, CHECK and exclusion constraints, views, row-level security.

export interface SchemaSnapshot {
  compared: string[];
  handWritten: string[];
}

const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
const NOT_EXTENSION_MEMBER = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;
const NOT_PRISMA_TABLE = `c.relname <> '_prisma_migrations'`;

const QUERIES: { kind: "compared" | "handWritten"; sql: string }[] = [
  { kind: "compared", sql: `SELECT 'schema ' || quote_ident(n.nspname) FROM pg_namespace n WHERE ${USER_SCHEMA}` },
  {
    kind: "compared",
    sql: `SELECT 'extension ' || e.extname || ' in ' || quote_ident(n.nspname) FROM pg_extension e
          JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'`,
  },
  {
    kind: "compared",
    sql: `SELECT 'enum ' || t.oid::regtype::text || ' (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')'
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${USER_SCHEMA} AND ${NOT_EXTENSION_MEMBER("t.oid")} GROUP BY t.oid`,
  },
  {
    kind: "compared",
    sql: `SELECT 'sequence ' || c.oid::regclass::text || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart
            || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMA} AND ${NOT_EXTENSION_MEMBER("c.oid")}`,
  },
  {
    kind: "compared",
    sql: `SELECT 'table ' || c.oid::regclass::text || CASE c.relkind WHEN 'p' THEN ' partitioned' ELSE '' END
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMA} AND ${NOT_PRISMA_TABLE} AND ${NOT_EXTENSION_MEMBER("c.oid")}`,
  },
  {
    kind: "compared",
    sql: `SELECT 'column ' || c.oid::regclass::text || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END
            || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
            || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
            || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ' || a.attgenerated::text ELSE '' END
            || COALESCE(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), '')
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_collation co ON co.oid = a.attcollation
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND ${USER_SCHEMA} AND ${NOT_PRISMA_TABLE}`,
  },
  {
    kind: "compared",
    sql: `SELECT 'constraint ' || quote_ident(con.conname) || ' on ' || c.oid::regclass::text || ' ' || pg_get_constraintdef(con.oid, true)
          FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE con.contype IN ('p', 'u', 'f') AND ${USER_SCHEMA} AND ${NOT_PRISMA_TABLE}`,
  },
  {
    kind: "compared",
    sql: `SELECT 'index ' || pg_get_indexdef(i.indexrelid)
          FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${USER_SCHEMA} AND ${NOT_PRISMA_TABLE}`,
  },
  {
    kind: "handWritten",
    sql: `SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
            || '(' || pg_get_function_identity_arguments(p.oid) || ')'
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMA} AND ${NOT_EXTENSION_MEMBER("p.oid")}`,
  },
  {
    kind: "handWritten",
    sql: `SELECT 'trigger ' || quote_ident(t.tgname) || ' on ' || c.oid::regclass::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT t.tgisinternal AND ${USER_SCHEMA}`,
  },
  {
    kind: "handWritten",
    sql: `SELECT CASE con.contype WHEN 'c' THEN 'check ' ELSE 'exclusion constraint ' END || quote_ident(con.conname)
            || ' on ' || COALESCE(c.oid::regclass::text, con.contypid::regtype::text)
          FROM pg_constraint con LEFT JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = con.connamespace
          WHERE con.contype IN ('c', 'x') AND ${USER_SCHEMA}`,
  },
  {
    kind: "handWritten",
    sql: `SELECT CASE c.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END || c.oid::regclass::text
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND ${USER_SCHEMA}`,
  },
  {
    kind: "handWritten",
    sql: `SELECT 'row level security on ' || c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relrowsecurity AND ${USER_SCHEMA}
          UNION ALL
          SELECT 'policy ' || quote_ident(p.polname) || ' on ' || p.polrelid::regclass::text FROM pg_policy p`,
  },
];

export async function snapshotSchema(connectionString: string): Promise<SchemaSnapshot> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // regclass/regtype print unqualified names for objects on the search path; qualify them all.
    await client.query("SET search_path = pg_catalog");
    const snapshot: SchemaSnapshot = { compared: [], handWritten: [] };
    for (const query of QUERIES) {
      const { rows } = await client.query<string[]>({ text: query.sql, rowMode: "array" });
      snapshot[query.kind].push(...rows.map((row) => String(row[0])));
    }
    snapshot.compared.sort();
    snapshot.handWritten.sort();
    return snapshot;
  } finally {
    await client.end();
  }
}

/** Lines only in `a` (prefixed "-") and only in `b` (prefixed "+"); empty when they agree. */
export function compareSnapshots(a: SchemaSnapshot, b: SchemaSnapshot): string[] {
  const inB = new Set(b.compared);
  const inA = new Set(a.compared);
  return [
    ...a.compared.filter((line) => !inB.has(line)).map((line) => `- ${line}`),
    ...b.compared.filter((line) => !inA.has(line)).map((line) => `+ ${line}`),
  ];
}
