// GET /api/ping: "this process answers HTTP", touching nothing else (no database, no session, no
// disk), so it is harmless to expose: it says no more than that the server is up, which any request
// shows. A liveness probe can use it where /api/health (which checks the database) is too much, and
// `npm run bench:http` measures it as the framework's floor on this machine: the requests/s a
// dynamic route reaches through the proxy (request id, security headers) with no work of its own,
// against which the caseload and candidate pages are judged.

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
