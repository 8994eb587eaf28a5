import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { newOneTimeToken } from "@/lib/account-tokens/one-time-token";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { AppError } from "@/lib/errors/app-error";
import { addDays } from "@/lib/format/dates";
import { invitationValidDays } from "@/lib/invitations/invitation-token";
import { assertPending, invitationMessage, loadCentreInvitation } from "./invitation-changes";
import { invitationRefSchema } from "./schemas";

/**
 * Sends one of this centre's pending invitations again, with a new link and a new expiry; the
 * earlier link stops working. It only ever emails the invited address: it grants nothing and
 * never touches an account (an existing account accepts only when signed in as itself).
 */
export const resendInvitation = defineCentreAction({
  name: "staff.resendInvitation",
  audit: { label: "Resent an invitation", summary: auditSummary<{ email: string; role: string }>() },
  input: invitationRefSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const invitation = await loadCentreInvitation(tx, access, input.invitationId);
    assertPending(invitation);
    const { token, tokenHash } = newOneTimeToken();
    const expiresAt = addDays(now, invitationValidDays);
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, status: "PENDING" },
      data: { tokenHash, expiresAt, sentAt: now },
    });
    if (count !== 1) throw new AppError("STALE");
    await audit({ targetType: "Invitation", targetId: invitation.id, summary: { email: invitation.email, role: invitation.role } });
    const emailDelivery = sendAfterCommit(afterCommit, invitationMessage(access, invitation, { token, expiresAt }));
    return { email: invitation.email, emailDelivery };
  },
});
