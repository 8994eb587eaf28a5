import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkDatabase, databaseHealth, forgetDatabaseHealth } from "./database-health";

// A port with nothing listening: bind, note the port, close.
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function urlOnPort(port: number): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.port = String(port);
  return url.toString();
}

/** Runs `run` expecting the outage to be logged once as an error (the test setup fails on any other). */
async function expectingOneLoggedError<T>(run: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const logged: string[] = [];
  const previous = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(" "));
  try {
    return { result: await run(), logged };
  } finally {
    console.error = previous;
  }
}

describe("checkDatabase", () => {
  it("is up against the test database", async () => {
    const health = await checkDatabase(process.env.DATABASE_URL!);
    expect(health.up).toBe(true);
  });

  it("is down at once when nothing listens on the port", async () => {
    const health = await checkDatabase(urlOnPort(await closedPort()));
    expect(health.up).toBe(false);
    expect(health.durationMs).toBeLessThan(1000);
  });

  it("is down after the timeout when the server accepts but never answers", async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const started = Date.now();
      const health = await checkDatabase(urlOnPort((silent.address() as net.AddressInfo).port), 300);
      expect(health.up).toBe(false);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.close();
    }
  });
});

describe("databaseHealth", () => {
  it("is not fooled by a busy app: a check timed out by a blocked event loop is confirmed before saying down", async () => {
    expect((await databaseHealth({ maxAgeMs: 0 })).up).toBe(true);
    const check = databaseHealth({ maxAgeMs: 0 });
    // A long server render blocks the loop past the check's timeout (1 s).
    const until = Date.now() + 1200;
    while (Date.now() < until) {
      // busy
    }
    // Up, and nothing logged (the test setup fails on a logged error).
    expect((await check).up).toBe(true);
  });

  it("reuses a recent check, logs going down once, and notices recovery", async () => {
    const down = urlOnPort(await closedPort());
    const { result, logged } = await expectingOneLoggedError(async () => {
      const first = await databaseHealth({ connectionString: down });
      const again = await databaseHealth({ connectionString: down, maxAgeMs: 60_000 });
      const fresh = await databaseHealth({ connectionString: down, maxAgeMs: 0 });
      return { first, again, fresh };
    });
    expect(result.first.up).toBe(false);
    expect(result.again.checkedAt).toBe(result.first.checkedAt);
    expect(result.fresh.checkedAt).not.toBe(result.first.checkedAt);
    // Still down on the fresh check: the outage is logged once, not per check.
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ level: "error", database: "down", msg: "database unreachable" });

    const up = await databaseHealth({ maxAgeMs: 0 });
    expect(up.up).toBe(true);
  });

  it("shares one check between concurrent callers", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => databaseHealth({ maxAgeMs: 0 })));
    expect(new Set(results.map((r) => r.checkedAt)).size).toBe(1);
  });
});

describe("GET /api/health", () => {
  const original = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = original;
  });

  it("answers 200 with the database up, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("answers 503 with the database down, and says nothing about where it is", async () => {
    process.env.DATABASE_URL = urlOnPort(await closedPort());
    const { result: response } = await expectingOneLoggedError(() => GET());
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: "down", database: "down" });
    const url = new URL(original!);
    expect(text).not.toContain(url.port);
    expect(text).not.toContain(url.username);
  });
});

describe("forgetDatabaseHealth", () => {
  it("makes the next caller check afresh instead of trusting a recent answer", async () => {
    const first = await databaseHealth({ maxAgeMs: 0 });
    expect((await databaseHealth({ maxAgeMs: 60_000 })).checkedAt).toBe(first.checkedAt);
    forgetDatabaseHealth();
    const next = await databaseHealth({ maxAgeMs: 60_000 });
    expect(next.up).toBe(true);
    expect(next.checkedAt).not.toBe(first.checkedAt);
  });
});
