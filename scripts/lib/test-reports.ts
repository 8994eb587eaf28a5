import { readFileSync } from "node:fs";

// Where each test tier writes its machine-readable report, and how to count it.

export const REPORT_DIR = "test-results";
export const E2E_REPORT = `${REPORT_DIR}/e2e-report.json`;
export const vitestReport = (project: string) => `${REPORT_DIR}/vitest-${project}.json`;

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const num = (value: unknown) => (typeof value === "number" ? value : 0);

/** Counts from vitest's JSON reporter; null when the run wrote no report. */
export function vitestCounts(file: string): Counts | null {
  const report = readJson(file);
  if (!report) return null;
  // A file that fails before any test runs (an import error) has no failed test; count it as one.
  const files = Array.isArray(report.testResults) ? (report.testResults as Record<string, unknown>[]) : [];
  const brokenFiles = files.filter(
    (file) => file.status === "failed" && Array.isArray(file.assertionResults) && file.assertionResults.length === 0,
  ).length;
  return {
    passed: num(report.numPassedTests),
    failed: num(report.numFailedTests) + brokenFiles,
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
  };
}

/** Counts from Playwright's JSON reporter (a flaky test passed on retry); null when there is no report. */
export function playwrightCounts(file: string): Counts | null {
  const stats = readJson(file)?.stats as Record<string, unknown> | undefined;
  if (!stats) return null;
  return {
    passed: num(stats.expected) + num(stats.flaky),
    failed: num(stats.unexpected),
    skipped: num(stats.skipped),
  };
}
