// Errors that mean "the database is not there right now" rather than "this request is wrong":
// refused or dropped connections, a server shutting down or starting up. Said in one place so
// actions can tell the person to try again instead of reporting a fault.

const connectionCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
// PostgreSQL's class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash shutdown,
// cannot connect now).
const postgresCodes = /^(08\d{3}|57P0[123])$/;
const messages =
  /Connection terminated|connection (?:is )?closed|Can't reach database server|terminating connection|the database system is (?:starting up|shutting down)/i;

function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** Whether the error (or any error it wraps) says the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (const cause of causes(error)) {
    if (typeof cause !== "object" || cause === null) continue;
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (connectionCodes.has(code) || postgresCodes.test(code) || code === "P1001" || code === "P1017"))
      return true;
    if (typeof message === "string" && messages.test(message)) return true;
  }
  return false;
}
