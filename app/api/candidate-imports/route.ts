import { fileNameHeader, workspaceHeader } from "@/components/files/file-urls";
import { performAction } from "@/lib/actions/perform-action";
import { isCentreAccess } from "@/lib/auth/access-context";
import { currentAccess } from "@/lib/auth/current-access";
import { rolesCan } from "@/lib/auth/permissions";
import { previewCandidateImport } from "@/lib/candidate-import/preview-candidate-import";
import { CsvRefusal, readCsv } from "@/lib/candidate-import/read-csv";
import { columnMappingSchema } from "@/lib/candidate-import/schemas";
import { mappingHeader, type UploadEvent } from "@/lib/candidate-import/upload-protocol";
import { crossSiteRefusal, headerFileName } from "@/lib/files/upload-request";
import { uploadFailure } from "@/lib/files/upload-failure";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { logger } from "@/lib/log/logger";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// POST /api/candidate-imports: a CSV of candidates as the raw request body, read row by row as it
// arrives (papaparse), then checked and stored as a preview by the previewCandidateImport action.
// Headers: X-File-Name (URI-encoded), X-Column-Mapping (URI-encoded JSON { field: header }),
// X-Assay-Workspace (the workspace the page showed). Answers newline-delimited JSON
// (lib/candidate-import/upload-protocol.ts): progress while reading, then done or error.
// proxy.ts does not run for this route (its matcher), so it sets its own headers and checks origin.

export const dynamic = "force-dynamic";

function headersFor(request: Request, requestId: string, contentType: string) {
  const headers = securityHeaders({
    nonce: newNonce(),
    https: servedOverHttps(request),
    development: process.env.NODE_ENV === "development",
  });
  return { ...headers, "Content-Type": contentType, "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId };
}

function refuse(status: number, error: string, request: Request, requestId: string) {
  const body: UploadEvent = { type: "error", error };
  return new Response(`${JSON.stringify(body)}\n`, { status, headers: headersFor(request, requestId, "application/x-ndjson") });
}

function methodNotAllowed(request: Request) {
  return refuse(405, "This address only takes a CSV of candidates (POST).", request, newRequestId());
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;

function readMapping(request: Request) {
  try {
    const parsed = columnMappingSchema.safeParse(JSON.parse(decodeURIComponent(request.headers.get(mappingHeader) ?? "")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A refusal of what was read from the file, in words that name where it is: the preview's form has
 * no field for a row's cell or a header, so "correct the highlighted fields" would point at nothing.
 */
function fileRefusal(
  message: string,
  fieldErrors: Record<string, string[]> | undefined,
  csv: { headers: string[]; rows: { lineNumber: number }[] },
): string {
  const placed: string[] = [];
  for (const [key, reasons] of Object.entries(fieldErrors ?? {})) {
    const cell = /^rows\.(\d+)\.cells\.(\d+)$/.exec(key);
    const header = /^headers\.(\d+)$/.exec(key);
    if (cell) {
      const line = csv.rows[Number(cell[1])]?.lineNumber;
      const column = csv.headers[Number(cell[2])] || `column ${Number(cell[2]) + 1}`;
      placed.push(`Line ${line}, column "${column.slice(0, 60)}": ${reasons.join(" ")}`);
    } else if (header) placed.push(`The name of column ${Number(header[1]) + 1} in the header row: ${reasons.join(" ")}`);
    else if (key !== "mapping" && key !== "file") placed.push(reasons.join(" "));
  }
  return placed.length > 0 ? `Nothing was imported. ${placed.slice(0, 5).join(" ")}` : message;
}

export async function POST(request: Request) {
  const requestId = newRequestId();
  try {
    const crossSite = crossSiteRefusal(request.headers);
    if (crossSite) return refuse(403, crossSite, request, requestId);
    const access = await currentAccess();
    if (!access) return refuse(401, "Your sign-in has ended. Sign in again, then upload the file again.", request, requestId);
    if (!isCentreAccess(access) || !rolesCan(access.workspace.roles, "candidateImport.manage")) {
      return refuse(404, "Not found.", request, requestId);
    }
    const expectedWorkspaceKey = request.headers.get(workspaceHeader) ?? undefined;
    if (expectedWorkspaceKey !== undefined && expectedWorkspaceKey !== access.workspace.key) {
      const message = `You are now working in ${access.workspace.name} (you switched in another tab or window). Nothing was uploaded: reload this page to continue there.`;
      return refuse(409, message, request, requestId);
    }
    const fileName = headerFileName(request.headers, fileNameHeader);
    const mapping = readMapping(request);
    if (!fileName || !mapping || !request.body)
      return refuse(400, "The file or its column mapping did not arrive. Choose the file again.", request, requestId);
    const body = request.body;

    const events = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: UploadEvent) => controller.enqueue(new TextEncoder().encode(`${JSON.stringify(event)}\n`));
        try {
          let bytesRead = 0;
          const counting = body.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, next) {
                bytesRead += chunk.byteLength;
                next.enqueue(chunk);
              },
            }),
          );
          const csv = await readCsv(counting, { onProgress: (rows) => send({ type: "progress", rows, bytes: bytesRead }) });
          send({ type: "checking", rows: csv.rows.length });
          const result = await performAction(
            previewCandidateImport,
            { fileName, fileSha256: csv.sha256, headers: csv.headers, mapping, rows: csv.rows },
            { expectedWorkspaceKey, requestId },
          );
          send(
            result.ok
              ? { type: "done", ...result.data }
              : {
                  type: "error",
                  error: result.fieldErrors?.mapping ? result.message : fileRefusal(result.message, result.fieldErrors, csv),
                  fieldErrors: result.fieldErrors,
                },
          );
        } catch (error) {
          if (error instanceof CsvRefusal) send({ type: "error", error: error.message });
          else {
            logger.error({ requestId, err: error }, "candidate import upload failed");
            send({ type: "error", error: (await uploadFailure(error)).message });
          }
        } finally {
          controller.close();
        }
      },
    });
    return new Response(events, { status: 200, headers: headersFor(request, requestId, "application/x-ndjson") });
  } catch (error) {
    const { status, message } = await uploadFailure(error);
    logger.error({ requestId, err: error }, "candidate import upload refused");
    return refuse(status, message, request, requestId);
  }
}
