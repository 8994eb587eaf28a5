import pino, { type DestinationStream, type Logger } from "pino";

// The one logger: one JSON object per line on standard output, for operators and log shippers.
// Fields: time (ISO 8601), level ("info", "warn", "error"), msg, and per event requestId,
// action, userId, centreId, durationMs, outcome, err. Secrets are never passed in; the redact
// list is a second line of defence should one ever be. Not server-only: scripts log through it too.

const REDACTED_PATHS = [
  "password",
  "currentPassword",
  "confirmPassword",
  "token",
  "invitationToken",
  "cookie",
  "authorization",
  "*.password",
  "*.currentPassword",
  "*.confirmPassword",
  "*.token",
  "*.invitationToken",
  "*.cookie",
  "*.authorization",
  "headers.cookie",
  "headers.authorization",
];

/**
 * Under Vitest, errors go to console.error, where the test setup fails any test that did not
 * expect one (an unexpected error must not pass silently); quieter lines are dropped.
 */
function testDestination(): DestinationStream {
  return {
    write(line: string) {
      const record = JSON.parse(line) as { level?: string };
      if (record.level === "error" || record.level === "fatal") console.error(line.trimEnd());
    },
  };
}

function createLogger(): Logger {
  const options = {
    level: process.env.LOG_LEVEL ?? "info",
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return process.env.VITEST ? pino(options, testDestination()) : pino(options);
}

// Next.js loads this module once per bundle (pages, route handlers, proxy): share one logger.
const globalForLog = globalThis as unknown as { assayLogger?: Logger };

export const logger: Logger = (globalForLog.assayLogger ??= createLogger());
