import { register } from "node:module";

// Benchmark (not a test): `npm run bench:sampling` times proposing a sampling plan and drawing its
// coverage matrix (issue 9: under 1 s for a centre with 5,000 decisions in scope) on the benchmark
// dataset (scripts/bench-data.ts; loaded first with `npm run bench:data` when the bench database
// does not hold it). Each run does what the propose action and the plan page do, without writing:
// load the decisions in scope with what lies behind each (lib/sampling/decisions-in-scope.ts, one
// SQL statement), the strategy and the current risk ratings, leave out the IQA's own, countersigned
// and conflicted decisions, choose the sample (lib/rules/sampling.ts chooseSample), then compute
// the coverage (samplingCoverage) of the sample. Prints the count in scope, the median and p95 of
// several runs against the 1 s target, and the parts. Exits 1 only on errors.
//
// Scope: the busy centre (20001) splits its ~6,600 decisions between its two IQAs' candidates, so
// bench.iqa@bench.example's own allocation holds about half of them. To time a plan over more than
// 5,000 decisions, the run takes every candidate of the centre ("all" in decisions-in-scope.ts) for
// bench.iqa, over a period covering every decision (the 12 months to today); it also prints the
// count for the IQA's allocation alone. Settings: BENCH_RUNS (15).
//
// The app's modules say `import "server-only"`; here that marker resolves to an empty module (as
// scripts/seed.ts does).
register(
  "data:text/javascript,export async function resolve(specifier, context, next) {" +
    "if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };" +
    "return next(specifier, context); }",
);

const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("../lib/db/generated/client");
const { withClient } = await import("../lib/db/databases");
const { migrate } = await import("../lib/db/migrator");
const { openBenchDatabase } = await import("./bench/bench-database");
const { benchAccounts } = await import("./bench/dataset-plan");
const { run, commandEnv } = await import("./lib/child-process");
const { runMain } = await import("./lib/run-main");
const { prepareProposal, defaultSeed } = await import("../lib/sampling/plan-proposal");
const { chooseSample, samplingCoverage } = await import("../lib/rules/sampling");
const { addMonths } = await import("../lib/rules/dates");

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const busyCentreNumber = "20001";
const targetMs = 1000;

type Opened = Awaited<ReturnType<typeof openBenchDatabase>>;
let database: Opened | null = null;
let prisma: InstanceType<typeof PrismaClient> | null = null;

const benchRatingReason = "bench:sampling run (removed afterwards)";
let ratingsToRemove: string | null = null;

async function stopAll() {
  if (prisma && ratingsToRemove) {
    await prisma.$executeRaw`DELETE FROM "AssessorRiskRating" WHERE "centreId" = ${ratingsToRemove}::uuid AND reason = ${benchRatingReason}`;
    ratingsToRemove = null;
  }
  await prisma?.$disconnect();
  prisma = null;
  await database?.stop();
  database = null;
}

type Found = { centreId: string; qualificationId: string; iqaUserId: string };

/** The busy centre, its qualification and the bench IQA; null when the dataset is not loaded. */
async function findDataset(ownerUrl: string): Promise<Found | null> {
  try {
    return await withClient(ownerUrl, async (client) => {
      const { rows } = await client.query<{ centre_id: string; qualification_id: string; iqa_id: string }>(
        `SELECT ce.id AS centre_id, (SELECT c."qualificationId" FROM "Candidate" c WHERE c."centreId" = ce.id LIMIT 1) AS qualification_id, u.id AS iqa_id
           FROM "Centre" ce JOIN "Membership" m ON m."centreId" = ce.id JOIN "User" u ON u.id = m."userId"
          WHERE ce."centreNumber" = $1 AND u.email = $2 AND m.role = 'IQA'`,
        [busyCentreNumber, benchAccounts.iqa],
      );
      const row = rows[0];
      return row?.qualification_id ? { centreId: row.centre_id, qualificationId: row.qualification_id, iqaUserId: row.iqa_id } : null;
    });
  } catch {
    return null; // no database yet, or not migrated
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  database = await openBenchDatabase();
  let found = await findDataset(database.ownerUrl);
  if (!found) {
    console.log("The bench database does not hold the benchmark dataset: loading it with `npm run bench:data` (a few minutes)…");
    await database.stop();
    database = null;
    const code = await run(process.execPath, ["--import", "tsx", "scripts/bench-data.ts"], commandEnv());
    if (code !== 0) throw new Error(`bench:data failed (exit ${code}).`);
    database = await openBenchDatabase();
    found = await findDataset(database.ownerUrl);
    if (!found) throw new Error("bench:data ran, but the busy centre or bench.iqa@bench.example is not in the bench database.");
  }
  // As bench:http does: the dataset may predate the latest migrations (the IQA tables).
  const migrated = await migrate({ connectionString: database.ownerUrl });
  if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} newer migrations to the bench database.`);
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.ownerUrl }) });

  const today = new Date().toISOString().slice(0, 10);
  const from = addMonths(today, -12);
  const base = { centreId: found.centreId, qualificationId: found.qualificationId, iqaUserId: found.iqaUserId, from, to: today, on: today };
  const seed = defaultSeed(found.centreId, found.qualificationId, from, today);

  await prisma.$executeRaw`DELETE FROM "AssessorRiskRating" WHERE "centreId" = ${found.centreId}::uuid AND reason = ${benchRatingReason}`;
  const allocated = await prepareProposal(prisma, { ...base, seed, candidates: "allocated" });
  const allocatedCount = allocated.inScope.inScope.length;
  const candidates = allocatedCount >= 5000 ? ("allocated" as const) : ("all" as const);
  console.log(
    `Busy centre ${busyCentreNumber}, ${benchAccounts.iqa}, period ${from} to ${today}: ${allocatedCount} decisions in scope for the IQA's own allocation` +
      (candidates === "all" ? " (under 5,000: timing the whole centre's candidates instead)." : "."),
  );

  // Realistic rates: with no rating every assessor is sampled as new (100%). For the run, the busy
  // centre's assessors get ratings (the lead and two others experienced, low risk; three medium; the
  // one working towards their qualification not yet qualified), removed again at the end.
  const rated = await prisma.$executeRaw`
    INSERT INTO "AssessorRiskRating" (id, "centreId", "assessorUserId", risk, reason, "ratedOn", "ratedById")
    SELECT gen_random_uuid(), m."centreId", m."userId",
           (CASE WHEN q.held IS DISTINCT FROM true THEN 'UNQUALIFIED' WHEN row_number() OVER (ORDER BY u.email) % 2 = 0 THEN 'MEDIUM' ELSE 'LOW' END)::"AssessorRiskLevel",
           ${benchRatingReason}, current_date, ${found.iqaUserId}::uuid
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      LEFT JOIN "StaffQualification" q ON q."userId" = m."userId" AND q.code = 'CAVA'
     WHERE m."centreId" = ${found.centreId}::uuid AND m.role = 'ASSESSOR'`;
  ratingsToRemove = found.centreId;
  console.log(`Rated ${rated} assessors of the busy centre for the run (low, medium, not yet qualified).`);

  const timings: { total: number; load: number; choose: number; coverage: number }[] = [];
  let counts = { inScope: 0, excluded: 0, sampled: 0, gaps: 0, cells: 0, exclusions: "" };
  for (let i = 0; i <= runs; i++) {
    // prepareProposal = load (SQL, strategy, risks) then chooseSample; the choice is timed again alone below.
    const started = performance.now();
    const proposal = await prepareProposal(prisma, { ...base, seed, candidates });
    const chosen = performance.now();
    const coverage = samplingCoverage(
      proposal.inScope.inScope,
      new Set(proposal.sample.sampledDecisionIds),
      proposal.assessorRisk,
      proposal.policy,
    );
    const finished = performance.now();
    if (i === 0) {
      counts = {
        inScope: proposal.inScope.inScope.length,
        excluded: proposal.inScope.excluded.length,
        sampled: proposal.sample.sampledDecisionIds.length,
        gaps: coverage.gaps.length,
        cells: coverage.assessorUnitMatrix.length,
        exclusions: Object.entries(proposal.inScope.counts)
          .map(([reason, n]) => `${n} ${reason}`)
          .join(", "),
      };
      continue; // the first run warms the connection pool and the database's cache
    }
    // chooseSample alone, on the loaded decisions, to split the load from the choice.
    const chooseStarted = performance.now();
    chooseSample({
      decisions: proposal.inScope.inScope,
      assessorRisk: proposal.assessorRisk,
      policy: proposal.policy,
      period: { from, to: today },
      seed,
    });
    const chooseMs = performance.now() - chooseStarted;
    timings.push({ total: finished - started, load: chosen - started - chooseMs, choose: chooseMs, coverage: finished - chosen });
  }

  console.log(
    `\n${counts.inScope} decisions in scope (${counts.excluded} left out: ${counts.exclusions}); ${counts.sampled} sampled; ` +
      `${counts.cells} assessor × unit cells; ${counts.gaps} gaps.`,
  );
  const sorted = (pick: (t: (typeof timings)[number]) => number) => timings.map(pick).sort((a, b) => a - b);
  const rows: [string, number[]][] = [
    ["propose + coverage (total)", sorted((t) => t.total)],
    ["  load decisions, strategy, risks", sorted((t) => t.load)],
    ["  chooseSample", sorted((t) => t.choose)],
    ["  samplingCoverage", sorted((t) => t.coverage)],
  ];
  console.log(`\n${runs} runs after one warm-up        median       p95       max`);
  for (const [label, values] of rows) {
    console.log(`${label.padEnd(34)}${ms(percentile(values, 50))}  ${ms(percentile(values, 95))}  ${ms(values[values.length - 1]!)}`);
  }
  const median = percentile(
    sorted((t) => t.total),
    50,
  );
  const p95 = percentile(
    sorted((t) => t.total),
    95,
  );
  console.log(
    `\nTarget: under ${targetMs} ms for ${counts.inScope} decisions in scope: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (${p95 < targetMs ? "within" : "over"} the target).`,
  );
  return 0;
}

await runMain(main, stopAll);
