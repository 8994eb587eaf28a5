import { z } from "zod";
import { staffRoles } from "@/lib/rules/staff-membership";
import { emailField, textField } from "@/lib/validation/text-fields";

// Shared by the server actions and the forms (react-hook-form's zod resolver), so the browser
// and the server give the same messages.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A date field: "" when left empty, otherwise YYYY-MM-DD. */
export const optionalDateField = z
  .string()
  .trim()
  .refine((value) => value === "" || (isoDate.test(value) && !Number.isNaN(Date.parse(value))), {
    message: "Enter a real date, for example 2027-03-31.",
  });

export const staffRoleField = z.enum(staffRoles, { error: "Choose a role." });

/**
 * The head-of-centre flag applies only to a centre admin and the end date only to an external
 * verifier. The form hides the other one, but a hidden field still holds what was typed before
 * the role changed; it is dropped here rather than refused, since the person cannot see it.
 */
function withoutInapplicableFields<T extends { role: string; isHeadOfCentre: boolean; expiresOn: string }>(value: T): T {
  return {
    ...value,
    isHeadOfCentre: value.role === "CENTRE_ADMIN" ? value.isHeadOfCentre : false,
    expiresOn: value.role === "EXTERNAL_VERIFIER" ? value.expiresOn : "",
  };
}

/** The fields a staff form shows for a role: only these may carry an error message. */
export function visibleStaffFields(role: string): ("role" | "isHeadOfCentre" | "expiresOn")[] {
  return [
    "role",
    ...(role === "CENTRE_ADMIN" ? (["isHeadOfCentre"] as const) : []),
    ...(role === "EXTERNAL_VERIFIER" ? (["expiresOn"] as const) : []),
  ];
}

/** Inviting a person: the name the admin knows them by, where to send the invitation, the role offered. */
export const inviteStaffMemberSchema = z
  .object({
    name: textField({ max: 120, required: "Enter the person's full name." }),
    email: emailField(),
    role: staffRoleField,
    isHeadOfCentre: z.boolean(),
    expiresOn: optionalDateField,
  })
  .transform(withoutInapplicableFields);
export type InviteStaffMemberInput = z.input<typeof inviteStaffMemberSchema>;

const membershipRef = {
  membershipId: z.uuid("Not found."),
  /** The version the person saw; a newer one in the database means someone else changed it. */
  version: z.number().int().positive(),
};

export const changeStaffRoleSchema = z
  .object({
    ...membershipRef,
    role: staffRoleField,
    isHeadOfCentre: z.boolean(),
    expiresOn: optionalDateField,
  })
  .transform(withoutInapplicableFields);
export type ChangeStaffRoleInput = z.input<typeof changeStaffRoleSchema>;

export const staffMembershipRefSchema = z.object(membershipRef);
export type StaffMembershipRef = z.input<typeof staffMembershipRefSchema>;

/** Resending or withdrawing one of the centre's pending invitations. */
export const invitationRefSchema = z.object({ invitationId: z.uuid("Not found.") });
export type InvitationRef = z.input<typeof invitationRefSchema>;

/** Which row of a staff member's assessor record a centre admin verifies: a qualification or a unit they are competent to assess. */
export const staffRecordKinds = ["qualification", "competence"] as const;

/**
 * A centre admin verifies a row of a staff member's assessor record: they have seen the
 * certificate or CV (handbook 4.2, 5.20.2). claimSha256 is the row as the admin was shown it: a
 * row the person changed since is refused, so what is verified is what was seen.
 */
export const verifyStaffRecordSchema = z.object({
  membershipId: z.uuid("Not found."),
  kind: z.enum(staffRecordKinds, { error: "Not found." }),
  rowId: z.uuid("Not found."),
  claimSha256: z.string().regex(/^[0-9a-f]{64}$/, "Reload the page and verify again."),
});
export type VerifyStaffRecordInput = z.input<typeof verifyStaffRecordSchema>;

/** A centre admin withdraws the centre's verification of a row (the proof turned out wrong, or was never kept). */
export const withdrawStaffRecordVerificationSchema = z.object({
  membershipId: z.uuid("Not found."),
  kind: z.enum(staffRecordKinds, { error: "Not found." }),
  rowId: z.uuid("Not found."),
});
export type WithdrawStaffRecordVerificationInput = z.input<typeof withdrawStaffRecordVerificationSchema>;
