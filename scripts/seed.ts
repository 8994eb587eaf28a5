import { register } from "node:module";

// Loads the demo world (scripts/seed/load-demo-world.ts). With --if-empty (as `npm start` runs it)
// an existing database is left alone, so people's own changes survive restarts.
//
// The demo data is written through the app's own code (the signature mechanism, the sign-off
// rule, the plans' content), whose modules say `import "server-only"` so that no browser bundle
// can include them. That marker throws outside React's server build, so here it resolves to an
// empty module before anything else loads (as tests/support/server-only-stub.ts does for Vitest).
register(
  "data:text/javascript,export async function resolve(specifier, context, next) {" +
    "if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };" +
    "return next(specifier, context); }",
);

const { loadDemoWorld, demoSignInsText } = await import("./seed/load-demo-world");
const { getPrisma } = await import("@/lib/db/client");

try {
  await loadDemoWorld({ onlyIfEmpty: process.argv.includes("--if-empty") });
  console.log(`\n${demoSignInsText()}\n`);
  await getPrisma().$disconnect();
} catch (error) {
  console.error("Seeding failed:", error);
  await getPrisma().$disconnect();
  process.exit(1);
}
