import { z } from "zod";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import { invitationValidDays, newInvitationToken } from "@/lib/invitations/invitation-token";
import { addDays } from "@/lib/format/dates";
import { AppError } from "@/lib/errors/app-error";
import { loadStaffMembership } from "./membership-changes";

export const reissueInvitationSchema = z.object({ membershipId: z.uuid("Not found.") });

/**
 * A new one-time link for someone who has not set a password yet (the first was lost or expired).
 * Earlier links from this centre stop working, so only the newest one can be used.
 */
export const reissueInvitation = defineCentreAction({
  name: "staff.reissueInvitation",
  audit: { label: "Issued a new invitation link", summary: auditSummary<{ person: string; earlierLinksWithdrawn: number }>() },
  input: reissueInvitationSchema,
  permission: "staff.manage",
  async handler(input, { tx, access, now, audit }) {
    const membership = await loadStaffMembership(tx, access, input.membershipId);
    if (membership.user.passwordHash) {
      throw new AppError("CONFLICT", `${membership.user.name} has already set a password and can sign in.`);
    }
    // Only the centre that holds every role of an unclaimed account may hand out its link.
    if ((await tx.membership.count({ where: { userId: membership.userId, centreId: { not: access.workspace.centreId } } })) > 0) {
      throw new AppError("CONFLICT", `${membership.user.name} also has a role at another centre, so a new link cannot be issued here.`);
    }
    if (membership.status !== "ACTIVE") {
      throw new AppError("CONFLICT", "Reactivate this membership before inviting the person again.");
    }
    const { count: withdrawn } = await tx.invitation.updateMany({
      where: { centreId: access.workspace.centreId, userId: membership.userId, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const { token, tokenHash } = newInvitationToken();
    await tx.invitation.create({
      data: {
        centreId: access.workspace.centreId,
        userId: membership.userId,
        tokenHash,
        createdById: access.userId,
        expiresAt: addDays(now, invitationValidDays),
      },
    });
    await audit({
      targetType: "Membership",
      targetId: membership.id,
      summary: { person: membership.user.email, earlierLinksWithdrawn: withdrawn },
    });
    return { invitationToken: token, name: membership.user.name };
  },
});
