import { NextResponse, type NextRequest } from "next/server";
import { databaseHealth } from "@/lib/db/database-health";
import {
  actionHeaderRefusal,
  isPossibleServerAction,
  multipartBodyRefusal,
  textBodyRefusal,
  type Refusal,
} from "@/lib/http/action-request";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { databaseUnavailablePage } from "@/lib/http/unavailable-page";
import { logger } from "@/lib/log/logger";
import { loggablePath } from "@/lib/log/loggable-path";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// Runs before every request but one (static files get the headers too):
// 1. gives the request an id (x-request-id, to the app and back to the browser);
// 2. refuses a malformed or cross-origin server action with a 4xx before Next decodes it;
// 3. answers 503 to a page while the database cannot be reached;
// 4. puts the security headers on every response, with a fresh CSP nonce that Next.js reads
//    from the request's Content-Security-Policy header and puts on its own scripts.

/**
 * The policy for a response that is a stored file, not one of our pages (null for a page): an
 * uploaded evidence or professional-record file (a certificate, a CV), or a visit pack's zip, must
 * run nothing and reach nothing if a browser ever rendered it. A visit pack's index, shown in the
 * browser, is the pack's own HTML with its style sheet inline: styles, and nothing else. Its
 * sandbox allows scripts only so that tools reading the page (axe in the end-to-end test, a
 * reader's browser extensions) can run in it: default-src 'none' still blocks every script,
 * event handler and javascript: link of the page itself, and the sandbox keeps it in an opaque
 * origin, away from the app's cookies and pages. Set here because Next.js keeps the proxy's
 * header over the one a route handler sets.
 */
function storedFilePolicy(path: string): string | null {
  if (path.startsWith("/api/files/") || path.startsWith("/api/staff-files/")) return "default-src 'none'; sandbox";
  if (path.startsWith("/api/visit-packs/")) {
    return /^\/api\/visit-packs\/[^/]+\/index\/?$/.test(path)
      ? "default-src 'none'; style-src 'unsafe-inline'; sandbox allow-scripts"
      : "default-src 'none'; sandbox";
  }
  return null;
}

async function actionRefusal(request: NextRequest): Promise<Refusal | null> {
  const headerProblem = actionHeaderRefusal(request.headers);
  if (headerProblem) return headerProblem;
  // Next.js buffers the body for the proxy and hands the app its own copy.
  const body = await request.arrayBuffer();
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    } catch {
      return { status: 400, reason: "The request body is not valid multipart/form-data." };
    }
    return multipartBodyRefusal(form.entries(), body.byteLength);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { status: 400, reason: "The request body is not UTF-8 text." };
  }
  return textBodyRefusal(text, body.byteLength);
}

/** A page (not an API route, a build file or a file like /icon.svg): the 503 page applies. */
function isPageRequest(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return false;
  return !/\.[a-z0-9]+$/i.test(path);
}

export async function proxy(request: NextRequest) {
  const requestId = newRequestId();
  const nonce = newNonce();
  const headers = securityHeaders({ nonce, https: servedOverHttps(request), development: process.env.NODE_ENV === "development" });
  const filePolicy = storedFilePolicy(request.nextUrl.pathname);
  if (filePolicy) headers["Content-Security-Policy"] = filePolicy;
  const respond = (response: Response) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };

  if (isPossibleServerAction(request.method, request.headers)) {
    const refusal = await actionRefusal(request);
    if (refusal) {
      logger.warn(
        { requestId, method: request.method, path: loggablePath(request.nextUrl.pathname), status: refusal.status, reason: refusal.reason },
        "request refused",
      );
      return respond(
        new Response(`${refusal.reason}\n`, {
          status: refusal.status,
          headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
        }),
      );
    }
  }

  if (isPageRequest(request) && !(await databaseHealth()).up) {
    return respond(
      new Response(request.method === "HEAD" ? null : databaseUnavailablePage(request.nextUrl.pathname, nonce), {
        status: 503,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
      }),
    );
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  return respond(NextResponse.next({ request: { headers: requestHeaders } }));
}

// The requests the proxy does not see: file uploads (POST /api/candidates/{id}/files, an evidence
// file; POST /api/staff-files, a professional-record file; POST /api/candidate-imports, a CSV of
// candidates read as it arrives). Next.js buffers a request's body for the proxy, cut off at
// proxyClientMaxBodySize (next.config.js), and holds the request until the whole body has
// arrived; an upload of up to 25 MB must instead stream to storage and be refused as soon as it
// is too large. Those routes set their own headers and check the request's origin themselves
// (app/api/candidates/[candidateId]/files/route.ts, app/api/staff-files/route.ts,
// app/api/candidate-imports/route.ts).
export const config = {
  matcher: ["/((?!api/candidates/[^/]+/files/?$|api/staff-files/?$|api/candidate-imports/?$).*)"],
};
