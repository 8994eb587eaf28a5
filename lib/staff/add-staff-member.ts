import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { invitationValidDays, newInvitationToken } from "@/lib/invitations/invitation-token";
import { addDays } from "@/lib/format/dates";
import type { StaffAddedSummary } from "./audit-summaries";
import { AppError } from "@/lib/errors/app-error";
import { assertValidStaffMembership, toExpiryDate } from "./membership-changes";
import { addStaffMemberSchema } from "./schemas";

/**
 * Adds a person to the centre's staff with a role. A person new to Assay gets an account with no
 * password and a one-time invitation link; someone who already has an account (a freelance
 * assessor working for another centre, say) keeps their one sign-in and gains this membership.
 */
export const addStaffMember = defineCentreAction({
  name: "staff.add",
  audit: { label: "Added a staff member", summary: auditSummary<StaffAddedSummary>() },
  input: addStaffMemberSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit }) {
    const expiresOn = toExpiryDate(input.expiresOn);
    assertValidStaffMembership({ role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn }, now);
    const centreId = access.workspace.centreId;

    const existingUser = await tx.user.findUnique({ where: { email: input.email } });
    if (existingUser) {
      const existing = await tx.membership.findUnique({
        where: { centreId_userId_role: { centreId, userId: existingUser.id, role: input.role } },
      });
      if (existing) {
        const message =
          existing.status === "ACTIVE"
            ? "This person already has that role at this centre."
            : "This person had that role here and was deactivated. Reactivate them from the staff list instead.";
        throw new AppError("CONFLICT", message, { email: [message] });
      }
      // An account nobody has claimed yet is controlled by its invitation link, which another
      // centre holds: attaching this centre's records to it would hand them to that centre.
      if (!existingUser.passwordHash && (await tx.membership.count({ where: { userId: existingUser.id, centreId: { not: centreId } } })) > 0) {
        const message = "This person was invited by another centre and has not set their password yet. Add them once they have signed in.";
        throw new AppError("CONFLICT", message, { email: [message] });
      }
    }

    const user = existingUser ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));
    const membership = await tx.membership.create({
      data: { centreId, userId: user.id, role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn },
    });

    // Only a new account gets a link; an existing one signs in as it already does (or, if this
    // centre invited it earlier, uses that link or a reissued one).
    let invitationToken: string | null = null;
    if (!existingUser) {
      const { token, tokenHash } = newInvitationToken();
      await tx.invitation.create({
        data: {
          centreId,
          userId: user.id,
          tokenHash,
          createdById: access.userId,
          expiresAt: addDays(now, invitationValidDays),
        },
      });
      invitationToken = token;
    }

    await audit({
      targetType: "Membership",
      targetId: membership.id,
      summary: {
        after: { name: user.name, email: user.email, role: input.role, isHeadOfCentre: input.isHeadOfCentre, expiresOn: input.expiresOn || null },
        newAccount: !existingUser,
      },
    });
    return { membershipId: membership.id, name: user.name, invitationToken };
  },
});
