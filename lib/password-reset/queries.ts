import "server-only";
import { findUsableAccountToken } from "@/lib/account-tokens/account-tokens";
import { getPrisma } from "@/lib/db/client";

/**
 * Whether a reset link still works, for the page that shows the form or "this link does not work".
 * The token is the only check (hence "unsafe"); nothing about the account is returned.
 */
export async function unsafeResetLinkWorks(token: string, now: Date = new Date()): Promise<boolean> {
  return (await findUsableAccountToken(getPrisma(), { token, purpose: "PASSWORD_RESET", now })) !== null;
}
