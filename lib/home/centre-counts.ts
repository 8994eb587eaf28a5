import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { rolesCan } from "@/lib/auth/permissions";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { getPrisma } from "@/lib/db/client";
import { openAppealWhere } from "@/lib/appeals/open-cases";
import { candidateAttentionWhere } from "@/lib/candidates/attention";

export type CentreCount = { label: string; count: number; href: string; tone: "info" | "warning" };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The counts a centre admin acts on now: candidates in progress, active candidates with no assessor,
 * active candidates without a ULN (a funded candidate's claim warns without one), appeals still
 * open (lodged, under review or with the awarding body), candidates with a decision that does not
 * count until countersigned and, for the head of centre only (the cases are confidential to them),
 * malpractice cases under investigation. Index-backed counts, each with the centre in its where.
 */
export async function centreAdminCounts(access: AccessContext): Promise<CentreCount[]> {
  const centre = requireCentrePermission(access, "candidate.manage");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const seesMalpractice = rolesCan(centre.workspace.roles, "malpractice.manage");
  const [active, unallocated, withoutUln, appeals, awaitingCountersignature, malpractice] = await Promise.all([
    db.candidate.count({ where: { centreId, status: "ACTIVE" } }),
    db.candidate.count({ where: { ...candidateAttentionWhere(centreId, "no-assessor"), status: "ACTIVE" } }),
    db.candidate.count({ where: { ...candidateAttentionWhere(centreId, "no-uln"), status: "ACTIVE" } }),
    db.appeal.count({ where: { centreId, ...openAppealWhere } }),
    db.candidate.count({ where: candidateAttentionWhere(centreId, "awaiting-countersignature") }),
    seesMalpractice ? db.malpracticeCase.count({ where: { centreId, status: "UNDER_INVESTIGATION" } }) : null,
  ]);
  const counts: CentreCount[] = [
    { label: plural(active, "active candidate", "active candidates"), count: active, href: "/candidates?status=ACTIVE", tone: "info" },
    {
      label: `${plural(unallocated, "active candidate has", "active candidates have")} no assessor allocated`,
      count: unallocated,
      href: "/candidates?status=ACTIVE&needs=no-assessor",
      tone: unallocated > 0 ? "warning" : "info",
    },
    {
      label: `${plural(withoutUln, "active candidate has", "active candidates have")} no ULN`,
      count: withoutUln,
      href: "/candidates?status=ACTIVE&needs=no-uln",
      tone: withoutUln > 0 ? "warning" : "info",
    },
    {
      label: `${plural(appeals, "appeal", "appeals")} open`,
      count: appeals,
      href: "/appeals",
      tone: appeals > 0 ? "warning" : "info",
    },
    {
      label: `${plural(awaitingCountersignature, "candidate has a decision", "candidates have a decision")} awaiting a qualified assessor's countersignature`,
      count: awaitingCountersignature,
      href: "/candidates?needs=awaiting-countersignature",
      tone: awaitingCountersignature > 0 ? "warning" : "info",
    },
  ];
  if (malpractice !== null) {
    counts.push({
      label: `${plural(malpractice, "malpractice case", "malpractice cases")} under investigation`,
      count: malpractice,
      href: "/malpractice",
      tone: malpractice > 0 ? "warning" : "info",
    });
  }
  return counts;
}
