import { Readable } from "node:stream";
import { workspaceHeader } from "@/components/files/file-urls";
import { performAction } from "@/lib/actions/perform-action";
import { currentAccess } from "@/lib/auth/current-access";
import { AppError } from "@/lib/errors/app-error";
import { contentDisposition } from "@/lib/files/content-disposition";
import { discardFile } from "@/lib/files/discard-file";
import { getFileForDownload } from "@/lib/files/queries";
import { uploadStatusFor } from "@/lib/files/receive-upload";
import { crossSiteRefusal } from "@/lib/files/upload-request";
import { isInlineImage } from "@/lib/files/upload-rules";
import { logger } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/current-request-id";
import { getFileStorage } from "@/lib/storage/get-file-storage";

// GET /api/files/{fileId}: a stored file, only for staff of its centre who may view candidates
// or the candidate whose file it is (lib/files/queries.ts); anyone else gets 404, as for a file
// that does not exist. Always an attachment with the sniffed type and nosniff, never cached by a
// shared cache. `?inline=1` shows a JPEG, PNG, WebP or GIF picture in the page (thumbnails);
// other types ignore it. proxy.ts adds the app's other security headers.

export const dynamic = "force-dynamic";

const privateHeaders = {
  // Never kept by a shared cache, nor by the browser: access may be taken away.
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  // Another site cannot load a file into its own page (<img>, <script>, fetch in no-cors mode)
  // with the visitor's cookies.
  "Cross-Origin-Resource-Policy": "same-origin",
};
/**
 * For the file itself: opened on its own (a PDF, a picture), it runs nothing and loads nothing,
 * in a sandbox with an opaque origin. proxy.ts sends the same policy for /api/files/ (Next.js
 * keeps the proxy's header over a route's own); it is set here too so the route is safe by itself.
 */
const fileHeaders = { ...privateHeaders, "Content-Security-Policy": "default-src 'none'; sandbox" };

function notFoundResponse() {
  return new Response("Not found.\n", { status: 404, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const access = await currentAccess();
  if (!access) {
    return new Response("Sign in to download this file.\n", {
      status: 401,
      headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { fileId } = await params;
  let file: Awaited<ReturnType<typeof getFileForDownload>>;
  try {
    file = await getFileForDownload(access, fileId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const stored = await getFileStorage().get(file.storageKey);
  if (!stored) {
    logger.error({ requestId: await currentRequestId(), fileId: file.id }, "a stored file's bytes are missing from file storage");
    return notFoundResponse();
  }
  const inline = new URL(request.url).searchParams.get("inline") === "1" && isInlineImage(file.contentType);
  return new Response(Readable.toWeb(stored.body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      ...fileHeaders,
      "Content-Type": file.contentType,
      "Content-Length": String(stored.byteSize),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
      ETag: `"${file.sha256}"`,
    },
  });
}

/**
 * DELETE /api/files/{fileId}: the upload widget's "Remove" for a file uploaded but not yet saved
 * with a record (the files.discard action). 204, or { error } with the action's status.
 */
export async function DELETE(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const crossSite = crossSiteRefusal(request.headers);
  if (crossSite) return Response.json({ error: crossSite }, { status: 403, headers: { "Cache-Control": "no-store" } });
  const { fileId } = await params;
  const result = await performAction(discardFile, { fileId }, { expectedWorkspaceKey: request.headers.get(workspaceHeader) ?? undefined });
  if (result.ok) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  return Response.json({ error: result.message }, { status: uploadStatusFor(result.code), headers: { "Cache-Control": "no-store" } });
}
