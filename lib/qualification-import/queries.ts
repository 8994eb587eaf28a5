import "server-only";
import { isCentreAccess, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { takenQualificationNumbers } from "./clash";

// What the import page needs: where an import from this workspace goes, and the qualification
// numbers already taken there (so the preview flags a clash before the import is tried).

export type ImportPage = {
  /** "centre": for the centre's own use; "catalogue": into the awarding body's catalogue. */
  destination: "centre" | "catalogue";
  /** The centre's or the awarding body's name. */
  destinationName: string;
  takenNumbers: string[];
};

export async function getImportPage(access: AccessContext): Promise<ImportPage> {
  requirePermission(access, "qualification.import", "Page");
  const workspace = access.workspace;
  const centreId = isCentreAccess(access) ? access.workspace.centreId : null;
  return {
    destination: centreId ? "centre" : "catalogue",
    destinationName: workspace.name,
    takenNumbers: await takenQualificationNumbers(getPrisma(), { awardingBodyId: workspace.awardingBodyId, centreId }),
  };
}
