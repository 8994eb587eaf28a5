import bcrypt from "bcryptjs";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashInvitationToken } from "./invitation-token";
import { passwordHashCost, passwordProblem } from "@/lib/auth/password-policy";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/auth/auth-schemas";

export { acceptInvitationSchema, type AcceptInvitationInput };

const invalidLink = "This invitation link is not valid or has expired. Ask your centre admin for a new one.";

/** Finds a usable invitation by its token; the token itself is the access check. */
export async function unsafeFindOpenInvitation(db: Pick<Prisma.TransactionClient, "invitation">, token: string, now: Date) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { user: true, centre: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now || invitation.user.passwordHash) return null;
  return invitation;
}

export const acceptInvitation = definePublicAction({
  name: "invitation.accept",
  audit: { label: "Set their password from an invitation", summary: auditSummary<{ email: string; passwordSet: boolean }>() },
  input: acceptInvitationSchema,
  async handler(input, { tx, now, audit }) {
    const invitation = await unsafeFindOpenInvitation(tx, input.token, now);
    if (!invitation) throw new AppError("NOT_FOUND", invalidLink);
    const problem = passwordProblem(input.password, invitation.user.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });
    // Marking it accepted only if still open makes a double submit harmless.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", invalidLink);
    // Any other open link for this person, from any centre, stops working now.
    await tx.invitation.updateMany({
      where: { userId: invitation.userId, acceptedAt: null, id: { not: invitation.id } },
      data: { expiresAt: now },
    });
    // A link never replaces a password already set (by another link accepted a moment ago, say):
    // it is for the first sign-in only.
    const { count: set } = await tx.user.updateMany({
      where: { id: invitation.userId, passwordHash: null },
      data: { passwordHash: await bcrypt.hash(input.password, passwordHashCost), sessionVersion: { increment: 1 } },
    });
    if (set !== 1) throw new AppError("NOT_FOUND", invalidLink);
    await audit({
      centreId: invitation.centreId,
      actorUserId: invitation.userId,
      targetType: "User",
      targetId: invitation.userId,
      summary: { email: invitation.user.email, passwordSet: true },
    });
    return { email: invitation.user.email };
  },
});
