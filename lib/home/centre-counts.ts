import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { openAppealWhere } from "@/lib/appeals/open-cases";

export type CentreCount = { label: string; count: number; href: string; tone: "info" | "warning" };

/**
 * The counts a centre admin acts on now: candidates in progress, candidates with no assessor,
 * appeals still open (lodged, under review or with the awarding body) and decisions that do not count until countersigned. Four
 * index-backed counts, each with the centre in its where.
 */
export async function centreAdminCounts(access: AccessContext): Promise<CentreCount[]> {
  const centre = requireCentrePermission(access, "candidate.manage");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [active, unallocated, appeals, awaitingCountersignature] = await Promise.all([
    db.candidate.count({ where: { centreId, status: "ACTIVE" } }),
    db.candidate.count({ where: { centreId, status: "ACTIVE", assessorUserId: null } }),
    db.appeal.count({ where: { centreId, ...openAppealWhere } }),
    db.unitDecision.count({ where: { centreId, status: "AWAITING_COUNTERSIGNATURE" } }),
  ]);
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    { label: plural(active, "active candidate", "active candidates"), count: active, href: "/candidates?status=ACTIVE", tone: "info" },
    {
      label: `${plural(unallocated, "candidate has", "candidates have")} no assessor allocated`,
      count: unallocated,
      href: "/candidates",
      tone: unallocated > 0 ? "warning" : "info",
    },
    {
      label: `${plural(appeals, "appeal", "appeals")} open`,
      count: appeals,
      href: "/appeals",
      tone: appeals > 0 ? "warning" : "info",
    },
    {
      label: `${plural(awaitingCountersignature, "decision awaits", "decisions await")} a qualified assessor's countersignature`,
      count: awaitingCountersignature,
      href: "/candidates",
      tone: awaitingCountersignature > 0 ? "warning" : "info",
    },
  ];
}
