import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// "server-only" throws outside React's server build; tests import server modules directly.
const alias = { "@": root.replace(/\/$/, ""), "server-only": `${root}tests/support/server-only-stub.ts` };

// Two tiers by file name: *.test.ts is pure (no database); *.integration.test.ts runs against a
// real PostgreSQL, each file in its own database cloned from a migrated template.
export default defineConfig({
  resolve: { alias },
  test: {
    pool: "forks",
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "tests/e2e/**", "node_modules/**"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          globalSetup: ["tests/setup/integration-global-setup.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-database.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
