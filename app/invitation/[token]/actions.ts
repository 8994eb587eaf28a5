"use server";

import { performAction, performPublicAction } from "@/lib/actions/perform-action";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import type { AcceptWithNewAccountInput, InvitationResponseInput } from "@/lib/invitations/schemas";

export async function acceptInvitationWithNewAccountAction(input: AcceptWithNewAccountInput) {
  return performPublicAction(acceptInvitationWithNewAccount, input);
}

export async function acceptInvitationAction(input: InvitationResponseInput) {
  return performAction(acceptInvitation, input);
}

export async function declineInvitationAction(input: InvitationResponseInput) {
  return performAction(declineInvitation, input);
}
