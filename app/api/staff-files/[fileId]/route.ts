import { Readable } from "node:stream";
import { currentAccess } from "@/lib/auth/current-access";
import { AppError } from "@/lib/errors/app-error";
import { contentDisposition } from "@/lib/files/content-disposition";
import { logger } from "@/lib/log/logger";
import { getStaffFileForDownload } from "@/lib/staff-files/queries";
import { getFileStorage } from "@/lib/storage/get-file-storage";

// GET /api/staff-files/{fileId}: a file on someone's professional record, through the one read
// check (lib/staff-files/access.ts): the person, their centres' admins and external verifiers,
// their awarding bodies' staff. Anyone else gets 404, as for a file that does not exist. Always an
// attachment with the sniffed type, nosniff and a sandbox, never cached.

export const dynamic = "force-dynamic";

const privateHeaders = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function notFoundResponse() {
  return new Response("Not found.\n", { status: 404, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const access = await currentAccess();
  if (!access) {
    return new Response("Sign in to download this file.\n", {
      status: 401,
      headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { fileId } = await params;
  let file: Awaited<ReturnType<typeof getStaffFileForDownload>>;
  try {
    file = await getStaffFileForDownload(access, fileId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const stored = await getFileStorage().get(file.storageKey);
  if (!stored) {
    logger.error({ fileId: file.id }, "a professional-record file's bytes are missing from file storage");
    return notFoundResponse();
  }
  return new Response(Readable.toWeb(stored.body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      ...privateHeaders,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Type": file.contentType,
      "Content-Length": String(stored.byteSize),
      "Content-Disposition": contentDisposition("attachment", file.fileName),
      ETag: `"${file.sha256}"`,
    },
  });
}
