import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { prepareAppRole } from "./app-database";
import { appRoleName, ensureAppLoginRole, roleUrl } from "./app-role";
import { createDatabase, databaseUrl, dropDatabase, uniqueName, withClient } from "./databases";

// How the launcher sets up the role the app connects as, on databases and roles of this file's
// own (roles are shared by the whole server, so every one made here is dropped at the end).
const { serverUrl, templateDatabase } = inject("integrationDatabaseServer");
const databases: string[] = [];
const roles: string[] = [];
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-app-role-"));

afterAll(async () => {
  for (const database of databases) await dropDatabase(serverUrl, database);
  await withClient(serverUrl, async (client) => {
    for (const role of roles) await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
  });
  await fs.rm(dir, { recursive: true, force: true });
});

async function migratedDatabase(): Promise<string> {
  const name = uniqueName("approle");
  await createDatabase(serverUrl, name, templateDatabase);
  databases.push(name);
  roles.push(appRoleName(name));
  return databaseUrl(serverUrl, name);
}

async function createRole(sql: (name: string) => string): Promise<{ name: string; password: string }> {
  const role = { name: uniqueName("role"), password: "a-password-for-tests" };
  roles.push(role.name);
  await withClient(serverUrl, (client) => client.query(`${sql(client.escapeIdentifier(role.name))} PASSWORD '${role.password}'`));
  return role;
}

const canUpdateAudit = (url: string) =>
  withClient(
    url,
    async (client) => (await client.query<{ can: boolean }>(`SELECT has_table_privilege('"AuditEvent"', 'UPDATE') AS can`)).rows[0]?.can,
  );

describe("the app's database role", () => {
  it("is created by an owner who may create roles, with a password kept in the data directory, and reused at the next start", async () => {
    const ownerUrl = await migratedDatabase();
    const passwordFile = path.join(dir, "created-password");
    const appUrl = await prepareAppRole(ownerUrl, { passwordFile });
    expect(new URL(appUrl).username).toBe(appRoleName(new URL(ownerUrl).pathname.slice(1)));
    expect(new URL(appUrl).password).toBe(encodeURIComponent((await fs.readFile(passwordFile, "utf8")).trim()));
    expect(((await fs.stat(passwordFile)).mode & 0o777).toString(8)).toBe("600");
    expect(await canUpdateAudit(appUrl)).toBe(false);
    expect(await prepareAppRole(ownerUrl, { passwordFile })).toBe(appUrl);
  });

  it("is refused when the owner may not create roles and no role was given, saying what to do", async () => {
    const ownerUrl = await migratedDatabase();
    const owner = await createRole((name) => `CREATE ROLE ${name} LOGIN NOCREATEROLE`);
    const database = new URL(ownerUrl).pathname.slice(1);
    await withClient(serverUrl, (client) => client.query(`ALTER DATABASE "${database}" OWNER TO ${client.escapeIdentifier(owner.name)}`));
    await expect(
      prepareAppRole(roleUrl(ownerUrl, owner.name, owner.password), { passwordFile: path.join(dir, "refused") }),
    ).rejects.toThrow(/may not create it \(it needs CREATEROLE\).*ASSAY_APP_DATABASE_URL/);
  });

  it("uses the operator's own role (ASSAY_APP_DATABASE_URL), granting it the app's privileges and no more", async () => {
    const ownerUrl = await migratedDatabase();
    const own = await createRole((name) => `CREATE ROLE ${name} LOGIN`);
    const appUrl = roleUrl(ownerUrl, own.name, own.password);
    expect(await prepareAppRole(ownerUrl, { appUrl, passwordFile: path.join(dir, "unused") })).toBe(appUrl);
    await withClient(appUrl, async (client) => {
      await client.query(`INSERT INTO "AwardingBody" ("id", "name", "legalName") VALUES (gen_random_uuid(), 'Own role', 'Own role')`);
      expect((await client.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0]).toEqual({ n: 0 });
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    });
    await expect(fs.stat(path.join(dir, "unused"))).rejects.toThrow();
  });

  it("refuses to run the app as the owner, or as a role that owns the tables", async () => {
    const ownerUrl = await migratedDatabase();
    await expect(prepareAppRole(ownerUrl, { appUrl: ownerUrl, passwordFile: path.join(dir, "x") })).rejects.toThrow(
      /is refused: it is a superuser or may create roles or databases/,
    );
    const tableOwner = await createRole((name) => `CREATE ROLE ${name} LOGIN`);
    await withClient(ownerUrl, (client) => client.query(`ALTER TABLE "AuditEvent" OWNER TO ${client.escapeIdentifier(tableOwner.name)}`));
    await expect(
      prepareAppRole(ownerUrl, { appUrl: roleUrl(ownerUrl, tableOwner.name, tableOwner.password), passwordFile: path.join(dir, "x") }),
    ).rejects.toThrow(/is refused: it owns the audit table/);
    await withClient(ownerUrl, (client) => client.query(`ALTER TABLE "AuditEvent" OWNER TO CURRENT_USER`));
  });

  it("never takes over a role of the same name that Assay did not create", async () => {
    const stranger = await createRole((name) => `CREATE ROLE ${name} LOGIN`);
    await expect(ensureAppLoginRole(serverUrl, stranger.name, "another-password")).rejects.toThrow(/exists but was not created by Assay/);
    await withClient(roleUrl(serverUrl, stranger.name, stranger.password), async () => undefined);
  });
});
