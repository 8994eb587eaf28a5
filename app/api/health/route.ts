import { databaseHealth } from "@/lib/db/database-health";

// GET /api/health for load balancers, supervisors and people: 200 while the database answers,
// 503 while it does not. Says nothing about the database beyond up or down, and is never cached.

export const dynamic = "force-dynamic";

export async function GET() {
  // maxAgeMs 0: a fresh check each time (concurrent requests still share one).
  const health = await databaseHealth({ maxAgeMs: 0 });
  const body = {
    status: health.up ? "ok" : "down",
    database: health.up ? "up" : "down",
    checkedAt: health.checkedAt.toISOString(),
    durationMs: health.durationMs,
  };
  return Response.json(body, {
    status: health.up ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(health.up ? {} : { "Retry-After": "5" }) },
  });
}
