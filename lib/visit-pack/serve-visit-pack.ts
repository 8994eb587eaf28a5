import "server-only";
import { performAction } from "@/lib/actions/perform-action";
import { serveStoredFile } from "@/lib/files/serve-stored-file";
import { notFound } from "@/lib/errors/app-error";
import { downloadVisitPack } from "./download-visit-pack";

// GET /api/visit-packs/{packId} (the zip) and /api/visit-packs/{packId}/index (its index.html on
// its own, to read in the browser): the admin's permission and centre are checked, and each
// download is audited, by the downloadVisitPack action; anyone else gets 404.

export function serveVisitPack(packId: string, part: "zip" | "index"): Promise<Response> {
  return serveStoredFile({
    what: part === "zip" ? "a visit pack" : "a visit pack's index",
    inline: () => part === "index",
    load: async () => {
      const result = await performAction(downloadVisitPack, { packId });
      // A malformed id, another centre's pack, one not ready and no permission all read as missing.
      if (!result.ok) throw notFound("Visit pack");
      const { storageKey, indexStorageKey, visitOn } = result.data;
      return part === "zip"
        ? { id: packId, storageKey, fileName: `visit-pack-${visitOn}.zip`, contentType: "application/zip", sha256: packId }
        : {
            id: packId,
            storageKey: indexStorageKey,
            fileName: `visit-pack-${visitOn}-index.html`,
            contentType: "text/html; charset=utf-8",
            sha256: `${packId}-index`,
          };
    },
  });
}
