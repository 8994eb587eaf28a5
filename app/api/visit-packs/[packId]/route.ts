import { serveVisitPack } from "@/lib/visit-pack/serve-visit-pack";

// GET /api/visit-packs/{packId}: the ready visit pack's zip (lib/visit-pack/serve-visit-pack.ts).

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ packId: string }> }) {
  const { packId } = await params;
  return serveVisitPack(packId, "zip");
}
