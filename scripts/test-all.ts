// npm test: every tier in order (unit, integration, end-to-end), each even when an earlier one
// failed so that one run shows every failure; prints per-tier counts and a closing
// "N passed, N failed[, N skipped]" line; exits non-zero if any tier failed or no end-to-end test ran.
import fs from "node:fs/promises";
import { commandEnv, run } from "./lib/child-process";
import { E2E_REPORT, REPORT_DIR, playwrightCounts, vitestCounts, vitestReport, type Counts } from "./lib/test-reports";

interface Tier {
  name: string;
  command: string;
  args: string[];
  report: string;
  count: (file: string) => Counts | null;
}

const vitestTier = (project: string): Tier => ({
  name: project,
  command: "vitest",
  args: [
    "run",
    "--project",
    project,
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport(project)}`,
  ],
  report: vitestReport(project),
  count: vitestCounts,
});

const tiers: Tier[] = [
  vitestTier("unit"),
  vitestTier("integration"),
  { name: "e2e", command: "tsx", args: ["scripts/test-e2e.ts"], report: E2E_REPORT, count: playwrightCounts },
];

await fs.mkdir(REPORT_DIR, { recursive: true });
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
let failedTiers = 0;
for (const tier of tiers) {
  console.log(`\n=== ${tier.name} tests ===`);
  await fs.rm(tier.report, { force: true });
  const code = await run(tier.command, tier.args, commandEnv());
  const counts = tier.count(tier.report) ?? { passed: 0, failed: 0, skipped: 0 };
  // A tier that failed without a failing test (setup error, build error, no e2e test run) still
  // counts as a failure in the closing line.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (code !== 0) failedTiers++;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  const status = code === 0 ? "ok" : `FAILED (exit ${code})`;
  lines.push(`  ${tier.name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped  ${status}`);
}

console.log(`\n=== summary ===\n${lines.join("\n")}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ""}`);
process.exit(failedTiers > 0 ? 1 : 0);
