// Benchmark (not a test): how much a burst of sign-ins slows everyone else. Starts the built app
// (`npm run build` first) on 127.0.0.1 with its own throwaway PostgreSQL and the demo seed, has
// signed-in "colleagues" open the staff page as Northgate's admin at a steady rate, and prints the
// page's p50/p99 at rest and while 32 people sign in at once, and how long each burst took.
// The page is requested on a fixed schedule whether or not the previous request has answered
// (open loop), so requests stuck behind a busy server are counted rather than never sent.
// Run with `npm run bench:sign-in`. Settings: BENCH_PORT (3500), ASSAY_TEST_PG_PORT,
// BENCH_BURSTS (5), BENCH_BURST_SIZE (32), BENCH_PAGE_RATE (page requests a second, 20),
// BENCH_REST_MS (4000).
import type { ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { startThrowawayCluster, type ThrowawayCluster } from "../lib/db/throwaway-cluster";
import { startBuiltApp, stopApp, waitForApp } from "./lib/app-server";
import { runMain } from "./lib/run-main";
import { prepareThrowawayApp } from "./lib/throwaway-app";
import { demoCentres, demoPassword, demoSignIns } from "./seed/demo-data";

const port = Number(process.env.BENCH_PORT ?? 3500);
const origin = `http://127.0.0.1:${port}`;
const bursts = Number(process.env.BENCH_BURSTS ?? 5);
const burstSize = Number(process.env.BENCH_BURST_SIZE ?? 32);
const pageRate = Number(process.env.BENCH_PAGE_RATE ?? 20);
const restMs = Number(process.env.BENCH_REST_MS ?? 4_000);
const pagePath = "/staff";
const pageUser = "priya.shah@northgate.example";
// People who hold an active role, so each sign-in in a burst is a whole successful one.
const burstUsers = [...new Set([...demoSignIns.map((s) => s.email), ...demoCentres.flatMap((c) => c.members.map((m) => m.email))])];

let cluster = null as ThrowawayCluster | null;
let server = null as ChildProcess | null;
const stopAll = async () => {
  await stopApp(server);
  await cluster?.dispose();
};

// --- HTTP helpers (plain fetch on loopback; cookies handled by hand) ---

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiesFrom(response).join("; ") };
}

/** A whole sign-in through next-auth's credentials endpoint; returns the session cookie. */
async function signIn(email: string, form: { token: string; cookie: string }): Promise<string | null> {
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.cookie, origin },
    body: new URLSearchParams({ email, password: demoPassword, csrfToken: form.token, callbackUrl: origin, json: "true" }),
  });
  await response.arrayBuffer();
  return cookiesFrom(response).find((c) => c.startsWith("next-auth.session-token=")) ?? null;
}

type Sample = { startedAt: number; ms: number };

async function loadPage(cookie: string): Promise<Sample> {
  const startedAt = performance.now();
  const response = await fetch(`${origin}${pagePath}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}: is the session still valid?`);
  return { startedAt, ms: performance.now() - startedAt };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

// --- the run ---

async function main(): Promise<number> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  console.log(`Build from ${statSync(".next/BUILD_ID").mtime.toISOString()}; starting PostgreSQL and the app on ${origin}…`);
  cluster = await startThrowawayCluster("bench");
  const env = await prepareThrowawayApp(cluster, { origin });
  server = startBuiltApp(port, env);
  await waitForApp(server, `${origin}/sign-in`, 60_000);

  const pageCookie = await signIn(pageUser, await csrf());
  if (!pageCookie) throw new Error(`Could not sign in as ${pageUser}.`);
  for (let i = 0; i < 30; i++) await loadPage(pageCookie); // warm up the route
  for (const email of burstUsers) if (!(await signIn(email, await csrf()))) throw new Error(`Could not sign in as ${email}.`);

  // Colleagues open the page on a fixed schedule for the whole run; samples are sorted into
  // phases afterwards by when each request was sent.
  const samples: Sample[] = [];
  const requests: Promise<void>[] = [];
  const schedule = setInterval(() => requests.push(loadPage(pageCookie).then((sample) => void samples.push(sample))), 1000 / pageRate);

  const restWindows: [number, number][] = [];
  const burstWindows: [number, number][] = [];
  const burstDurations: number[] = [];
  let failedSignIns = 0;
  for (let b = 0; b < bursts; b++) {
    const restStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, restMs));
    restWindows.push([restStart, performance.now()]);
    // Each person first fetches the form's CSRF token (as a browser does when the page loads);
    // the burst is the 32 submissions at once.
    const forms = await Promise.all(Array.from({ length: burstSize }, () => csrf()));
    const start = performance.now();
    const results = await Promise.all(forms.map((form, i) => signIn(burstUsers[i % burstUsers.length]!, form)));
    const end = performance.now();
    failedSignIns += results.filter((cookie) => !cookie).length;
    burstWindows.push([start, end]);
    burstDurations.push(end - start);
  }
  clearInterval(schedule);
  await Promise.all(requests);

  const within = (windows: [number, number][]) =>
    samples.filter((s) => windows.some(([from, to]) => s.startedAt >= from && s.startedAt < to)).map((s) => s.ms);
  const rest = within(restWindows);
  const burst = within(burstWindows);
  console.log(`\nSign-in burst benchmark: ${bursts} bursts of ${burstSize} sign-ins, ${pagePath} requested ${pageRate} times a second`);
  console.log(`  ${"".padEnd(28)}${"p50".padStart(10)}${"p99".padStart(10)}  samples`);
  console.log(`  ${`${pagePath} at rest`.padEnd(28)}${ms(percentile(rest, 50))}${ms(percentile(rest, 99))}  ${rest.length}`);
  console.log(`  ${`${pagePath} during a burst`.padEnd(28)}${ms(percentile(burst, 50))}${ms(percentile(burst, 99))}  ${burst.length}`);
  console.log(
    `  burst duration (${burstSize} sign-ins)  median ${percentile(burstDurations, 50).toFixed(0)} ms, each: ${burstDurations.map((d) => d.toFixed(0)).join(", ")} ms`,
  );
  if (failedSignIns > 0) {
    console.error(`  ${failedSignIns} sign-ins in the bursts failed: the figures do not measure whole sign-ins.`);
    return 1;
  }
  return 0;
}

await runMain(main, stopAll);
