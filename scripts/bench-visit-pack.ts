import { register } from "node:module";

// Benchmark (not a test): `npm run bench:visit-pack` times building a visit pack for 500 claimed
// candidates with their evidence (issue 10: under 15 s, the server's memory growing by less than
// 100 MB) on the benchmark dataset (scripts/bench-data.ts; loaded first when missing). The dataset
// has candidates, evidence, activities, feedback, decisions and sampling but no files and no claims,
// so for the run the busy centre (20001) gets a claim batch naming 500 of its candidates, files on
// their evidence (random bytes, as photos and PDFs do not compress: BENCH_PACK_FILES per candidate,
// BENCH_PACK_FILE_KB each; kept in <data dir>/bench/pack-files between runs), and a planned visit;
// all removed again at the end. The pack is built by the job's own code (lib/visit-pack/
// build-visit-pack-job.ts), in this process, into disk storage, as the server's worker does;
// memory is sampled every 50 ms and the peak growth of the process (RSS) printed. Exits 1 only
// on errors.
register(
  "data:text/javascript,export async function resolve(specifier, context, next) {" +
    "if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };" +
    "return next(specifier, context); }",
);

const { randomBytes } = await import("node:crypto");
const path = await import("node:path");
const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("../lib/db/generated/client");
const { migrate } = await import("../lib/db/migrator");
const { createDiskStorage } = await import("../lib/storage/disk-storage");
const { openBenchDatabase, benchDir } = await import("./bench/bench-database");
const { run, commandEnv } = await import("./lib/child-process");
const { runMain } = await import("./lib/run-main");
const { buildVisitPackJob } = await import("../lib/visit-pack/build-visit-pack-job");

const CANDIDATES = 500;
const filesPerCandidate = Math.max(1, Number(process.env.BENCH_PACK_FILES ?? 3));
const fileBytes = Math.max(1, Number(process.env.BENCH_PACK_FILE_KB ?? 150)) * 1024;
const busyCentreNumber = "20001";
const marker = "bench-visit-pack";
const targets = { seconds: 15, megabytes: 100 };

type Opened = Awaited<ReturnType<typeof openBenchDatabase>>;
let database: Opened | null = null;
let prisma: InstanceType<typeof PrismaClient> | null = null;

/** Removes what an earlier (or this) run added to the busy centre. */
async function removeBenchRows(db: InstanceType<typeof PrismaClient>) {
  await db.$executeRaw`DELETE FROM "VisitPack" WHERE "visitId" IN (SELECT id FROM "ExternalVerifierVisit" WHERE purpose = ${marker})`;
  await db.$executeRaw`DELETE FROM "ExternalVerifierVisit" WHERE purpose = ${marker}`;
  await db.$executeRaw`DELETE FROM "CertificateClaimLine" WHERE "batchId" IN (SELECT id FROM "CertificateClaimBatch" WHERE reference = ${marker})`;
  await db.$executeRaw`DELETE FROM "CertificateClaimBatch" WHERE reference = ${marker}`;
  await db.$executeRaw`DELETE FROM "StoredFile" WHERE "fileName" LIKE ${`${marker}-%`}`;
}

async function stopAll() {
  if (prisma) await removeBenchRows(prisma).catch((error: unknown) => console.error(error));
  await prisma?.$disconnect();
  prisma = null;
  await database?.stop();
  database = null;
}

async function busyCentre(db: InstanceType<typeof PrismaClient>) {
  return db.centre.findFirst({ where: { centreNumber: busyCentreNumber }, select: { id: true, name: true } }).catch(() => null);
}

const mb = (bytes: number) => bytes / (1024 * 1024);

async function main(): Promise<number> {
  database = await openBenchDatabase();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.ownerUrl }) });
  let centre = await busyCentre(prisma);
  if (!centre) {
    console.log("The bench database does not hold the benchmark dataset: loading it with `npm run bench:data` (a few minutes)…");
    await prisma.$disconnect();
    await database.stop();
    const code = await run(process.execPath, ["--import", "tsx", "scripts/bench-data.ts"], commandEnv());
    if (code !== 0) throw new Error(`bench:data failed (exit ${code}).`);
    database = await openBenchDatabase();
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.ownerUrl }) });
    centre = await busyCentre(prisma);
    if (!centre) throw new Error("bench:data ran, but the busy centre is not in the bench database.");
  }
  const migrated = await migrate({ connectionString: database.ownerUrl });
  if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} newer migrations to the bench database.`);
  const db = prisma;
  await removeBenchRows(db);

  const candidates = await db.candidate.findMany({
    where: { centreId: centre.id, evidenceItems: { some: {} } },
    orderBy: { id: "asc" },
    take: CANDIDATES,
    select: { id: true, qualificationId: true, evidenceItems: { select: { id: true, submittedById: true }, take: filesPerCandidate } },
  });
  if (candidates.length < CANDIDATES) throw new Error(`The busy centre has only ${candidates.length} candidates with evidence.`);
  const admin = await db.membership.findFirstOrThrow({ where: { centreId: centre.id, role: "CENTRE_ADMIN" }, select: { userId: true } });

  // The files: written once, reused by later runs.
  const storage = createDiskStorage(path.join(benchDir(), "pack-files"));
  const fileRows = [];
  let written = 0;
  for (const candidate of candidates) {
    for (let i = 0; i < filesPerCandidate; i++) {
      const evidence = candidate.evidenceItems[i % candidate.evidenceItems.length]!;
      const storageKey = `bench-pack/${candidate.id}/${i}-${fileBytes}`;
      if (!(await storage.exists(storageKey))) {
        await storage.put(storageKey, randomBytes(fileBytes));
        written++;
      }
      fileRows.push({
        centreId: centre.id,
        candidateId: candidate.id,
        evidenceItemId: evidence.id,
        storageKey,
        fileName: `${marker}-photo-${i + 1}.jpg`,
        contentType: "image/jpeg",
        byteSize: fileBytes,
        sha256: "0".repeat(64),
        uploadedById: evidence.submittedById,
      });
    }
  }
  await db.storedFile.createMany({ data: fileRows });
  const batch = await db.certificateClaimBatch.create({
    data: {
      centreId: centre.id,
      reference: marker,
      status: "CLAIMED",
      createdById: admin.userId,
      claimedOn: new Date(),
      claimedById: admin.userId,
    },
  });
  await db.certificateClaimLine.createMany({
    data: candidates.map((c) => ({
      centreId: centre.id,
      batchId: batch.id,
      candidateId: c.id,
      qualificationId: c.qualificationId,
      kind: "FULL_AWARD" as const,
      claimKey: `${marker}:${c.id}`,
    })),
  });
  const visit = await db.externalVerifierVisit.create({
    data: { centreId: centre.id, visitOn: new Date(Date.now() + 14 * 86_400_000), status: "PLANNED", purpose: marker },
  });
  const pack = await db.visitPack.create({
    data: { centreId: centre.id, visitId: visit.id, requestedById: admin.userId, workInProgressCandidateIds: [] },
  });
  const totalFileMb = mb(fileRows.length * fileBytes);
  console.log(
    `${centre.name} (${busyCentreNumber}): ${candidates.length} claimed candidates, ${fileRows.length} evidence files of ${fileBytes / 1024} KB ` +
      `(${totalFileMb.toFixed(0)} MB; ${written} written now).`,
  );

  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);
  const started = performance.now();
  await buildVisitPackJob(db, storage, { packId: pack.id, centreId: centre.id });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const built = await db.visitPack.findUniqueOrThrow({ where: { id: pack.id } });
  if (built.status !== "READY") throw new Error(`The pack did not build: ${built.error}`);
  const rssGrowth = mb(peakRss - before.rss);
  console.log(`Pack: ${built.filesTotal} files, ${mb(Number(built.byteSize)).toFixed(0)} MB zip${built.error ? ` (${built.error})` : ""}.`);
  console.log(
    `Time to build:            ${seconds.toFixed(1)} s (target < ${targets.seconds} s) ${seconds < targets.seconds ? "OK" : "OVER"}`,
  );
  console.log(
    `Memory growth (peak RSS): ${rssGrowth.toFixed(0)} MB (target < ${targets.megabytes} MB) ${rssGrowth < targets.megabytes ? "OK" : "OVER"}; ` +
      `peak heap growth ${mb(peakHeap - before.heapUsed).toFixed(0)} MB`,
  );
  await storage.delete(built.storageKey!);
  await storage.delete(`${built.storageKey!}-index`);
  return 0;
}

await runMain(main, stopAll);
