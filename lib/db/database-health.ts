import "server-only";
import pg from "pg";
import { logger } from "@/lib/log/logger";

// Whether the app can reach its database, for GET /api/health and for proxy.ts, which answers
// 503 to pages while it cannot. Each check opens its own connection, so a pool holding
// connections from before a database restart cannot make it look down (or up).

export type DatabaseHealth = { up: boolean; checkedAt: Date; durationMs: number };

/** A check that has not answered in this time counts as down. */
export const CHECK_TIMEOUT_MS = 1000;
/** A database that was up and then fails a check is checked once more, with this long to answer. */
export const CONFIRM_TIMEOUT_MS = 3000;
/** While up, pages re-check at most this often; while down, more often, to notice recovery. */
const MAX_AGE_WHEN_UP_MS = 2000;
const MAX_AGE_WHEN_DOWN_MS = 500;

/** One SELECT 1 on a fresh connection, given up after timeoutMs. Never throws. */
export async function checkDatabase(connectionString: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<DatabaseHealth & { error?: unknown }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection dropped by the server emits 'error'; the query's rejection already reports it.
  client.on("error", () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // Timers run before pending I/O in Node's event loop: after a long render blocked the loop,
    // the timer would fire ahead of an answer that had already arrived. setImmediate lets that
    // I/O be read first, so a busy app is not mistaken for an unreachable database.
    timer = setTimeout(() => setImmediate(() => reject(new Error(`No answer from the database within ${timeoutMs} ms`))), timeoutMs);
  });
  try {
    await Promise.race([client.connect().then(() => client.query("SELECT 1")), timeout]);
    return { up: true, checkedAt: new Date(), durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { up: false, checkedAt: new Date(), durationMs: Math.round(performance.now() - started), error };
  } finally {
    clearTimeout(timer);
    client.end().catch(() => undefined);
  }
}

type HealthState = {
  last?: { url: string; health: DatabaseHealth };
  inFlight?: { url: string; promise: Promise<DatabaseHealth> };
};
// Next.js loads this module once per bundle (proxy, route handlers): share one state.
const state = ((globalThis as unknown as { assayDatabaseHealth?: HealthState }).assayDatabaseHealth ??= {});

function logChange(previous: DatabaseHealth | undefined, result: DatabaseHealth & { error?: unknown }) {
  if (result.up && previous && !previous.up) logger.info({ database: "up" }, "database reachable again");
  if (!result.up && (!previous || previous.up)) logger.error({ database: "down", err: result.error }, "database unreachable");
}

/** After a request failed: the next caller checks afresh rather than trusting a recent "up". */
export function forgetDatabaseHealth(): void {
  if (state.last) state.last = { url: state.last.url, health: { ...state.last.health, checkedAt: new Date(0) } };
}

/**
 * The database's health, from a recent check when there is one (younger than maxAgeMs, by
 * default 2 s while up and 0.5 s while down). Concurrent callers share one check.
 */
export async function databaseHealth(options: { maxAgeMs?: number; connectionString?: string } = {}): Promise<DatabaseHealth> {
  const url = options.connectionString ?? process.env.DATABASE_URL;
  if (!url) return { up: false, checkedAt: new Date(), durationMs: 0 };
  const last = state.last?.url === url ? state.last.health : undefined;
  const maxAge = options.maxAgeMs ?? (last?.up ? MAX_AGE_WHEN_UP_MS : MAX_AGE_WHEN_DOWN_MS);
  if (last && Date.now() - last.checkedAt.getTime() < maxAge) return last;
  if (state.inFlight?.url === url) return state.inFlight.promise;

  const promise = checkDatabase(url).then(async (first) => {
    // Going from up to down takes two failed checks, the second with longer to answer: a slow
    // answer while the app is busy rendering must not turn every page into a 503. A refused
    // connection (the database really stopped) fails the second check at once too.
    const result = !first.up && last?.up !== false ? await checkDatabase(url, CONFIRM_TIMEOUT_MS) : first;
    logChange(last, result);
    const { error: _error, ...health } = result;
    state.last = { url, health };
    return health;
  });
  state.inFlight = { url, promise };
  try {
    return await promise;
  } finally {
    if (state.inFlight?.promise === promise) state.inFlight = undefined;
  }
}
