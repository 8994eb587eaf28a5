// Benchmark dataset (not a test): `npm run bench:data` drops and recreates the bench database
// (scripts/bench/bench-database.ts: BENCH_DATABASE_URL, or "assay_bench" on an embedded PostgreSQL of
// its own under <data dir>/bench), migrates it with the app's migrator and loads, with set-based
// SQL: 200 centres, 2,000 staff, 50,000 candidates, the OCR 10380 catalogue (45 units with outcomes
// and criteria), plans, evidence items with 1,000,000 evidence-to-criterion links, activities,
// feedback, unit decisions with their signed versions (over 5,000 at the busy centre) and a few
// conflict declarations. Prints each step's time and the row counts. bench:http, and issue 9's
// sampling-plan figure, run on it. BENCH_SCALE (0 < s <= 1) shrinks candidates and links.
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password-hashing";
import { databaseName, databaseUrl, dropDatabase, ensureDatabase } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";
import { benchDir, openBenchDatabase } from "./bench/bench-database";
import { benchAccounts, benchPassword, datasetPlan } from "./bench/dataset-plan";
import { withDeferredIndexes } from "./bench/defer-indexes";
import { bulkTables, loadSteps, reportedTables } from "./bench/load-dataset";
import { onInterrupt } from "./lib/child-process";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

async function main(): Promise<number> {
  const plan = datasetPlan(Number(process.env.BENCH_SCALE ?? 1));
  const started = performance.now();
  const database = await openBenchDatabase();
  const detach = onInterrupt(database.stop);
  try {
    const { ownerUrl } = database;
    const name = databaseName(ownerUrl);
    let mark = performance.now();
    const step = (label: string) => {
      const now = performance.now();
      console.log(`${seconds(now - mark)}  ${label}`);
      mark = now;
    };

    await dropDatabase(databaseUrl(ownerUrl, "postgres"), name);
    await ensureDatabase(ownerUrl);
    // A new database: the audit checkpoints and uploaded files of the previous one no longer apply.
    await fs.rm(path.join(benchDir(), "audit-anchors"), { recursive: true, force: true });
    await fs.rm(path.join(benchDir(), "files"), { recursive: true, force: true });
    step(`database "${name}" dropped and created`);
    const migrated = await migrate({ connectionString: ownerUrl });
    step(`migrated (${migrated.applied.length} migrations)`);

    const passwordHash = await hashPassword(benchPassword);
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      await client.query("SET synchronous_commit = off");
      await client.query("SET maintenance_work_mem = '256MB'");
      await client.query("SET work_mem = '64MB'");
      await withDeferredIndexes(
        client,
        bulkTables,
        async () => {
          for (const load of loadSteps(plan, passwordHash)) {
            await load.run(client);
            step(load.name);
          }
        },
        step,
      );
      await client.query("VACUUM (ANALYZE)");
      step("vacuumed and analysed");

      console.log("\nRows:");
      for (const table of reportedTables) {
        const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
        console.log(`  ${table.padEnd(32)}${Number(rows[0]!.n).toLocaleString("en-GB").padStart(12)}`);
      }
      const checks = await client.query<{ assessor: number; units: number; busy: number; signed: number; awaiting: number }>(
        `SELECT (SELECT count(*)::int FROM "Candidate" c JOIN "User" u ON u.id = c."assessorUserId" WHERE u.email = $1 AND c.status = 'ACTIVE') AS assessor,
                (SELECT count(DISTINCT cr."unitId")::int FROM "EvidenceCriterion" ec JOIN "AssessmentCriterion" cr ON cr.id = ec."criterionId"
                   JOIN "EvidenceItem" e ON e.id = ec."evidenceItemId" JOIN "Candidate" c ON c.id = e."candidateId"
                   JOIN "User" u ON u.id = c."userId" WHERE u.email = $2) AS units,
                (SELECT count(*)::int FROM "UnitDecision" d JOIN "Centre" ce ON ce.id = d."centreId" WHERE ce."centreNumber" = '20001') AS busy,
                (SELECT count(*)::int FROM "UnitDecision" d JOIN "Centre" ce ON ce.id = d."centreId" WHERE ce."centreNumber" = '20001' AND d.status = 'SIGNED_OFF') AS signed,
                (SELECT count(*)::int FROM "UnitDecision" d JOIN "Centre" ce ON ce.id = d."centreId" WHERE ce."centreNumber" = '20001' AND d.status = 'AWAITING_COUNTERSIGNATURE') AS awaiting`,
        [benchAccounts.assessor, benchAccounts.fortyUnitCandidate],
      );
      const found = checks.rows[0]!;
      console.log(
        `\n${benchAccounts.assessor}: ${found.assessor} active candidates; ${benchAccounts.fortyUnitCandidate}: evidence across ${found.units} units;` +
          ` busy centre (20001): ${found.busy} unit decisions (${found.signed} signed off, ${found.awaiting} awaiting countersignature).`,
      );
      const { rows: size } = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
      console.log(`Database size ${size[0]!.size}; every account's password: ${benchPassword}`);
      console.log(`Loaded in ${seconds(performance.now() - started).trim()}.`);
      const problems = [
        found.assessor !== plan.namedAssessorCandidates &&
          `the bench assessor has ${found.assessor} candidates, not ${plan.namedAssessorCandidates}`,
        found.units !== plan.fortyUnits && `the forty-unit candidate has evidence across ${found.units} units`,
        plan.candidates === 50_000 && found.signed + found.awaiting < 5_000 && `the busy centre has fewer than 5,000 signed decisions`,
      ].filter(Boolean);
      if (problems.length > 0) {
        console.error(`The dataset is not as planned: ${problems.join("; ")}.`);
        return 1;
      }
      return 0;
    } finally {
      await client.end();
    }
  } finally {
    detach();
    await database.stop();
  }
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
}
process.exit(code);
