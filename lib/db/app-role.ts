import type pg from "pg";
import { databaseName, redactUrl, withClient } from "./databases";
import { prepareJobQueueSchema } from "./job-queue-schema";

// The app connects as its own login role, not as the owner of the tables (docs/decisions/0006):
// a role that owns nothing, is no superuser, cannot create roles or databases, may read and
// write what the app needs and may only read and add to the audit trail. It therefore cannot
// disable the audit trail's trigger (only an owner can), switch triggers off with
// session_replication_role (superuser only), or update, delete or truncate audit entries.
// Migrations and this set-up run as the owner.

/** Marks the roles Assay created, so that it never takes over a role someone else made. */
const COMMENT = "Assay application role: owns nothing; may only read and add to the audit trail. Managed by Assay's launcher.";

/** The login role Assay creates for a database: cluster-wide, so named after the database. */
export function appRoleName(database: string): string {
  return `${database
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .slice(0, 50)}_app`;
}

export function roleUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** Whether the owner may create roles (superuser or CREATEROLE), as creating the app's role needs. */
export async function canCreateRoles(ownerUrl: string): Promise<boolean> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ can: boolean }>(
      `SELECT rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user`,
    );
    return rows[0]?.can === true;
  });
}

/** Creates the app's login role, or sets its password when Assay created it before. Needs CREATEROLE. */
export async function ensureAppLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const existing = await findRole(client, role);
    if (!existing) {
      try {
        await client.query(
          `CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
        );
        await client.query(`COMMENT ON ROLE ${name} IS ${client.escapeLiteral(COMMENT)}`);
        return;
      } catch (error) {
        // Another launcher on the same server created it a moment ago: fall through to update it.
        if ((error as { code?: string }).code !== "42710") throw error;
      }
    }
    const found = existing ?? (await findRole(client, role));
    if (found?.comment !== COMMENT) {
      throw new Error(
        `The database role "${role}" exists but was not created by Assay, so Assay will not use or change it. ` +
          `Drop it, or create a role for the app yourself and set ASSAY_APP_DATABASE_URL.`,
      );
    }
    if (found.powerful)
      throw new Error(`The database role "${role}" has been given superuser, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS; remove them.`);
    await client.query(`ALTER ROLE ${name} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  });
}

async function findRole(client: pg.Client, role: string) {
  const { rows } = await client.query<{ comment: string | null; powerful: boolean }>(
    `SELECT shobj_description(oid, 'pg_authid') AS comment,
            rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls AS powerful
       FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  return rows[0] ?? null;
}

/**
 * Run as the owner after migrating, at every start: grants the role what the app needs on every
 * table, and on the audit trail only SELECT and INSERT. Default privileges cover tables that
 * later migrations create while the app runs; the audit trail's exception is re-applied here.
 */
// Signed versions and the IQA's sampling records and risk-rating history are never rewritten.
const APPEND_ONLY_TABLES = [
  "RecordVersion",
  "Signature",
  "SamplingRecord",
  "AssessorRiskRating",
  "AssessorApprovalEvent",
  "Breach",
  "SupportingReviewCorrespondence",
  "SampleSignature",
  "MalpracticeNote",
  "DirectClaimsStatusEvent",
  "ExternalVerifierAccessLog",
] as const;

export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    await client.query("BEGIN");
    try {
      await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(databaseName(ownerUrl))} TO ${name}`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${name}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${name}`);
      const { rows } = await client.query<{ audit: string | null; migrations: string | null }>(
        `SELECT to_regclass('public."AuditEvent"')::text AS audit, to_regclass('public."_prisma_migrations"')::text AS migrations`,
      );
      if (rows[0]?.audit) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${name}`);
      // Signed record versions and signatures are append-only: a change makes a new version.
      for (const table of APPEND_ONLY_TABLES) {
        const { rows: found } = await client.query<{ table: string | null }>(`SELECT to_regclass($1)::text AS table`, [
          `public."${table}"`,
        ]);
        if (found[0]?.table) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM ${name}`);
      }
      if (rows[0]?.migrations) await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${name}`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  // The background job queue's schema (pg-boss): installed and upgraded by the owner, used by the app.
  await prepareJobQueueSchema(ownerUrl, role);
}

/**
 * Connects as the app and refuses a role that could get round the audit trail's protection:
 * a superuser, a role that may create roles or databases, the owner of the audit table (or a
 * member of its owner's role), or one allowed to update, delete or truncate audit entries.
 */
export async function assertLeastPrivilege(appUrl: string): Promise<void> {
  const { rows } = await withClient(appUrl, (client) =>
    client.query<{ powerful: boolean; owner: boolean | null; changes: boolean | null; appends: boolean | null }>(
      `SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls AS powerful,
              pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
              has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS changes,
              has_table_privilege(c.oid, 'SELECT') AND has_table_privilege(c.oid, 'INSERT') AS appends
         FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('public."AuditEvent"')
        WHERE r.rolname = current_user`,
    ),
  );
  const found = rows[0];
  const problem = !found
    ? "it is not a role of this server"
    : found.powerful
      ? "it is a superuser or may create roles or databases"
      : found.owner
        ? "it owns the audit table (or is a member of the role that does)"
        : found.changes
          ? "it may update, delete or truncate audit entries"
          : found.appends === false
            ? "it may not read and add audit entries (it was not granted the app's privileges)"
            : null;
  if (problem) throw new Error(`The app's database role "${roleOf(appUrl)}" (${redactUrl(appUrl)}) is refused: ${problem}.`);
}
