import "server-only";
import type { Prisma } from "@/lib/db/client";
import { hashOneTimeToken, isWellFormedToken, newOneTimeToken } from "./one-time-token";

// One-time links emailed to the owner of an account. Issuing returns the token once (for the
// email); consuming marks it used in the same statement that checks it, so a link works once
// even when two requests race.

type Db = Pick<Prisma.TransactionClient, "accountToken">;

/** Mirrors the AccountTokenPurpose enum of prisma/schema.prisma. */
export type AccountTokenPurpose = "PASSWORD_RESET" | "UNLOCK_SIGN_IN";

/** How long each kind of link works. */
export const accountTokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60 * 1000,
  UNLOCK_SIGN_IN: 60 * 60 * 1000,
};

/**
 * Creates a link for the person and withdraws their earlier unused links of the same purpose, so
 * only the newest email works. Returns the token: it is not stored and cannot be read again.
 */
export async function issueAccountToken(
  tx: Db,
  options: { userId: string; purpose: AccountTokenPurpose; now: Date; lifetimeMs?: number },
): Promise<{ token: string; expiresAt: Date }> {
  const { userId, purpose, now } = options;
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newOneTimeToken();
  const expiresAt = new Date(now.getTime() + (options.lifetimeMs ?? accountTokenLifetimeMs[purpose]));
  await tx.accountToken.create({ data: { userId, purpose, tokenHash, expiresAt } });
  return { token, expiresAt };
}

/** How many links of this purpose the person was sent since the given moment (for throttling). */
export async function countAccountTokensSince(
  tx: Db,
  options: { userId: string; purpose: AccountTokenPurpose; since: Date },
): Promise<number> {
  return tx.accountToken.count({ where: { userId: options.userId, purpose: options.purpose, createdAt: { gte: options.since } } });
}

/**
 * Uses a link: succeeds once, for an unused, unexpired token of this purpose, and returns whose
 * account it is; null for anything else (unknown, used, expired, another purpose).
 */
export async function consumeAccountToken(
  tx: Db,
  options: { token: string; purpose: AccountTokenPurpose; now: Date },
): Promise<{ userId: string } | null> {
  if (!isWellFormedToken(options.token)) return null;
  const tokenHash = hashOneTimeToken(options.token);
  const where = { tokenHash, purpose: options.purpose, usedAt: null, expiresAt: { gt: options.now } };
  const { count } = await tx.accountToken.updateMany({ where, data: { usedAt: options.now } });
  if (count !== 1) return null;
  const used = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return { userId: used.userId };
}

/** Whether a link would still work, without using it (to show the form or "this link does not work"). */
export async function findUsableAccountToken(
  db: Db,
  options: { token: string; purpose: AccountTokenPurpose; now: Date },
): Promise<{ userId: string; expiresAt: Date } | null> {
  if (!isWellFormedToken(options.token)) return null;
  return db.accountToken.findFirst({
    where: { tokenHash: hashOneTimeToken(options.token), purpose: options.purpose, usedAt: null, expiresAt: { gt: options.now } },
    select: { userId: true, expiresAt: true },
  });
}
