import type { StaffRole } from "@/lib/rules/staff-membership";

// What the staff actions' audit entries record, so the audit trail and the history of a
// membership read the same fields whichever action wrote them.

type MembershipFacts = { role: StaffRole | "CANDIDATE"; isHeadOfCentre: boolean; expiresOn: Date | string | null };

/** An invitation offers these facts; the membership is created only when the person accepts. */
export type StaffInvitedSummary = {
  after: MembershipFacts & { name: string; email: string };
};

export type StaffChangeSummary = { person: string; before: MembershipFacts; after: MembershipFacts };

export type StaffStatusSummary = {
  person: string;
  role: string;
  before: { status: "ACTIVE" | "DEACTIVATED" };
  after: { status: "ACTIVE" | "DEACTIVATED" };
};
