import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Every server action in app/ changes data only through performAction (the session, zod, the
// permission and the audit entry). That app/ cannot import the database client at all is the
// linter's job (eslint.config.js, proven in tests/architecture-lint.test.ts).

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const appFiles = filesUnder("app");

describe("app/ goes through the access layer", () => {
  it("has files to check", () => {
    expect(appFiles.length).toBeGreaterThan(5);
  });

  for (const file of appFiles) {
    const source = readFileSync(file, "utf8");
    if (/^["']use server["']/.test(source.trimStart())) {
      it(`${file}: every server action goes through performAction`, () => {
        const exported = [...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]);
        expect(exported.length).toBeGreaterThan(0);
        const bodies = source.split(/export async function /).slice(1);
        // Signing out ends the session itself (lib/auth/sign-out.ts, audited there), like signing
        // in through next-auth: it changes no record of a centre and takes no input.
        for (const body of bodies)
          expect(body).toMatch(/perform(Public)?Action\(|^signOutAction\(\) \{\s+await signOutCurrentSession\(\);/);
      });
    }
  }
});
