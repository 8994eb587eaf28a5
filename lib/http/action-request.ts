import { jsonNestingDepth } from "./json-depth";

// What a server action request must look like before Next.js and React decode it. Next answers
// 500 to a body over its size limit, a body that is not JSON, an empty one, one nested too deep
// and a cross-origin request; proxy.ts applies these checks first and answers a clear 4xx, so
// nothing is decoded and nothing changes. Pure functions: the proxy passes headers and body in.

/** Largest action body accepted: Next's own serverActions.bodySizeLimit (next.config.js). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Deepest nesting of arrays and objects in an action's arguments. Our forms send 3 or fewer. */
export const ACTION_MAX_NESTING = 32;

export type Refusal = { status: 400 | 403 | 405 | 413 | 415; reason: string };

type HeaderReader = { get(name: string): string | null };

/**
 * Whether Next.js would treat this request as a server action: a POST with the Next-Action
 * header (fetch action) or a multipart POST (a form posted before the page's JavaScript ran).
 */
export function isPossibleServerAction(method: string, headers: HeaderReader): boolean {
  if (method !== "POST") return false;
  return headers.get("next-action") !== null || (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/** The host the browser addressed, as Next's own CSRF check reads it. */
function addressedHost(headers: HeaderReader): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * Browsers send Origin with every POST; an action from another site (or with no Origin, which
 * no browser sends for a POST) is refused before it is decoded.
 */
export function originRefusal(headers: HeaderReader): Refusal | null {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return { status: 403, reason: "The request did not say which site sent it." };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { status: 403, reason: "The request's Origin is not a web address." };
  }
  if (originHost !== addressedHost(headers)) return { status: 403, reason: "Changes can only be sent from Assay's own pages." };
  return null;
}

/** Refusals that need only the headers: origin, declared size and content type. */
export function actionHeaderRefusal(headers: HeaderReader): Refusal | null {
  const originProblem = originRefusal(headers);
  if (originProblem) return originProblem;
  const length = Number(headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  const type = (headers.get("content-type") ?? "").toLowerCase();
  // React sends a string body as text/plain and anything richer as multipart/form-data.
  if (!type.startsWith("text/plain") && !type.startsWith("multipart/form-data")) {
    return { status: 415, reason: "A change must be sent as text/plain or multipart/form-data." };
  }
  return null;
}

function tooLarge(): Refusal {
  return { status: 413, reason: `The request is larger than ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB.` };
}

function nestingRefusal(text: string): Refusal | null {
  if (jsonNestingDepth(text, ACTION_MAX_NESTING) > ACTION_MAX_NESTING) {
    return { status: 400, reason: `The request is nested more than ${ACTION_MAX_NESTING} levels deep.` };
  }
  return null;
}

/** A text/plain action body: React's encodeReply of the argument list, so a JSON array. */
export function textBodyRefusal(body: string, byteLength: number): Refusal | null {
  if (byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  if (body.trim() === "") return { status: 400, reason: "The request has no body." };
  const nesting = nestingRefusal(body);
  if (nesting) return nesting;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, reason: "The request body is not JSON." };
  }
  if (!Array.isArray(parsed)) return { status: 400, reason: "The request body is not a list of arguments." };
  return null;
}

/** A multipart action body, after the proxy has parsed it: every text part is checked for nesting. */
export function multipartBodyRefusal(parts: Iterable<[string, unknown]>, byteLength: number): Refusal | null {
  if (byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  let count = 0;
  for (const [, value] of parts) {
    count++;
    if (typeof value === "string") {
      const nesting = nestingRefusal(value);
      if (nesting) return nesting;
    }
  }
  if (count === 0) return { status: 400, reason: "The request has no body." };
  return null;
}
