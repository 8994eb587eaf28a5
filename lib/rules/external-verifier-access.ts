import { addYears, type IsoDate } from "./dates";

// An external verifier's access to chosen candidates (issue 10, handbook 5.20.2): it works from
// the day it is granted to the end of its expiry date, and stops at once when revoked. It cannot
// outlast the verifier's own membership of the centre, nor run for more than a year.

export type ExternalVerifierGrantState = "working" | "expired" | "revoked";

export const maximumGrantYears = 1;

/** Whether a grant works on `today`: revoked first, then past its last day. */
export function externalVerifierGrantState(grant: { expiresOn: IsoDate; revoked: boolean }, today: IsoDate): ExternalVerifierGrantState {
  if (grant.revoked) return "revoked";
  return grant.expiresOn >= today ? "working" : "expired";
}

/**
 * The problem with a grant's last day, or null: not before today, within a year, and not after
 * the day the verifier's membership of the centre ends (null: it does not end).
 */
export function grantExpiryProblem(expiresOn: IsoDate, today: IsoDate, membershipEndsOn: IsoDate | null): string | null {
  if (expiresOn < today) return "The last day cannot be in the past.";
  if (expiresOn > addYears(today, maximumGrantYears)) return `The access can run for at most ${maximumGrantYears} year.`;
  if (membershipEndsOn !== null && expiresOn > membershipEndsOn) {
    return `The verifier's access to the centre ends on ${membershipEndsOn}: choose that day or earlier.`;
  }
  return null;
}
