import type { IsoDate } from "@/lib/rules/dates";
import type { DirectClaimsStatusFacts, VerificationVisit } from "@/lib/rules/direct-claims";

// How the stored DCS history reads on one day, in the shape lib/rules/direct-claims.ts takes.
// Pure: no database, no clock.

export type DirectClaimsHistoryEvent = {
  readonly kind: "GRANTED" | "WITHDRAWN" | "REINSTATED" | "CONDITIONS_CHANGED";
  readonly effectiveOn: IsoDate;
};

/**
 * The DCS facts as they stood on `on`: the latest grant or reinstatement on or before that day is
 * the current grant (handbook 5.21.2: reinstated DCS is DCS again), and a withdrawal counts only
 * when it came after it. Events are taken in the order recorded (the caller sorts them).
 */
export function directClaimsFactsOn(
  events: readonly DirectClaimsHistoryEvent[],
  qualificationNumber: string,
  on: IsoDate,
): DirectClaimsStatusFacts {
  let grantedOn: IsoDate | null = null;
  let withdrawnOn: IsoDate | null = null;
  const applying = events.filter((event) => event.effectiveOn <= on);
  for (const event of applying) {
    if (event.kind === "GRANTED" || event.kind === "REINSTATED") {
      grantedOn = event.effectiveOn;
      withdrawnOn = null;
    } else if (event.kind === "WITHDRAWN" && grantedOn !== null) {
      withdrawnOn = event.effectiveOn;
    }
  }
  if (grantedOn === null) {
    // Never granted by that day: the rule says "not granted" either way; show the first grant if any.
    const later = events.find((event) => event.kind === "GRANTED" || event.kind === "REINSTATED");
    grantedOn = later ? later.effectiveOn : null;
  }
  return { grantedOn, withdrawnOn, authorisedQualificationNumbers: events.length > 0 ? [qualificationNumber] : [] };
}

/** The last day claims may be made under DCS: the earlier of the DCS end date and the qualification's end date. */
export function directClaimsEndDate(dcsEndsOn: IsoDate | null, qualificationEndDate: IsoDate | null): IsoDate | null {
  if (dcsEndsOn === null) return qualificationEndDate;
  if (qualificationEndDate === null) return dcsEndsOn;
  return dcsEndsOn < qualificationEndDate ? dcsEndsOn : qualificationEndDate;
}

export type StoredVisit = {
  readonly visitOn: IsoDate;
  readonly status: "PLANNED" | "COMPLETED" | "CANCELLED";
  readonly qualificationId: string | null;
  readonly final: boolean;
  readonly directClaimsConfirmed: boolean;
};

/**
 * The centre's visits as the rule reads them for one qualification: cancelled visits drop out; a
 * visit for every qualification (no qualification set) counts as a visit but never as this
 * qualification's final visit. Which candidates a visit included is not recorded, so none are listed.
 */
export function verificationVisitsFor(visits: readonly StoredVisit[], qualificationId: string): VerificationVisit[] {
  return visits
    .filter((visit) => visit.status !== "CANCELLED" && (visit.qualificationId === null || visit.qualificationId === qualificationId))
    .map((visit) => ({
      on: visit.visitOn,
      state: visit.status === "COMPLETED" ? "held" : "planned",
      final: visit.final && visit.qualificationId === qualificationId,
      candidateIdsIncluded: [],
      directClaimsConfirmed: visit.directClaimsConfirmed,
    }));
}
