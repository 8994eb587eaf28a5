import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The chokepoint only holds if pages and actions cannot reach the database around it. Pages and
// actions in app/ may read only through lib/data (or an explicitly "unsafe" helper) and change
// data only through performAction.

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
    it(`${file} touches the database only through lib/data, unsafe helpers or performAction`, () => {
      const usesPrisma = /getPrisma\(\)\s*\.\s*(?!\$)\w+/.test(source) && !/unsafe\w+\(getPrisma\(\)/.test(source);
      expect(usesPrisma, "direct Prisma query in app/").toBe(false);
      expect(source, "runAction skips the session; app/ must use performAction").not.toMatch(/\brunAction\b|\brunPublicAction\b/);
    });
    if (/^["']use server["']/.test(source.trimStart())) {
      it(`${file}: every server action goes through performAction`, () => {
        const exported = [...source.matchAll(/export async function (\w+)/g)].map((m) => m[1]);
        expect(exported.length).toBeGreaterThan(0);
        const bodies = source.split(/export async function /).slice(1);
        for (const body of bodies) expect(body).toMatch(/perform(Public)?Action\(/);
      });
    }
  }
});
