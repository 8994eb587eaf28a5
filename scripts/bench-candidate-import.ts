import { register } from "node:module";

// Benchmark (not a test): `npm run bench:import` times the preview of a 10,000-row CSV of
// candidates (issue 10: under 5 s): reading the file as a stream through papaparse
// (lib/candidate-import/read-csv.ts, as the upload route does), then the preview action
// (previewCandidateImport through runAction: the column mapping, every row checked against the
// centre's qualifications, staff, 2,000 existing registrations and conflict declarations, and all
// rows stored). It also times one import step (lib/candidate-import/import-candidates.ts) to show
// how long a 10,000-row import takes in steps. Runs on a throwaway PostgreSQL (fsync off, like the
// integration tests), removed afterwards. Settings: BENCH_ROWS (10000), BENCH_RUNS (3).
//
// The app's modules say `import "server-only"`; here that marker resolves to an empty module.
register(
  "data:text/javascript,export async function resolve(specifier, context, next) {" +
    "if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };" +
    "return next(specifier, context); }",
);

const { randomBytes } = await import("node:crypto");
const fs = await import("node:fs/promises");
const os = await import("node:os");
const path = await import("node:path");
const { startThrowawayCluster } = await import("../lib/db/throwaway-cluster");
const { createDatabase, databaseUrl } = await import("../lib/db/databases");
const { migrate } = await import("../lib/db/migrator");
const { runMain } = await import("./lib/run-main");

const rows = Math.max(100, Number(process.env.BENCH_ROWS ?? 10_000));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const targetSeconds = 5;

type Cluster = Awaited<ReturnType<typeof startThrowawayCluster>>;
let cluster: Cluster | null = null;
let scratch: string | null = null;
let disconnect: (() => Promise<void>) | null = null;

async function cleanup() {
  await disconnect?.();
  disconnect = null;
  await cluster?.dispose();
  cluster = null;
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
  scratch = null;
}

/** A valid ULN for a nine-digit start (LRS check digit), or null when none fits. */
function withCheckDigit(nine: string): string | null {
  const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * weights[i]!;
  const remainder = sum % 11;
  return remainder === 0 ? null : `${nine}${10 - remainder}`;
}

/** The CSV: one row in 50 with a problem (a wrong ULN, an unknown assessor or a date that is not real). */
function csvOf(count: number, qualificationNumber: string, urns: string[], assessorEmails: string[]): string {
  const lines = ["Full name,Email,Date of birth,ULN,Publicly funded,Qualification,Full award,Units,Start date,Assessor's email,Employer"];
  for (let i = 0; i < count; i++) {
    let uln = withCheckDigit(String(200_000_000 + i)) ?? "";
    let assessor = assessorEmails[i % assessorEmails.length]!;
    let start = "01/09/2026";
    if (i % 50 === 7) uln = `${uln.slice(0, 9)}${(Number(uln[9] ?? 0) + 1) % 10}`;
    if (i % 50 === 23) assessor = "nobody@bench.example";
    if (i % 50 === 41) start = "31/02/2026";
    const units = i % 3 === 0 ? `"${urns.slice(0, 2).join("; ")}"` : "";
    const full = units ? "" : "yes";
    lines.push(
      [
        `Learner ${i}`,
        `learner.${i}@bench.example`,
        `${String((i % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/200${i % 6}`,
        uln,
        i % 2 ? "yes" : "no",
        qualificationNumber,
        full,
        units,
        start,
        assessor,
        `"Employer ${i % 97}, Ltd"`,
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
      controller.close();
    },
  });
}

async function main(): Promise<number> {
  console.log("Starting a throwaway PostgreSQL…");
  cluster = await startThrowawayCluster("bench-import");
  const url = databaseUrl(cluster.url("postgres"), "assay_bench_import");
  await createDatabase(cluster.url("postgres"), "assay_bench_import");
  await migrate({ connectionString: url });
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "assay-bench-import-"));
  Object.assign(process.env, {
    DATABASE_URL: url,
    ASSAY_AUDIT_KEY: randomBytes(32).toString("base64url"),
    ASSAY_AUDIT_ANCHOR_DIR: path.join(scratch, "anchors"),
    ASSAY_OUTBOX_DIR: path.join(scratch, "outbox"),
  });
  const { getPrisma } = await import("../lib/db/client");
  const { runAction } = await import("../lib/actions/run-action");
  const { workspaceKey } = await import("../lib/auth/access-context");
  const { previewCandidateImport } = await import("../lib/candidate-import/preview-candidate-import");
  const { importCandidates, importStepRows } = await import("../lib/candidate-import/import-candidates");
  const { readCsv } = await import("../lib/candidate-import/read-csv");
  const { guessMapping } = await import("../lib/candidate-import/guess-mapping");
  const db = getPrisma();
  disconnect = () => db.$disconnect();

  // A centre with an admin, 8 assessors, a qualification with 6 units, 2,000 registered candidates
  // and a few conflict declarations.
  const body = await db.awardingBody.create({ data: { name: "Bench OCR", legalName: "Bench awarding body" } });
  const centre = await db.centre.create({
    data: { name: "Bench College", centreNumber: "90001", awardingBodyId: body.id, approvedOn: new Date("2020-01-01") },
  });
  const user = (name: string, email: string) => db.user.create({ data: { name, email } });
  const admin = await user("Bench Admin", "admin@bench.example");
  await db.membership.create({ data: { centreId: centre.id, userId: admin.id, role: "CENTRE_ADMIN" } });
  const assessors = [];
  for (let i = 0; i < 8; i++) {
    const assessor = await user(`Assessor ${i}`, `assessor.${i}@bench.example`);
    await db.membership.create({ data: { centreId: centre.id, userId: assessor.id, role: "ASSESSOR" } });
    assessors.push(assessor);
  }
  const qualification = await db.qualification.create({
    data: {
      awardingBodyId: body.id,
      qualificationNumber: "601/9999/1",
      title: "Bench Diploma",
      level: 3,
      ruleOfCombination: { groups: [], rules: [] },
    },
  });
  const urns: string[] = [];
  for (let i = 0; i < 6; i++) {
    const urn = `U/600/${1000 + i}`;
    urns.push(urn);
    await db.unit.create({
      data: { qualificationId: qualification.id, urn, title: `Unit ${i}`, credit: 4, level: 3, glh: 30, group: "A" },
    });
  }
  await db.candidate.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({
      centreId: centre.id,
      name: `Earlier ${i}`,
      email: `earlier.${i}@bench.example`,
      dateOfBirth: new Date("1999-01-01"),
      qualificationId: qualification.id,
      entryType: "FULL_AWARD" as const,
      entryUnitIds: [],
      startDate: new Date("2025-09-01"),
    })),
  });
  for (const assessor of assessors.slice(0, 2)) {
    const someone = await db.candidate.findFirstOrThrow({ where: { centreId: centre.id }, skip: assessors.indexOf(assessor) });
    await db.conflictOfInterestDeclaration.create({
      data: {
        centreId: centre.id,
        staffUserId: assessor.id,
        subject: "CANDIDATE",
        candidateId: someone.id,
        relationship: "FAMILY",
        declaredOn: new Date("2025-01-01"),
      },
    });
  }

  const csv = csvOf(
    rows,
    qualification.qualificationNumber,
    urns,
    assessors.map((a) => a.email),
  );
  console.log(
    `CSV: ${rows.toLocaleString("en-GB")} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB; target: preview under ${targetSeconds} s.`,
  );
  const actor = { userId: admin.id, workspaceKey: workspaceKey.centre(centre.id) };
  const timings: { read: number; check: number }[] = [];
  let lastImportId = "";
  let counts = "";
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const read = await readCsv(streamOf(csv));
    const parsed = performance.now();
    const result = await runAction(previewCandidateImport, actor, {
      fileName: "bench.csv",
      fileSha256: read.sha256,
      headers: read.headers,
      mapping: guessMapping(read.headers),
      rows: read.rows,
    });
    const finished = performance.now();
    if (!result.ok) throw new Error(`The preview was refused: ${result.message}`);
    lastImportId = result.data.importId;
    counts = `${result.data.valid} ready, ${result.data.withProblems} with problems, ${result.data.alreadyRegistered} already registered`;
    timings.push({ read: (parsed - started) / 1000, check: (finished - parsed) / 1000 });
    console.log(
      `  run ${run + 1}: read ${timings.at(-1)!.read.toFixed(2)} s + check and store ${timings.at(-1)!.check.toFixed(2)} s = ${(timings.at(-1)!.read + timings.at(-1)!.check).toFixed(2)} s`,
    );
  }
  const totals = timings.map((t) => t.read + t.check).sort((a, b) => a - b);
  const median = totals[Math.floor(totals.length / 2)]!;
  console.log(`Rows: ${counts}.`);
  console.log(
    `Preview of ${rows.toLocaleString("en-GB")} rows (parse + check + store): median ${median.toFixed(2)} s over ${runs} runs (target < ${targetSeconds} s): ${median < targetSeconds ? "within" : "OVER"} the target.`,
  );

  // One import step (registering importStepRows candidates with their invitations) for the import's pace.
  const stepStarted = performance.now();
  const step = await runAction(importCandidates, actor, { importId: lastImportId, version: 1, rows: "VALID_ONLY" });
  const stepSeconds = (performance.now() - stepStarted) / 1000;
  if (!step.ok) throw new Error(`The import step was refused: ${step.message}`);
  console.log(
    `One import step: ${step.data.registered} candidates registered in ${stepSeconds.toFixed(2)} s (with their invitation emails to the outbox); ` +
      `the whole file would take about ${((stepSeconds * rows) / importStepRows / 60).toFixed(1)} min in ${Math.ceil(rows / importStepRows)} steps.`,
  );
  return 0;
}

await runMain(main, cleanup);
