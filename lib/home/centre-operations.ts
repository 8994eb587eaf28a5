import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requireCentrePermission } from "@/lib/auth/require-permission";
import { claimsReadyCount } from "@/lib/certificate-claims/eligibility";
import { getPrisma } from "@/lib/db/client";
import { directClaimsWarnings, type DirectClaimsWarning } from "@/lib/direct-claims/standing";
import { isoDay } from "@/lib/format/dates";
import { packReadiness, type PackReadiness } from "@/lib/visit-pack/queries";
import { overdueActionPoints, upcomingVisits, type OverdueActionPoint, type VisitSummary } from "@/lib/visits/queries";

// The admin home's centre-operations cards (issue 10): candidates with a certificate ready to
// claim, Direct Claims Status warnings (an end date near without a final visit), the EV visits
// coming with how far each visit's pack is, and the action points from past visits now overdue. Each contract is read from
// the area that owns it; every read names the admin's centre.

export type HomeVisit = VisitSummary & { pack: PackReadiness | null };

export type CentreOperationsHome = {
  /** Candidates with at least one certificate (a unit or the full award) ready to claim. */
  claimsReady: number;
  directClaimsWarnings: DirectClaimsWarning[];
  visits: HomeVisit[];
  overdueActionPoints: OverdueActionPoint[];
};

/** What the admin deals with around claims, DCS and visits now; `now` is the page's clock. */
export async function centreOperationsHome(access: AccessContext, now: Date = new Date()): Promise<CentreOperationsHome> {
  const centre = requireCentrePermission(access, "visit.manage");
  const db = getPrisma();
  const centreId = centre.workspace.centreId;
  const [claimsReady, warnings, visits, overdue] = await Promise.all([
    claimsReadyCount(db, { centreId, asOf: isoDay(now) }),
    directClaimsWarnings(db, { centreId, asOf: now }),
    upcomingVisits(db, { centreId, asOf: now }),
    overdueActionPoints(db, { centreId, asOf: now }),
  ]);
  const packs = await packReadiness(db, { centreId, visitIds: visits.map((visit) => visit.id) });
  return {
    claimsReady,
    directClaimsWarnings: warnings,
    visits: visits.map((visit) => ({ ...visit, pack: packs.get(visit.id) ?? null })),
    overdueActionPoints: overdue,
  };
}
