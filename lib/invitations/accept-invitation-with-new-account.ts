import "server-only";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import { hashPassword } from "@/lib/auth/password-hashing";
import { passwordProblem } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors/app-error";
import {
  acceptedSummary,
  closeInvitation,
  findOpenInvitationOrFail,
  grantInvitedMembership,
  type InvitationAcceptedSummary,
} from "./invitation-response";
import { acceptWithNewAccountSchema } from "./schemas";

export const accountExistsMessage = "An Assay account already uses this email address. Sign in as it to accept the invitation.";

/**
 * A person new to Assay accepts: the account (their name and password) and the membership are
 * created together, only now. The link is the proof that they hold the invited address.
 */
export const acceptInvitationWithNewAccount = definePublicAction({
  name: "invitation.acceptWithNewAccount",
  audit: { label: "Accepted an invitation and created an account", summary: auditSummary<InvitationAcceptedSummary>() },
  input: acceptWithNewAccountSchema,
  async handler(input, { tx, now, audit }) {
    const invitation = await findOpenInvitationOrFail(tx, input.token, now);
    // An existing account (even one that never set a password) is only ever used signed in as it.
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", accountExistsMessage);
    }
    const problem = passwordProblem(input.password, invitation.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash: await hashPassword(input.password) },
    });
    await closeInvitation(tx, invitation, "ACCEPTED", user.id, now);
    const membership = await grantInvitedMembership(tx, invitation, user.id, now);
    await audit({
      centreId: invitation.centreId,
      actorUserId: user.id,
      targetType: "Membership",
      targetId: membership.id,
      summary: acceptedSummary(invitation, true),
    });
    return { email: invitation.email };
  },
});
