import path from "node:path";

// Everything the embedded PostgreSQL keeps lives under one git-ignored directory at the project
// root, overridable for machines where the checkout is not reachable by the `postgres` user.
export function dataRoot(): string {
  return path.resolve(process.env.ASSAY_DATA_DIR ?? path.join(process.cwd(), ".data"));
}

/** Port of the development/demo cluster. */
export function appDatabasePort(): number {
  return Number(process.env.ASSAY_PG_PORT ?? 54329);
}

/** Preferred port of throwaway test clusters; a free one is used when it is taken. */
export function testDatabasePort(): number {
  return Number(process.env.ASSAY_TEST_PG_PORT ?? 54339);
}
