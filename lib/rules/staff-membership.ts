// Rules for a centre's staff memberships (who may hold which role, and for how long).
// Pure: the date is a parameter.

import { MS_PER_DAY } from "@/lib/format/dates";

export const staffRoles = ["CENTRE_ADMIN", "ASSESSOR", "IQA", "EXTERNAL_VERIFIER"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** An external verifier is given time-limited access (handbook 5.20.2: visits are planned events). */
export const maximumVerifierAccessDays = 366;

function utcDay(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export type StaffMembershipProblems = Partial<Record<"role" | "isHeadOfCentre" | "expiresOn", string>>;

/** Problems with a proposed role, head-of-centre flag and access expiry, keyed by field. */
export function staffMembershipProblems(
  proposal: { role: StaffRole; isHeadOfCentre: boolean; expiresOn: Date | null },
  today: Date,
): StaffMembershipProblems {
  const problems: StaffMembershipProblems = {};
  if (proposal.isHeadOfCentre && proposal.role !== "CENTRE_ADMIN") {
    problems.isHeadOfCentre = "Only a centre admin can be the head of centre.";
  }
  if (proposal.role === "EXTERNAL_VERIFIER") {
    if (!proposal.expiresOn) {
      problems.expiresOn = "Give the date the external verifier's access ends.";
    } else if (utcDay(proposal.expiresOn) < utcDay(today)) {
      problems.expiresOn = "The access end date cannot be in the past.";
    } else if (utcDay(proposal.expiresOn) - utcDay(today) > maximumVerifierAccessDays) {
      problems.expiresOn = "External verifier access can last at most a year. Choose an earlier date.";
    }
  } else if (proposal.expiresOn) {
    problems.expiresOn = "Only an external verifier's access has an end date.";
  }
  return problems;
}

/**
 * A centre must always keep an active centre admin, or nobody could manage its staff.
 * `activeAdminIds` are the centre's active admin memberships before the change.
 */
export function leavesCentreWithoutAdmin(activeAdminIds: readonly string[], membershipLosingAdmin: string): boolean {
  return activeAdminIds.length === 1 && activeAdminIds[0] === membershipLosingAdmin;
}
