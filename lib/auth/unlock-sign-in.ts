import "server-only";
import { z } from "zod";
import {
  consumeAccountToken,
  countAccountTokensSince,
  findUsableAccountToken,
  issueAccountToken,
} from "@/lib/account-tokens/account-tokens";
import { auditSummary, definePublicAction } from "@/lib/actions/define-action";
import { getPrisma, type Prisma } from "@/lib/db/client";
import { appUrl } from "@/lib/email/app-url";
import type { EmailMessage } from "@/lib/email/send-email";
import { unlockSignInEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors/app-error";
import { clearAddressLocks } from "./sign-in-attempts";

// When failed sign-ins lock an address, its owner (if an account has it) is emailed a one-time
// link that lifts every lock on the address, so a stranger's guesses cannot keep them out.

/** At most one unlock email per account in this many minutes, however often the address is locked. */
export const unlockLinkIntervalMinutes = 15;

export function unlockSignInPath(token: string): string {
  return `/unlock-sign-in/${token}`;
}

/**
 * Issues an unlock link for the account inside the caller's transaction and returns the email to
 * send once it has committed, or null when one was sent less than unlockLinkIntervalMinutes ago.
 */
export async function issueUnlockLink(
  tx: Prisma.TransactionClient,
  account: { userId: string; email: string },
  now: Date,
): Promise<EmailMessage | null> {
  // Locks starting at once for one account wait for each other, so only one email goes.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`unlock-sign-in:${account.userId}`}))`;
  const since = new Date(now.getTime() - unlockLinkIntervalMinutes * 60_000);
  if ((await countAccountTokensSince(tx, { userId: account.userId, purpose: "UNLOCK_SIGN_IN", since })) > 0) return null;
  const { token, expiresAt } = await issueAccountToken(tx, { userId: account.userId, purpose: "UNLOCK_SIGN_IN", now });
  return { to: account.email, ...unlockSignInEmail({ link: appUrl(unlockSignInPath(token)), expiresAt }) };
}

export const unlockLinkNotWorking =
  "This link does not work: it may have been used already, replaced by a newer email, or be more than an hour old. If sign-in is still locked, wait until the time it shows, or reset your password.";

export const unlockSignInSchema = z.object({ token: z.string().min(1).max(200) });

/** Uses an emailed unlock link: every lock and count on the account's address is cleared. */
export const unlockSignIn = definePublicAction({
  name: "auth.unlockSignIn",
  audit: { label: "Unlocked sign-in from an emailed link", summary: auditSummary<{ email: string }>() },
  input: unlockSignInSchema,
  async handler(input, { tx, now, audit }) {
    const used = await consumeAccountToken(tx, { token: input.token, purpose: "UNLOCK_SIGN_IN", now });
    if (!used) throw new AppError("NOT_FOUND", unlockLinkNotWorking);
    const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { id: true, email: true } });
    await clearAddressLocks(tx, user.email);
    // A person's sign-in is theirs, not a centre's: the platform chain.
    await audit({ centreId: null, actorUserId: user.id, targetType: "User", targetId: user.id, summary: { email: user.email } });
    return { email: user.email };
  },
});

/** Whether an unlock link still works, for the page that offers the button (the token is the only key). */
export async function unsafeUnlockLinkWorks(token: string, now: Date = new Date()): Promise<boolean> {
  return (await findUsableAccountToken(getPrisma(), { token, purpose: "UNLOCK_SIGN_IN", now })) !== null;
}
