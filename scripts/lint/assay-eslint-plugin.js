// Assay's own lint rules: the architecture as rules the linter enforces, not habits to remember.
//  - server-only-marker: a lib/ module that reaches the database, the request or a server-only
//    module must say `import "server-only"` first, so no browser bundle can ever contain it.
//  - no-server-in-client: a "use client" file may not import a server-only module.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Modules that only exist on the server at request time. */
const serverTriggers = [
  /^@\/lib\/db\/client$/,
  /^@\/lib\/db\/generated(\/|$)/,
  /^next\/headers$/,
  /^next\/cache$/,
  /^next-auth$/,
  /^server-only$/,
];

/** Always refused in a browser bundle. */
const neverInClient = [/^server-only$/, /^next\/headers$/, /^@\/lib\/db\//, /^node:/, /^pg$/, /^@prisma\//, /^next-auth\/next$/];

function resolveLocal(fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

const markerCache = new Map();
/** Whether the file declares itself server-only (its first import is "server-only"). */
function isMarkedServerOnly(file) {
  if (!markerCache.has(file)) {
    const source = readFileSync(file, "utf8");
    markerCache.set(file, /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*import\s+["']server-only["']/.test(source));
  }
  return markerCache.get(file);
}

function valueImports(program) {
  return program.body.filter(
    (node) =>
      (node.type === "ImportDeclaration" &&
        node.importKind !== "type" &&
        !(node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"))) ||
      ((node.type === "ExportNamedDeclaration" || node.type === "ExportAllDeclaration") && node.source && node.exportKind !== "type"),
  );
}

function startsWithUseClient(program) {
  const first = program.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
}

const serverOnlyMarker = {
  meta: {
    type: "problem",
    docs: { description: 'lib/ modules that reach the database or the request start with import "server-only"' },
    messages: {
      missing: 'This module imports "{{source}}", which only runs on the server: make `import "server-only";` its first line.',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const file = context.filename;
        const hasMarker = program.body.some((n) => n.type === "ImportDeclaration" && n.source.value === "server-only");
        if (hasMarker || startsWithUseClient(program)) return;
        for (const node of valueImports(program)) {
          const source = node.source.value;
          const local = resolveLocal(file, source);
          if (serverTriggers.some((re) => re.test(source)) || (local && local !== file && isMarkedServerOnly(local))) {
            context.report({ node, messageId: "missing", data: { source } });
            return;
          }
        }
      },
    };
  },
};

const noServerInClient = {
  meta: {
    type: "problem",
    docs: { description: '"use client" files may not import server modules' },
    messages: {
      server: '"use client" file imports "{{source}}", a server module: pass data from a server component or call a server action instead.',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        if (!startsWithUseClient(program)) return;
        for (const node of valueImports(program)) {
          const source = node.source.value;
          const local = resolveLocal(context.filename, source);
          if (neverInClient.some((re) => re.test(source)) || (local && isMarkedServerOnly(local))) {
            context.report({ node, messageId: "server", data: { source } });
          }
        }
      },
    };
  },
};

export default {
  meta: { name: "assay" },
  rules: { "server-only-marker": serverOnlyMarker, "no-server-in-client": noServerInClient },
};
