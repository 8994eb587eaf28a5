import { roleLabels } from "@/lib/auth/permissions";
import { displayLongDay } from "@/lib/format/dates";

/** The role an invitation offers, in words: "Centre admin and head of centre", "External verifier until 31 March 2027". */
export function offeredRoleLabel(offer: { role: keyof typeof roleLabels; isHeadOfCentre: boolean; accessEndsOn: Date | null }): string {
  const role = roleLabels[offer.role];
  if (offer.isHeadOfCentre) return `${role} and ${roleLabels.HEAD_OF_CENTRE.toLowerCase()}`;
  if (offer.accessEndsOn) return `${role} until ${displayLongDay(offer.accessEndsOn)}`;
  return role;
}
