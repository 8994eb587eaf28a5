import { defineConfig } from "@playwright/test";
import { locateBrowser } from "./scripts/lib/browser";
import { E2E_REPORT } from "./scripts/lib/test-reports";

// End-to-end tests drive a Chromium (CHROMIUM_PATH, the system's, or Playwright's own: see
// scripts/lib/browser.ts, which also installs one when there is none) against the
// built app served by scripts/e2e-server.ts with its own throwaway database and the demo seed.
// Run through `npm run test:e2e`, which builds first when needed and checks that tests ran.

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Two cores also run the Next.js server and PostgreSQL.
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: E2E_REPORT }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: locateBrowser(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /database-restart\.spec\.ts$/ },
    // Kills the app's database under it: runs alone, once every other spec has finished.
    { name: "database-restart", use: { browserName: "chromium" }, testMatch: /database-restart\.spec\.ts$/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: baseURL,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server stop its PostgreSQL (which pg_ctl detaches from this process group).
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
