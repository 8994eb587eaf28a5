import "server-only";
import { Readable } from "node:stream";
import type { AccessContext } from "@/lib/auth/access-context";
import { currentAccess } from "@/lib/auth/current-access";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/current-request-id";
import { getFileStorage } from "@/lib/storage/get-file-storage";
import { contentDisposition } from "./content-disposition";

// The one way a stored file leaves Assay (an evidence file, a professional-record file): the
// signed-in person's read check (given by the caller), then the bytes streamed as an attachment
// with the sniffed type. Anyone the check refuses gets 404, as for a file that does not exist.

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
 * in a sandbox with an opaque origin. proxy.ts sends the same policy for the download routes
 * (Next.js keeps the proxy's header over a route's own); it is set here too so a route is safe by itself.
 */
const fileHeaders = { ...privateHeaders, "Content-Security-Policy": "default-src 'none'; sandbox" };

export type DownloadableFile = { id: string; storageKey: string; fileName: string; contentType: string; sha256: string };

function notFoundResponse() {
  return new Response("Not found.\n", { status: 404, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function serveStoredFile(options: {
  /** Loads the file through the area's read check; throws "not found" for anyone who may not read it. */
  load: (access: AccessContext) => Promise<DownloadableFile>;
  /** Whether the browser may show it in the page (pictures for thumbnails) rather than download it. */
  inline?: (file: DownloadableFile) => boolean;
  /** For the operators' log, e.g. "a professional-record file". */
  what: string;
}): Promise<Response> {
  const access = await currentAccess();
  if (!access) {
    return new Response("Sign in to download this file.\n", {
      status: 401,
      headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  let file: DownloadableFile;
  try {
    file = await options.load(access);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const stored = await getFileStorage().get(file.storageKey);
  if (!stored) {
    logger.error({ requestId: await currentRequestId(), fileId: file.id }, `${options.what}'s bytes are missing from file storage`);
    return notFoundResponse();
  }
  return new Response(Readable.toWeb(stored.body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      ...fileHeaders,
      "Content-Type": file.contentType,
      "Content-Length": String(stored.byteSize),
      "Content-Disposition": contentDisposition(options.inline?.(file) ? "inline" : "attachment", file.fileName),
      ETag: `"${file.sha256}"`,
    },
  });
}
