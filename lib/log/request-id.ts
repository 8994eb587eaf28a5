// Every request gets an id in proxy.ts, passed to the app as this request header and returned to
// the browser as this response header, so a person can quote it and an operator can find every
// log line of that request.
export const REQUEST_ID_HEADER = "x-request-id";

export function newRequestId(): string {
  return crypto.randomUUID();
}
