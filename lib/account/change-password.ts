import "server-only";
import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hashing";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endAllSessions } from "@/lib/auth/sessions";
import { changePasswordSchema } from "./schemas";
import { clearPasswordAttempts, recordWrongPassword, reservePasswordAttempt } from "@/lib/auth/sign-in-attempts";
import { passwordChecksLockedMessage as lockedMessage } from "@/lib/auth/sign-in-messages";

export const changePassword = definePersonalAction({
  name: "account.changePassword",
  audit: { label: "Changed their password", summary: auditSummary<{ email: string }>() },
  input: changePasswordSchema,
  permission: "home.view",
  async handler(input, { tx, access, now, audit }) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: access.userId } });
    // Counted like a sign-in, outside this transaction so a wrong guess is kept: someone holding
    // a stolen session must not get unlimited guesses at the password.
    const check = { email: user.email, client: null };
    const attempt = await reservePasswordAttempt(getPrisma(), check, now);
    const lockedUntil = attempt.decision.status === "locked" ? attempt.decision.until : null;
    if (lockedUntil) throw new AppError("INVALID_INPUT", undefined, { currentPassword: [lockedMessage(lockedUntil)] });
    const { matches } = await verifyPassword(input.currentPassword, user.passwordHash);
    if (!matches) {
      const wrong = await recordWrongPassword(getPrisma(), attempt);
      const message = wrong.decision.status === "locked" ? lockedMessage(wrong.decision.until) : "That is not your current password.";
      throw new AppError("INVALID_INPUT", undefined, { currentPassword: [message] });
    }
    await clearPasswordAttempts(tx, check);
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });
    if (input.password === input.currentPassword) {
      throw new AppError("INVALID_INPUT", undefined, { password: ["Choose a password different from your current one."] });
    }
    // Every session of the person ends (a stolen one included): a new session version and no
    // session rows left. The form signs this one in again with the new password.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    });
    await endAllSessions(tx, user.id);
    // A person's password is theirs, not a centre's: recorded on the platform chain.
    await audit({ centreId: null, targetType: "User", targetId: user.id, summary: { email: user.email } });
    return { changed: true, email: user.email };
  },
});
