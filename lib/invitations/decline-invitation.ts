import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { closeInvitation, findOpenInvitationForAccount } from "./invitation-response";
import { invitationResponseSchema } from "./schemas";

/** A person with an account turns an invitation down, signed in as the account it was sent to. */
export const declineInvitation = definePersonalAction({
  name: "invitation.decline",
  audit: { label: "Declined an invitation", summary: auditSummary<{ email: string; role: string }>() },
  input: invitationResponseSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const invitation = await findOpenInvitationForAccount(tx, input.token, now, access.userId);
    await closeInvitation(tx, invitation, "DECLINED", access.userId, now);
    await audit({
      centreId: invitation.centreId,
      targetType: "Invitation",
      targetId: invitation.id,
      summary: { email: invitation.email, role: invitation.role },
    });
    return { centreName: invitation.centre.name };
  },
});
