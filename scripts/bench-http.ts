// Benchmark (not a test): `npm run bench:http` serves a production build of the last commit (built
// by scripts/bench/app-build.ts in a snapshot outside the checkout whenever the commit changed) on
// the bench database that `npm run bench:data` loaded, as the app's least-privileged role; signs in
// as the bench assessor through the real sign-in; checks that each route answers 200 with the
// content expected (not a redirect to sign-in); then measures it with autocannon at 32 connections:
//   GET /api/ping                      an empty dynamic route: the framework's floor on this machine
//   GET /caseload                      the caseload of the assessor with 300 candidates
//   GET /candidates/[id]               a candidate page with 40 units of criteria grid
//   GET / (IQA)                        the home page of an IQA at the busy centre (bench.iqa): decisions
//                                      awaiting sampling, plan progress, the disagree-rate chart's table,
//                                      standardisation due (issue 9)
//   POST /api/candidates/[id]/files    the upload of a 2 MB photo (each connection a candidate of their own)
// It prints requests/s and p50/p99 latency, and whether the caseload and the candidate page reach
// at least half the floor's requests/s (the target). Holds /tmp/assay-e2e.lock while building and
// serving, so that the end-to-end tests' build and server do not compete for the cores. Files
// uploaded during the run are removed afterwards.
// Settings: BENCH_PORT (3600), BENCH_CONNECTIONS (32), BENCH_DURATION (seconds per route, 20),
// BENCH_UPLOAD_DURATION (10), BENCH_ONLY (comma-separated: ping,caseload,candidate,iqa-home,upload).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { prepareAppRole } from "../lib/db/app-database";
import { withClient } from "../lib/db/databases";
import { migrate } from "../lib/db/migrator";
import { readOrCreateSecret } from "../lib/db/secret-file";
import { buildOfHead, E2E_LOCK, takeLock } from "./bench/app-build";
import { benchDir, openBenchDatabase, type BenchDatabase } from "./bench/bench-database";
import { benchAccounts, benchPassword } from "./bench/dataset-plan";
import { formatTable, jpegPayload, targetVerdicts, type Figure } from "./bench/figures";
import { commandEnv, onInterrupt } from "./lib/child-process";

const port = Number(process.env.BENCH_PORT ?? 3600);
const origin = `http://127.0.0.1:${port}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const duration = Number(process.env.BENCH_DURATION ?? 20);
const uploadDuration = Number(process.env.BENCH_UPLOAD_DURATION ?? 10);
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const photoBytes = 2 * 1024 * 1024;

let releaseLock: (() => void) | null = null;
let database: BenchDatabase | null = null;
let server: ChildProcess | null = null;
const stopServer = async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
};
const stopAll = async () => {
  await stopServer();
  await database?.stop();
  releaseLock?.();
  releaseLock = null;
};
const detach = onInterrupt(stopAll);

// --- the app ---

async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error("The app exited while starting.");
    try {
      if ((await fetch(`${origin}/api/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer on ${origin} in time.`);
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; "), origin },
    body: new URLSearchParams({ email, password: benchPassword, csrfToken, callbackUrl: origin, json: "true" }),
  });
  await response.arrayBuffer();
  const session = cookiesFrom(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session)
    throw new Error(`Could not sign in as ${email} (answer ${response.status}). Was the dataset loaded with npm run bench:data?`);
  return session;
}

// --- what is measured ---

interface Target {
  key: string;
  label: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  /** Per connection (round robin), a path and headers of its own instead of the target's. */
  clients?: { path: string; headers: Record<string, string> }[];
  seconds: number;
  /** Null when the response is what the route should answer; otherwise what is wrong. */
  check(status: number, body: string, headers: Headers): string | null;
}

/** HTML text with React's escapes undone, for looking for names and titles in it. */
const htmlText = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function notSignInPage(status: number, body: string, headers: Headers): string | null {
  if (status >= 300 && status < 400) return `answered ${status}, a redirect to ${headers.get("location") ?? "?"}`;
  if (status !== 200) return `answered ${status}`;
  if (/name="password"/.test(body)) return "answered the sign-in page";
  return null;
}

interface Dataset {
  fortyUnitCandidateId: string;
  fortyUnitCandidateName: string;
  fortyUnits: { title: string; urn: string }[];
  caseloadNames: string[];
  /** Candidates who upload their own photos during the upload run, one a connection. */
  uploaders: { id: string; email: string }[];
}

async function readDataset(ownerUrl: string): Promise<Dataset> {
  return withClient(ownerUrl, async (client) => {
    const forty = await client.query<{ id: string; name: string; units: { title: string; urn: string }[] }>(
      `SELECT c.id, c.name, (SELECT json_agg(json_build_object('title', u.title, 'urn', u.urn)) FROM "Unit" u WHERE u.id = ANY(c."entryUnitIds")) AS units
         FROM "Candidate" c JOIN "User" cu ON cu.id = c."userId" WHERE cu.email = $1`,
      [benchAccounts.fortyUnitCandidate],
    );
    const caseload = await client.query<{ id: string; name: string; email: string }>(
      `SELECT c.id, c.name, cu.email FROM "Candidate" c JOIN "User" a ON a.id = c."assessorUserId" JOIN "User" cu ON cu.id = c."userId"
        WHERE a.email = $1 AND c.status = 'ACTIVE' ORDER BY c.name`,
      [benchAccounts.assessor],
    );
    const row = forty.rows[0];
    const uploaders = caseload.rows.filter((c) => c.email !== benchAccounts.fortyUnitCandidate).slice(0, connections);
    if (!row || caseload.rows.length === 0) throw new Error("The bench dataset is not loaded: run `npm run bench:data` first.");
    return {
      fortyUnitCandidateId: row.id,
      fortyUnitCandidateName: row.name,
      fortyUnits: row.units,
      caseloadNames: caseload.rows.map((c) => c.name),
      uploaders: uploaders.map(({ id, email }) => ({ id, email })),
    };
  });
}

function targets(
  dataset: Dataset,
  cookie: string,
  iqaCookie: string | null,
  uploaders: { candidateId: string; cookie: string }[],
): Target[] {
  const photo = jpegPayload(photoBytes);
  const uploadPath = (uploader: { candidateId: string }) => `/api/candidates/${uploader.candidateId}/files`;
  // As the upload widget sends it (components/files/file-upload.tsx): the raw file as the body,
  // its name in X-File-Name, from the app's own origin.
  const uploadHeaders = (uploader: { cookie: string }) => ({
    cookie: uploader.cookie,
    origin,
    "content-type": "image/jpeg",
    "x-file-name": "IMG_2041.jpg",
  });
  return [
    {
      key: "ping",
      label: "GET /api/ping (empty dynamic route, floor)",
      path: "/api/ping",
      seconds: duration,
      check: (status, body) => (status === 200 && body.includes('"ok"') ? null : `answered ${status} ${body.slice(0, 80)}`),
    },
    {
      key: "caseload",
      label: "GET /caseload (assessor, 300 candidates)",
      path: "/caseload",
      headers: { cookie },
      seconds: duration,
      check(status, body, headers) {
        const wrong = notSignInPage(status, body, headers);
        if (wrong) return wrong;
        const text = htmlText(body);
        const shown = dataset.caseloadNames.filter((name) => text.includes(name)).length;
        return shown > 0 ? null : `shows none of the bench assessor's ${dataset.caseloadNames.length} candidates`;
      },
    },
    {
      key: "candidate",
      label: "GET /candidates/[id] (40 units of criteria)",
      path: `/candidates/${dataset.fortyUnitCandidateId}`,
      headers: { cookie },
      seconds: duration,
      check(status, body, headers) {
        const wrong = notSignInPage(status, body, headers);
        if (wrong) return wrong;
        const text = htmlText(body);
        if (!text.includes(dataset.fortyUnitCandidateName)) return `does not name the candidate (${dataset.fortyUnitCandidateName})`;
        const units = dataset.fortyUnits.filter((u) => text.includes(u.title) || text.includes(u.urn)).length;
        return units === dataset.fortyUnits.length ? null : `shows ${units} of the candidate's ${dataset.fortyUnits.length} units`;
      },
    },
    ...(iqaCookie
      ? [
          {
            key: "iqa-home",
            label: "GET / (IQA home, busy centre)",
            path: "/",
            headers: { cookie: iqaCookie },
            seconds: duration,
            check(status: number, body: string, headers: Headers) {
              const wrong = notSignInPage(status, body, headers);
              if (wrong) return wrong;
              const text = htmlText(body);
              const cards = ["Decisions awaiting your sampling", "Disagree rate over time", "Overdue actions"];
              const missing = cards.filter((card) => !text.includes(card));
              return missing.length === 0 ? null : `is not the IQA home (no ${missing.join(", ")})`;
            },
          } satisfies Target,
        ]
      : []),
    ...uploaders.slice(0, 1).map((first): Target => ({
      key: "upload",
      label: "POST /api/candidates/[id]/files (2 MB photo)",
      path: uploadPath(first),
      method: "POST",
      headers: uploadHeaders(first),
      body: photo,
      // Each connection is a different candidate uploading to their own record: a person may hold
      // only 40 files not yet added to evidence (lib/files/unattached-uploads.ts).
      clients: uploaders.map((uploader) => ({ path: uploadPath(uploader), headers: uploadHeaders(uploader) })),
      seconds: uploadDuration,
      check(status, body, headers) {
        if (status >= 300 && status < 400) return `answered ${status}, a redirect to ${headers.get("location") ?? "?"}`;
        if (status < 200 || status > 201) return `answered ${status} ${body.slice(0, 200)}`;
        // The whole photo, not the first part of it (a body cut short on its way in would be smaller).
        const stored = /"contentType":"image\/jpeg"/.test(body) && body.includes(`"byteSize":${photoBytes}`);
        return stored ? null : `did not store the whole photo as a JPEG: ${body.slice(0, 200)}`;
      },
    })),
  ];
}

/** One request on its own: what is wrong with the answer (null when right), and how long it took. */
async function verify(target: Target): Promise<{ wrong: string | null; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}${target.path}`, {
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body ? new Uint8Array(target.body) : undefined,
    redirect: "manual",
  });
  const body = await response.text();
  return { wrong: target.check(response.status, body, response.headers), ms: performance.now() - started, bytes: Buffer.byteLength(body) };
}

async function measure(target: Target, seconds: number, connectionCount: number, amount?: number): Promise<Figure> {
  let clientCount = 0;
  const result = await autocannon({
    url: `${origin}${target.path}`,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    connections: connectionCount,
    duration: seconds,
    amount,
    timeout: 30,
    setupClient: target.clients
      ? (client) => {
          const own = target.clients![clientCount++ % target.clients!.length]!;
          client.setRequests([{ method: target.method ?? "GET", path: own.path, headers: own.headers, body: target.body }]);
        }
      : undefined,
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, stats]) => `${stats.count ?? 0} × ${code}`);
  if (statuses.length > 0 || result.errors > 0) {
    console.error(
      `  not 2xx: ${[...statuses, `${result.errors} errors (${result.timeouts} timeouts)`].join(", ")}; see ${path.join(benchDir(), "app.log")}`,
    );
  }
  return {
    label: target.label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses: result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"],
    failures: result.non2xx + result.errors,
  };
}

// --- the run ---

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}, Node ${process.version}`;
}

async function main(): Promise<number> {
  releaseLock = await takeLock(E2E_LOCK, console.log);
  const appDir = await buildOfHead(console.log);
  database = await openBenchDatabase();
  const dataset = await readDataset(database.ownerUrl);
  // As `npm start` does: the build's migrations first (the dataset may predate the latest ones).
  const migrated = await migrate({ connectionString: database.ownerUrl, migrationsDir: path.join(appDir, "prisma", "migrations") });
  if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} newer migrations to the bench database.`);
  const appUrl = await prepareAppRole(database.ownerUrl, { passwordFile: path.join(benchDir(), "app-database-password") });
  const filesDir = path.join(benchDir(), "files");
  const env = commandEnv({
    DATABASE_URL: appUrl,
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    ASSAY_AUDIT_KEY: await readOrCreateSecret(path.join(benchDir(), "audit-key")),
    ASSAY_AUDIT_ANCHOR_DIR: path.join(benchDir(), "audit-anchors"),
    ASSAY_DATA_DIR: benchDir(),
    ASSAY_FILES_DIR: filesDir,
    ASSAY_STORAGE: "disk",
    ASSAY_OUTBOX_DIR: path.join(benchDir(), "outbox"),
    SMTP_URL: "",
    SMTP_HOST: "",
  });
  console.log(`Starting the built app on ${origin} (bench database, the app's own role)…`);
  server = spawn(path.join(appDir, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: appDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The app's log (one JSON line per request or problem) goes to a file, for looking into failures.
  const appLog = createWriteStream(path.join(benchDir(), "app.log"));
  server.stdout?.pipe(appLog);
  server.stderr?.pipe(appLog);
  await waitForServer(Date.now() + 90_000);
  const cookie = await signIn(benchAccounts.assessor);
  const iqaCookie = !only || only.includes("iqa-home") ? await signIn(benchAccounts.iqa) : null;
  const wantsUploads = !only || only.includes("upload");
  const uploaders = wantsUploads
    ? await Promise.all(dataset.uploaders.map(async (c) => ({ candidateId: c.id, cookie: await signIn(c.email) })))
    : [];
  const runStarted = new Date();

  const figures: Figure[] = [];
  const missing: { label: string; reason: string }[] = [];
  for (const target of targets(dataset, cookie, iqaCookie, uploaders)) {
    if (only && !only.includes(target.key)) continue;
    const { wrong, ms, bytes } = await verify(target);
    if (wrong) {
      console.error(`${target.label}: ${wrong}; not measured.`);
      missing.push({ label: target.label, reason: wrong });
      continue;
    }
    console.log(`${target.label}: answers as expected (${(bytes / 1024).toFixed(0)} kB in ${ms.toFixed(0)} ms on its own, cold).`);
    // Warm up the route's code and the database's cache: 3 s of pages, but only a few uploads (each
    // uploader may hold 40 files not yet added to evidence, and the run that follows needs room).
    if (target.clients) await measure(target, 3, 4, 8);
    else await measure(target, 3, 4);
    const warm = await verify(target);
    console.log(`  warm, on its own: ${warm.ms.toFixed(0)} ms. Measuring for ${target.seconds} s at ${connections} connections…`);
    const figure = await measure(target, target.seconds, connections);
    figures.push(figure);
    if (figure.failures > 0) console.error(`  ${figure.failures} of ${figure.responses} answers were not 2xx, or failed.`);
    if (figure.responses === 0) console.error(`  No answer came back within the ${target.seconds} s.`);
  }

  // The uploads leave the dataset as it was: their rows and bytes go (once the app has stopped, so
  // that no upload still in flight writes into the directory being removed).
  await stopServer();
  const removed = await withClient(database.ownerUrl, (client) =>
    client.query(`DELETE FROM "StoredFile" WHERE "candidateId" = ANY($1::uuid[]) AND "createdAt" >= $2`, [
      dataset.uploaders.map((u) => u.id),
      runStarted,
    ]),
  );
  await fs.rm(filesDir, { recursive: true, force: true });

  console.log(`\nbench:http on ${machine()}`);
  console.log(
    `${connections} connections, ${duration} s a route (upload ${uploadDuration} s); removed ${removed.rowCount ?? 0} uploaded files.\n`,
  );
  console.log(formatTable(figures));
  const floor = figures.find((f) => f.label.startsWith("GET /api/ping"));
  const judged = figures.filter((f) => f.label.startsWith("GET /caseload") || f.label.startsWith("GET /candidates/"));
  if (floor) {
    console.log("\nTarget: the caseload and the candidate page reach at least half the floor's requests/s.");
    for (const verdict of targetVerdicts(floor, judged)) {
      console.log(`  ${verdict.label}: ${(verdict.ratio * 100).toFixed(0)}% of the floor: ${verdict.met ? "met" : "NOT met"}`);
    }
  }
  for (const m of missing) console.log(`Not measured: ${m.label} (${m.reason})`);
  await fs.writeFile(
    path.join(benchDir(), "http-figures.json"),
    JSON.stringify({ at: new Date().toISOString(), machine: machine(), connections, duration, figures, missing }, null, 2),
  );
  return missing.length > 0 || figures.some((f) => f.failures > 0) ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  detach();
  await stopAll();
}
process.exit(code);
