import { fileNameHeader, workspaceHeader } from "@/components/files/file-urls";
import { performAction } from "@/lib/actions/perform-action";
import { currentAccess } from "@/lib/auth/current-access";
import { AppError } from "@/lib/errors/app-error";
import { uploadTarget } from "@/lib/files/queries";
import { receiveUpload, uploadStatusFor, type UploadResponseBody } from "@/lib/files/receive-upload";
import { crossSiteRefusal, declaredLength, headerFileName } from "@/lib/files/upload-request";
import { uploadFailure } from "@/lib/files/upload-failure";
import { uploadFile } from "@/lib/files/upload-file";
import { uploadLimitBytes } from "@/lib/files/upload-rules";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { logger } from "@/lib/log/logger";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { getFileStorage } from "@/lib/storage/get-file-storage";

// POST /api/candidates/{candidateId}/files: one evidence file as the raw request body (not
// multipart: the body is the file, so it streams straight to storage, and proxy.ts treats every
// multipart POST as a server action limited to 1 MB). Headers: Content-Type (the type the browser
// claims), X-File-Name (the name, URI-encoded), X-Assay-Workspace (the workspace the page showed).
// Answers 201 { file: { id, fileName, contentType, byteSize } } or { error, fieldErrors }.
// components/files/file-upload.tsx is the client.

export const dynamic = "force-dynamic";

// proxy.ts does not run for this route (its matcher), so every response carries the same headers
// from here: the security headers, and a request id for the log lines of this upload (the one the
// upload action logs too: the request's own x-request-id header came from the client, not proxy.ts).
function answer(status: number, body: UploadResponseBody, request: Request, requestId: string, extra: Record<string, string> = {}) {
  const headers = securityHeaders({
    nonce: newNonce(),
    https: servedOverHttps(request),
    development: process.env.NODE_ENV === "development",
  });
  return Response.json(body, { status, headers: { ...headers, "Cache-Control": "no-store", ...extra, [REQUEST_ID_HEADER]: requestId } });
}

/**
 * A failure outside the upload action (reading the session, checking the candidate): 503 when the
 * database cannot be reached, else 500; either way JSON with this route's headers rather than
 * Next's bare error page.
 */
async function failed(error: unknown, request: Request, requestId: string) {
  const { status, message } = await uploadFailure(error);
  if (status === 503) logger.warn({ requestId, err: error }, "upload refused: database unreachable");
  else logger.error({ requestId, err: error }, "upload failed unexpectedly");
  return answer(status, { error: message }, request, requestId, status === 503 ? { "Retry-After": "5" } : {});
}

/** Any other method: 405 with the headers, rather than Next's own answer without them. */
function methodNotAllowed(request: Request) {
  return answer(405, { error: "This address only takes an evidence file upload (POST)." }, request, newRequestId(), { Allow: "POST" });
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;

export async function POST(request: Request, context: { params: Promise<{ candidateId: string }> }) {
  const requestId = newRequestId();
  try {
    return await upload(request, context.params, requestId);
  } catch (error) {
    return failed(error, request, requestId);
  }
}

async function upload(request: Request, params: Promise<{ candidateId: string }>, requestId: string) {
  const respond = (status: number, body: UploadResponseBody) => answer(status, body, request, requestId);
  const crossSite = crossSiteRefusal(request.headers);
  if (crossSite) return respond(403, { error: crossSite });

  const access = await currentAccess();
  if (!access) return respond(401, { error: "Your sign-in has ended. Sign in again, then add the file again." });
  const expectedWorkspaceKey = request.headers.get(workspaceHeader) ?? undefined;
  if (expectedWorkspaceKey !== undefined && expectedWorkspaceKey !== access.workspace.key) {
    return respond(409, {
      error: `You are now working in ${access.workspace.name} (you switched in another tab or window). Nothing was uploaded: reload this page to continue there.`,
    });
  }

  const { candidateId } = await params;
  let target: { centreId: string; candidateId: string };
  try {
    // Before a byte of the body is read: may this person upload for this candidate at all?
    target = await uploadTarget(access, candidateId);
  } catch (error) {
    if (error instanceof AppError) return respond(uploadStatusFor(error.code), { error: error.message });
    throw error;
  }

  const fileName = headerFileName(request.headers, fileNameHeader);
  if (!fileName) {
    const message = "The file's name did not arrive. Add the file again.";
    return respond(400, { error: message, fieldErrors: { file: [message] } });
  }

  const result = await receiveUpload({
    storage: getFileStorage(),
    body: request.body,
    contentLength: declaredLength(request.headers),
    claimedType: request.headers.get("content-type"),
    fileName,
    candidateId: target.candidateId,
    centreId: target.centreId,
    limitBytes: uploadLimitBytes(process.env),
    record: (input) => performAction(uploadFile, input, { expectedWorkspaceKey, requestId }),
    requestId,
  });
  return respond(result.status, result.body);
}
