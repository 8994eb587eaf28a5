import "server-only";
import { countAccountTokensSince, issueAccountToken } from "@/lib/account-tokens/account-tokens";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import { appUrl } from "@/lib/email/app-url";
import { sendEmail } from "@/lib/email/send-email";
import { passwordResetEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors/app-error";
import { requestPasswordResetSchema } from "./schemas";

/** At most this many reset emails per account per hour, so the form cannot be used to flood a mailbox. */
export const passwordResetLinksPerHour = 3;

/** What everyone who asks is told, whether or not an account uses the address. */
export const passwordResetRequestAnswer =
  "If an account uses that address, we have sent it a link to choose a new password. The link works for one hour. If nothing arrives within a few minutes, check your spam folder or ask your centre admin.";

/** Every answer takes at least this long, so the time taken does not tell whether a link was sent. */
export const passwordResetAnswerMinimumMs = 400;

export function resetPasswordPath(token: string): string {
  return `/reset-password/${token}`;
}

// Thrown when no link goes out (unknown address, too many links this hour): nothing is written,
// so nothing is audited, and the caller turns it into the same answer as a sent link.
const noLinkSent = () => new AppError("NOT_FOUND", "No link was sent.");

/**
 * Emails a one-time link to choose a new password to the account that uses the address, if any.
 * The email goes after the commit and is not waited for, so the answer takes the same time either
 * way; a failed send is logged for operators (telling the person would tell them the account exists).
 */
export const requestPasswordReset = definePublicAction({
  name: "account.requestPasswordReset",
  audit: { label: "Asked for a password reset link", summary: auditSummary<{ email: string }>() },
  input: requestPasswordResetSchema,
  async handler(input, { tx, now, audit, afterCommit }) {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (!user) throw noLinkSent();
    // Requests for one account wait for each other, so the hourly count cannot be raced past.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${user.id}`}))`;
    const since = new Date(now.getTime() - 60 * 60 * 1000);
    if ((await countAccountTokensSince(tx, { userId: user.id, purpose: "PASSWORD_RESET", since })) >= passwordResetLinksPerHour) {
      throw noLinkSent();
    }
    const { token, expiresAt } = await issueAccountToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", now });
    // A person's password is theirs, not a centre's: the platform chain. No token in the summary.
    await audit({ centreId: null, actorUserId: null, targetType: "User", targetId: user.id, summary: { email: input.email } });
    const message = { to: input.email, ...passwordResetEmail({ link: appUrl(resetPasswordPath(token)), expiresAt }) };
    afterCommit(() => {
      void sendEmail(message);
    });
    return { message: passwordResetRequestAnswer };
  },
});

/**
 * Runs the request and gives the one answer every address gets (a wrongly typed address is still
 * refused next to the field), no sooner than passwordResetAnswerMinimumMs.
 */
export async function answerPasswordResetRequest(
  request: () => Promise<ActionResult<{ message: string }>>,
  minimumMs = passwordResetAnswerMinimumMs,
): Promise<ActionResult<{ message: string }>> {
  const [result] = await Promise.all([request(), new Promise((resolve) => setTimeout(resolve, minimumMs))]);
  if (result.ok || result.code === "NOT_FOUND") return { ok: true, data: { message: passwordResetRequestAnswer } };
  return result;
}
