import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { VisitPackDownloadedSummary } from "./audit-summaries";
import { packIndexStorageKey } from "./pack-paths";
import { visitPackIdSchema } from "./schemas";

/**
 * The download of a ready pack (or of its index on its own), recorded in the audit trail: the pack
 * holds every claimed candidate's records. Another centre's pack, or one not ready, is not found.
 */
export const downloadVisitPack = defineCentreAction({
  name: "visitPack.download",
  audit: { label: "Downloaded a visit pack", summary: auditSummary<VisitPackDownloadedSummary>() },
  input: visitPackIdSchema,
  permission: "visitPack.build",
  async handler(input, { tx, access, audit }) {
    const centreId = access.workspace.centreId;
    const pack = await tx.visitPack.findFirst({
      where: { centreId, id: input.packId, status: "READY", storageKey: { not: null } },
      select: { id: true, centreId: true, storageKey: true, byteSize: true, visit: { select: { visitOn: true } } },
    });
    if (!pack?.storageKey) throw notFound("Visit pack");
    const visitOn = isoDay(pack.visit.visitOn);
    await audit({ targetType: "VisitPack", targetId: pack.id, summary: { visitOn, byteSize: Number(pack.byteSize ?? 0) } });
    return { packId: pack.id, storageKey: pack.storageKey, indexStorageKey: packIndexStorageKey(pack), visitOn };
  },
});
