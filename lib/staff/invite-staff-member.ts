import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { newOneTimeToken } from "@/lib/account-tokens/one-time-token";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { addDays } from "@/lib/format/dates";
import { invitationValidDays } from "@/lib/invitations/invitation-token";
import type { StaffInvitedSummary } from "./audit-summaries";
import { assertNotAlreadyStaffOrInvited, invitationMessage } from "./invitation-changes";
import { assertValidStaffMembership, toExpiryDate } from "./membership-changes";
import { inviteStaffMemberSchema } from "./schemas";

/**
 * Invites a person to a role at the centre by email. Nothing is granted yet: no account and no
 * membership exist until they accept (lib/invitations). The answer is the same whether or not
 * the address already has an Assay account, and never shows who owns it or where else they work.
 */
export const inviteStaffMember = defineCentreAction({
  name: "staff.invite",
  audit: { label: "Invited a staff member", summary: auditSummary<StaffInvitedSummary>() },
  input: inviteStaffMemberSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit, afterCommit }) {
    const accessEndsOn = toExpiryDate(input.expiresOn);
    assertValidStaffMembership({ role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn: accessEndsOn }, now);
    await assertNotAlreadyStaffOrInvited(tx, access, input);

    const { token, tokenHash } = newOneTimeToken();
    const offer = { email: input.email, name: input.name, role: input.role, isHeadOfCentre: input.isHeadOfCentre, accessEndsOn };
    const invitation = await tx.invitation.create({
      data: {
        ...offer,
        centreId: access.workspace.centreId,
        tokenHash,
        expiresAt: addDays(now, invitationValidDays),
        sentAt: now,
        createdById: access.userId,
      },
    });
    await audit({
      targetType: "Invitation",
      targetId: invitation.id,
      summary: {
        after: {
          name: input.name,
          email: input.email,
          role: input.role,
          isHeadOfCentre: input.isHeadOfCentre,
          expiresOn: input.expiresOn || null,
        },
      },
    });
    const emailDelivery = sendAfterCommit(afterCommit, invitationMessage(access, offer, { token, expiresAt: invitation.expiresAt }));
    return { email: input.email, emailDelivery };
  },
});
