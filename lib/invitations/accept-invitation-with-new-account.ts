import "server-only";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import { listWorkspaces } from "@/lib/auth/access-context";
import { hashPassword } from "@/lib/auth/password-hashing";
import { endAllSessions } from "@/lib/auth/sessions";
import { clearAddressLocks } from "@/lib/auth/sign-in-attempts";
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
 * created together, only now. The link is the proof that they hold the invited address. A person
 * returning to Assay whose every role has ended accepts the same way, with a new password.
 */
export const acceptInvitationWithNewAccount = definePublicAction({
  name: "invitation.acceptWithNewAccount",
  audit: { label: "Accepted an invitation and created an account", summary: auditSummary<InvitationAcceptedSummary>() },
  input: acceptWithNewAccountSchema,
  async handler(input, { tx, now, audit }) {
    const invitation = await findOpenInvitationOrFail(tx, input.token, now);
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    // An account that can sign in is only ever used signed in as it. One whose every role has
    // ended cannot sign in, so its owner, proven by the link sent to the address as a reset link
    // would be, chooses a new password here (every old session ends).
    if (existing && (await listWorkspaces(tx, existing.id, now)).length > 0) throw new AppError("CONFLICT", accountExistsMessage);
    const problem = passwordProblem(input.password, invitation.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });
    const passwordHash = await hashPassword(input.password);
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name: input.name, passwordHash, sessionVersion: { increment: 1 } } })
      : await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } });
    if (existing) {
      await endAllSessions(tx, existing.id);
      await clearAddressLocks(tx, invitation.email);
    }
    await closeInvitation(tx, invitation, "ACCEPTED", user.id, now);
    const membership = await grantInvitedMembership(tx, invitation, user.id, now);
    await audit({
      centreId: invitation.centreId,
      actorUserId: user.id,
      targetType: "Membership",
      targetId: membership.id,
      summary: acceptedSummary(invitation, !existing),
    });
    return { email: invitation.email };
  },
});
