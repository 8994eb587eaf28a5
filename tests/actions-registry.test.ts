import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allActions, awardingBodyActions, centreActions, personalActions, publicActions } from "@/lib/actions/registry";

// The registry is what the two-centre isolation test and the audit trail's labels walk. This
// test makes it impossible to add an action they do not see: every action definition exported
// anywhere under lib/, and every action that an app/**/actions.ts runs, must be registered.

type Definition = { name: string; input: unknown; handler: unknown; audit: { label: string } };

function isActionDefinition(value: unknown): value is Definition {
  if (!value || typeof value !== "object") return false;
  const candidate = value as Partial<Definition>;
  return typeof candidate.name === "string" && typeof candidate.handler === "function" && candidate.input !== undefined;
}

const libModules = import.meta.glob<Record<string, unknown>>(["/lib/**/*.ts", "!/lib/**/*.test.ts", "!/lib/db/generated/**"], {
  eager: true,
});

const discovered = Object.entries(libModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isActionDefinition(value))
    .map(([exportName, value]) => ({ file, exportName, definition: value as Definition })),
);

const registered = new Set<unknown>(allActions);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("the action registry", () => {
  it("finds the app's actions under lib/", () => {
    expect(discovered.length).toBeGreaterThanOrEqual(allActions.length);
  });

  it("lists every action definition exported under lib/", () => {
    const missing = discovered.filter((d) => !registered.has(d.definition)).map((d) => `${d.exportName} (${d.file})`);
    expect(missing, "add these to lib/actions/registry.ts").toEqual([]);
  });

  it("has unique action names, each with an audit label", () => {
    const names = allActions.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const action of allActions) expect(action.audit.label.trim().length, action.name).toBeGreaterThan(0);
  });

  it("keeps each action in exactly one scope list", () => {
    const listed = [
      ...Object.values(centreActions),
      ...Object.values(awardingBodyActions),
      ...Object.values(personalActions),
      ...Object.values(publicActions),
    ];
    expect(listed.length).toBe(allActions.length);
  });

  const actionFiles = filesUnder("app").filter((file) => /(^|\/)actions\.ts$/.test(file));

  it("has server action files to check", () => {
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  for (const file of actionFiles) {
    it(`${file}: every action it runs is registered`, async () => {
      const source = readFileSync(file, "utf8");
      const runs = [...source.matchAll(/perform(?:Public)?Action\(\s*(\w+)/g)].map((m) => m[1]!);
      expect(runs.length, "a server action file that runs no action").toBeGreaterThan(0);
      const imports = new Map<string, string>();
      for (const match of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*"(@\/lib\/[^"]+)"/g)) {
        for (const name of match[1]!.split(",").map((n) => n.trim().replace(/^type\s+/, ""))) imports.set(name, match[2]!);
      }
      for (const name of runs) {
        const from = imports.get(name);
        expect(from, `${name} must be imported from lib/`).toBeDefined();
        const exports = libModules[`${from!.replace(/^@/, "")}.ts`];
        expect(exports, `${from} not found`).toBeDefined();
        expect(registered.has(exports![name]), `${name} from ${from} is not in lib/actions/registry.ts`).toBe(true);
      }
    });
  }
});
