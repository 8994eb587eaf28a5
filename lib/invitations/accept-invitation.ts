import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { workspaceKey } from "@/lib/auth/access-context";
import {
  acceptedSummary,
  closeInvitation,
  findOpenInvitationForAccount,
  grantInvitedMembership,
  type InvitationAcceptedSummary,
} from "./invitation-response";
import { offeredRoleLabel } from "./offered-role";
import { invitationResponseSchema } from "./schemas";

/**
 * A person who already has an account accepts, signed in as the account the invitation was sent
 * to: they gain the role at the centre. Their password and other roles are not touched.
 */
export const acceptInvitation = definePersonalAction({
  name: "invitation.accept",
  audit: { label: "Accepted an invitation", summary: auditSummary<InvitationAcceptedSummary>() },
  input: invitationResponseSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const invitation = await findOpenInvitationForAccount(tx, input.token, now, access.userId);
    await closeInvitation(tx, invitation, "ACCEPTED", access.userId, now);
    const membership = await grantInvitedMembership(tx, invitation, access.userId, now);
    await audit({
      centreId: invitation.centreId,
      targetType: "Membership",
      targetId: membership.id,
      summary: acceptedSummary(invitation, false),
    });
    return {
      centreName: invitation.centre.name,
      role: offeredRoleLabel(invitation),
      workspaceKey: workspaceKey.centre(invitation.centreId),
    };
  },
});
