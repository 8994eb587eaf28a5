import { performAction } from "@/lib/actions/perform-action";
import { downloadClaimBatchFile } from "@/lib/certificate-claims/download-claim-batch-file";

// GET /claims/{batchId}/file: the batch's CSV for the awarding body's claims system. Run as an
// action (lib/certificate-claims/download-claim-batch-file.ts): claim.manage in the active centre,
// the batch looked up within it (anything else is 404, like a missing batch), and audited.

export const dynamic = "force-dynamic";

const privateHeaders = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const result = await performAction(downloadClaimBatchFile, { batchId });
  if (!result.ok) {
    const status = result.code === "UNAUTHENTICATED" ? 401 : result.code === "UNAVAILABLE" || result.code === "UNEXPECTED" ? 503 : 404;
    const message = status === 404 ? "Not found." : result.message;
    return new Response(`${message}\n`, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(result.data.csv, {
    headers: {
      ...privateHeaders,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.data.fileName}"`,
    },
  });
}
