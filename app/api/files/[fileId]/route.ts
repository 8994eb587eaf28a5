import { workspaceHeader } from "@/components/files/file-urls";
import { performAction } from "@/lib/actions/perform-action";
import { discardFile } from "@/lib/files/discard-file";
import { getFileForDownload } from "@/lib/files/queries";
import { serveStoredFile } from "@/lib/files/serve-stored-file";
import { uploadStatusFor } from "@/lib/files/receive-upload";
import { crossSiteRefusal } from "@/lib/files/upload-request";
import { isInlineImage } from "@/lib/files/upload-rules";

// GET /api/files/{fileId}: a stored file, only for staff of its centre who may view candidates,
// the candidate whose file it is, or an external verifier granted that candidate (each of their
// downloads logged for the admin; lib/files/queries.ts); anyone else gets 404, as for a file
// that does not exist. Always an attachment with the sniffed type and nosniff, never cached by a
// shared cache. `?inline=1` shows a JPEG, PNG, WebP or GIF picture in the page (thumbnails);
// other types ignore it. proxy.ts adds the app's other security headers.

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const wantsInline = new URL(request.url).searchParams.get("inline") === "1";
  return serveStoredFile({
    load: (access) => getFileForDownload(access, fileId),
    inline: (file) => wantsInline && isInlineImage(file.contentType),
    what: "a stored file",
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
