"use server";

import { acceptInvitation, type AcceptInvitationInput } from "@/lib/auth/accept-invitation";
import { performPublicAction } from "@/lib/actions/perform-action";

export async function acceptInvitationAction(input: AcceptInvitationInput) {
  return performPublicAction(acceptInvitation, input);
}
