import type { Instrumentation } from "next";

// Runs once when the Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Sign-in throttling counts failures per client: record each connection's address.
    const { recordConnectionAddresses } = await import("./lib/auth/connection-address");
    recordConnectionAddresses();
    // The background job queue (lib/jobs): workers and daily schedules run in the server.
    const { startJobQueueWithServer } = await import("./lib/jobs/start-with-server");
    await startJobQueueWithServer();
  }
}

/**
 * An error while rendering a page, running a route handler or an action: one JSON log line with
 * the request id (proxy.ts) and the digest the error page quotes to the person as a reference.
 * The route's pattern is logged, not the path, which may hold a token (/invitation/<token>).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { forgetDatabaseHealth }] = await Promise.all([import("./lib/log/logger"), import("./lib/db/database-health")]);
  // Perhaps the database has just gone: the next page checks it again (and answers 503 if so).
  forgetDatabaseHealth();
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  const requestId = request.headers["x-request-id"];
  logger.error(
    { requestId, method: request.method, route: context.routePath, routeType: context.routeType, digest, err: error },
    "request failed",
  );
};
