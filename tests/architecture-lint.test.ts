import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The architecture is enforced by the linter (eslint.config.js). These cases prove each boundary
// holds for code written the way a hurried change would write it.

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("architecture boundaries", () => {
  // The first lint loads the whole config and its plugins: seconds on a busy machine, so it is
  // done once here with room, and each case below times only its own lint.
  beforeAll(async () => {
    await ruleIds("lib/warm-up.ts", "export const warm = 1;\n");
  }, 60_000);

  it("a page cannot reach the database client, however it is called", async () => {
    const code = `import { getPrisma } from "@/lib/db/client";\nexport default async function Page() {\n  const db = getPrisma();\n  return db.user.count();\n}\n`;
    expect(await ruleIds("app/(app)/sneaky/page.tsx", code)).toContain("no-restricted-imports");
  });

  it("a component cannot reach the database client either", async () => {
    const code = `import { PrismaClient } from "@/lib/db/generated/client";\nexport const client = PrismaClient;\n`;
    expect(await ruleIds("components/sneaky.tsx", code)).toContain("no-restricted-imports");
  });

  it("app/ cannot run an action without the session (runAction)", async () => {
    const code = `"use server";\nimport { runAction } from "@/lib/actions/run-action";\nexport async function go() {\n  return runAction;\n}\n`;
    expect(await ruleIds("app/(app)/sneaky/actions.ts", code)).toContain("no-restricted-imports");
  });

  it('a "use client" file cannot import a server module', async () => {
    const code = `"use client";\nimport { listCentreAuditEvents } from "@/lib/audit/queries";\nexport const load = listCentreAuditEvents;\n`;
    expect(await ruleIds("components/staff/sneaky.tsx", code)).toContain("assay/no-server-in-client");
  });

  it("a lib/ module that reaches the database must declare server-only", async () => {
    const code = `import { getPrisma } from "@/lib/db/client";\nexport const count = () => getPrisma().user.count();\n`;
    expect(await ruleIds("lib/sneaky/queries.ts", code)).toContain("assay/server-only-marker");
    expect(await ruleIds("lib/sneaky/queries.ts", `import "server-only";\n${code}`)).not.toContain("assay/server-only-marker");
  });

  it("a rule in lib/rules/ does no I/O and reads no clock", async () => {
    expect(await ruleIds("lib/rules/sneaky.ts", `import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n`)).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("lib/rules/sneaky.ts", `import { getPrisma } from "@/lib/db/client";\nexport const x = getPrisma;\n`)).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("lib/rules/sneaky.ts", `export const today = () => new Date();\n`)).toContain("no-restricted-syntax");
    expect(await ruleIds("lib/rules/sneaky.ts", `export const pick = () => Math.random();\n`)).toContain("no-restricted-syntax");
    expect(
      await ruleIds("lib/rules/sneaky.ts", `import { MS_PER_DAY } from "@/lib/format/dates";\nexport const x = MS_PER_DAY;\n`),
    ).toEqual([]);
  });

  it("platform code does not import a feature area", async () => {
    const code = `import "server-only";\nimport { listCentreStaff } from "@/lib/staff/queries";\nexport const x = listCentreStaff;\n`;
    expect(await ruleIds("lib/audit/sneaky.ts", code)).toContain("no-restricted-imports");
  });
});
