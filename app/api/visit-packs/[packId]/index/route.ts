import { serveVisitPack } from "@/lib/visit-pack/serve-visit-pack";

// GET /api/visit-packs/{packId}/index: the ready pack's index.html, shown in the browser. Its links
// point into the zip, so they open once the pack is unzipped.

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ packId: string }> }) {
  const { packId } = await params;
  return serveVisitPack(packId, "index");
}
