import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { sendAfterCommit } from "@/lib/email/send-after-commit";
import { createInvitation } from "@/lib/invitations/create-invitation";
import type { StaffInvitedSummary } from "./audit-summaries";
import { assertNotAlreadyStaffOrInvited } from "./invitation-changes";
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

    const offer = { email: input.email, name: input.name, role: input.role, isHeadOfCentre: input.isHeadOfCentre, accessEndsOn };
    const { invitation, message } = await createInvitation(tx, access, offer, now);
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
    const emailDelivery = sendAfterCommit(afterCommit, message);
    return { email: input.email, emailDelivery };
  },
});
