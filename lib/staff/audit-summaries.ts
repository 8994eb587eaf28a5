import type { StaffRole } from "@/lib/rules/staff-membership";

// What the staff actions' audit entries record, so the audit trail and the history of a
// membership read the same fields whichever action wrote them.

type MembershipFacts = { role: StaffRole | "CANDIDATE"; isHeadOfCentre: boolean; expiresOn: Date | string | null };

/** An invitation offers these facts; the membership is created only when the person accepts. */
export type StaffInvitedSummary = {
  after: MembershipFacts & { name: string; email: string };
};

/**
 * A change that made the membership an active assessor or IQA one: the centre and its awarding
 * body can now read the person's professional record, and the person was emailed to say so.
 */
export type ProfessionalRecordOpened = {
  /** In words, who can now read what. */
  professionalRecord: string;
  /** The address the person was told at. */
  personToldByEmail: string;
};

export type StaffChangeSummary = { person: string; before: MembershipFacts; after: MembershipFacts } & Partial<ProfessionalRecordOpened>;

export type StaffStatusSummary = {
  person: string;
  role: string;
  before: { status: "ACTIVE" | "DEACTIVATED" };
  after: { status: "ACTIVE" | "DEACTIVATED" };
} & Partial<ProfessionalRecordOpened>;

/** A centre admin verified (or withdrew the verification of) a row of a staff member's assessor record. */
export type StaffRecordVerificationSummary = {
  person: string;
  kind: "qualification" | "competence";
  /** The qualification code and whether held (with its date), or the unit and the basis, as verified. */
  row: { code: string; held: boolean; achievedOn: string | null } | { unit: string; basis: string };
};
