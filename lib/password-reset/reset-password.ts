import "server-only";
import { consumeAccountToken } from "@/lib/account-tokens/account-tokens";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import { hashPassword } from "@/lib/auth/password-hashing";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endAllSessions } from "@/lib/auth/sessions";
import { clearAddressLocks } from "@/lib/auth/sign-in-attempts";
import { AppError } from "@/lib/errors/app-error";
import { resetPasswordSchema } from "./schemas";

export const resetLinkNotWorking =
  "This link does not work: it may have been used already, replaced by a newer email, or be more than an hour old. Ask for a new one.";

/**
 * Sets a new password from an emailed link (used once, within the hour), signs the account out
 * everywhere (whoever knew the old password is out too) and lifts any sign-in lock on the address. Also how a person
 * who never set a password (an account from before invitations were emailed) sets their first.
 */
export const resetPassword = definePublicAction({
  name: "account.resetPassword",
  audit: { label: "Chose a new password from an emailed link", summary: auditSummary<{ email: string; signedOutEverywhere: boolean }>() },
  input: resetPasswordSchema,
  async handler(input, { tx, now, audit }) {
    // Used up in this transaction: a refused password below rolls it back, so the link still works.
    const used = await consumeAccountToken(tx, { token: input.token, purpose: "PASSWORD_RESET", now });
    if (!used) throw new AppError("NOT_FOUND", resetLinkNotWorking);
    const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { id: true, email: true } });
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });

    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    });
    await endAllSessions(tx, user.id);
    // The link proves the person holds the address: failed sign-ins (a stranger's, say) no longer lock them out.
    await clearAddressLocks(tx, user.email);
    // Any other reset link still in a mailbox stops working.
    await tx.accountToken.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: now } });
    await audit({
      centreId: null,
      actorUserId: user.id,
      targetType: "User",
      targetId: user.id,
      summary: { email: user.email, signedOutEverywhere: true },
    });
    return { email: user.email };
  },
});
