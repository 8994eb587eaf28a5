// npm run test:e2e [-- <playwright args>]: builds the app when needed, runs Playwright against it
// (playwright.config.ts starts the server and its database) and fails when Playwright failed or
// ran no test at all.
import { existsSync, readdirSync, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { removeAbandonedClusters } from "../lib/db/throwaway-cluster";
import { ensureBrowser } from "./lib/browser";
import { commandEnv, run } from "./lib/child-process";
import { E2E_REPORT, playwrightCounts } from "./lib/test-reports";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package.json",
];
const IGNORED = new Set(["node_modules", ".next"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (IGNORED.has(child) || child.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

// CI always builds: its checkout is fresh and a stale build must never be what gets tested.
function buildReason(): string | null {
  if (process.env.CI === "true") return "CI=true";
  if (!existsSync(".next/BUILD_ID")) return "no build yet";
  const built = statSync(".next/BUILD_ID").mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(source) > built);
  return changed ? `${changed} changed since the last build` : null;
}

// Before the build: a machine without a browser learns it (or gets one) in seconds, not minutes.
const browser = ensureBrowser();
if (!browser.ok) {
  console.error(`End-to-end: ${browser.message}`);
  process.exit(1);
}

const reason = buildReason();
if (reason) {
  console.log(`Building the app for end-to-end tests (${reason}).`);
  const built = await run("next", ["build"], commandEnv());
  if (built !== 0) process.exit(built);
}

await fs.rm(E2E_REPORT, { force: true });
const code = await run("playwright", ["test", ...process.argv.slice(2)], commandEnv({ CHROMIUM_PATH: browser.executablePath }));
// A server killed before it could clean up leaves its cluster behind; its owner is gone by now.
await removeAbandonedClusters();

const counts = playwrightCounts(E2E_REPORT);
if (!counts) {
  console.error(`End-to-end: Playwright wrote no report (${E2E_REPORT}); exit code ${code}.`);
  process.exit(code || 1);
}
const ran = counts.passed + counts.failed;
console.log(`End-to-end: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped.`);
if (ran === 0) {
  console.error("End-to-end: no test ran. That is a failure: the tier proves nothing.");
  process.exit(1);
}
process.exit(code);
