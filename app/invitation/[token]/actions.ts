"use server";

import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import type { AcceptInvitationInput } from "@/lib/auth/auth-schemas";
import { performPublicAction } from "@/lib/actions/perform-action";

export async function acceptInvitationAction(input: AcceptInvitationInput) {
  return performPublicAction(acceptInvitation, input);
}
