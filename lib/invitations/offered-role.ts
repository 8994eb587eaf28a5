import { roleLabels } from "@/lib/auth/permissions";
import { displayLongDay } from "@/lib/format/dates";

/** The role an invitation offers, in words: "Centre admin and head of centre", "External verifier until 31 March 2027". */
export function offeredRoleLabel(offer: { role: keyof typeof roleLabels; isHeadOfCentre: boolean; accessEndsOn: Date | null }): string {
  const role = roleLabels[offer.role];
  if (offer.isHeadOfCentre) return `${role} and ${roleLabels.HEAD_OF_CENTRE.toLowerCase()}`;
  if (offer.accessEndsOn) return `${role} until ${displayLongDay(offer.accessEndsOn)}`;
  return role;
}

/** What the invitation asks, as a sentence: a candidate is invited to their own record, staff to a role. */
export function invitationSentence(invitation: Parameters<typeof offeredRoleLabel>[0], centreName: string): string {
  if (invitation.role === "CANDIDATE") {
    return `You are registered as a candidate at ${centreName}, and invited to your own Assay account to follow your assessment record.`;
  }
  return `You are invited to work at ${centreName} as ${offeredRoleLabel(invitation)}.`;
}
