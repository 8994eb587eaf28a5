import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// Generates migration SQL offline with Prisma 6.19.3's WASM schema engine (devDependency
// "prisma6"): Prisma 7's migrate needs a native engine this machine cannot download. The WASM
// engine asks its driver adapter one version query even for schema-to-schema diffs, so a stub
// adapter answers that query and refuses everything else: no database is involved.

const STUB_URL = "postgresql://stub@127.0.0.1:1/stub";

function prisma6(): { cli: string; config: string } {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const pkg = require.resolve("prisma6/package.json");
  return {
    cli: path.join(path.dirname(pkg), "build", "index.js"),
    // Prisma 6's own config module, not the project's Prisma 7 one.
    config: createRequire(pkg).resolve("@prisma/config"),
  };
}

// Prisma 6 requires a url in the datasource block; Prisma 7 forbids it there.
function withDummyUrl(schema: string): string {
  if (/datasource\s+\w+\s*\{[^}]*\burl\s*=/.test(schema)) return schema;
  return schema.replace(/(datasource\s+\w+\s*\{)/, `$1\n  url = "${STUB_URL}"`);
}

function configSource(configModule: string): string {
  return `import { defineConfig } from ${JSON.stringify(configModule)};

const refuse = async () => { throw new Error("assay db:diff stub adapter: no database here"); };
const connection = {
  provider: "postgres",
  adapterName: "assay-diff-stub",
  async queryRaw(query) {
    if (!query.sql.includes("server_version_num")) return refuse();
    return { columnNames: ["exists", "version", "numeric_version"], columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 18.0", 180000]] };
  },
  executeRaw: refuse,
  executeScript: refuse,
  startTransaction: refuse,
  async dispose() {},
};

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "to.prisma",
  adapter: async () => ({
    provider: "postgres",
    adapterName: "assay-diff-stub",
    connect: async () => connection,
    connectToShadowDb: async () => connection,
  }),
});
`;
}

/**
 * SQL that turns a database built from `from` (null: an empty database) into one matching `to`,
 * or null when there is no difference.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string | null> {
  const { cli, config } = prisma6();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "assay-diff-"));
  try {
    await fs.writeFile(path.join(dir, "prisma.config.mjs"), configSource(config));
    await fs.writeFile(path.join(dir, "to.prisma"), withDummyUrl(to));
    const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", "from.prisma"];
    if (from !== null) await fs.writeFile(path.join(dir, "from.prisma"), withDummyUrl(from));
    const args = [cli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", "to.prisma", "--script", "--exit-code"];
    const env = {
      ...process.env,
      PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    };
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
    // --exit-code: 0 = no difference, 2 = difference, anything else = error.
    if (result.code === 0) return null;
    if (result.code === 2) return result.stdout;
    throw new Error(`prisma migrate diff (Prisma 6 WASM engine) failed:\n${result.stderr}${result.stdout}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
