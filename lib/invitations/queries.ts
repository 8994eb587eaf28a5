import "server-only";
import { listWorkspaces } from "@/lib/auth/access-context";
import { hashOneTimeToken, isWellFormedToken } from "@/lib/account-tokens/one-time-token";
import { getPrisma, type Prisma } from "@/lib/db/client";

type Db = Pick<Prisma.TransactionClient, "invitation">;

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof unsafeFindOpenInvitation>>>;

/**
 * A pending, unexpired invitation found by the token of its emailed link. The token is the only
 * check (hence "unsafe"): whoever holds the link may see what it offers, and accepting it still
 * requires the invited address's account or a new one for that address.
 */
export async function unsafeFindOpenInvitation(db: Db, token: string, now: Date) {
  if (!isWellFormedToken(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashOneTimeToken(token), status: "PENDING", expiresAt: { gt: now } },
    select: {
      id: true,
      centreId: true,
      email: true,
      name: true,
      role: true,
      isHeadOfCentre: true,
      accessEndsOn: true,
      expiresAt: true,
      centre: { select: { name: true } },
    },
  });
}

/**
 * What the invitation page shows: the open invitation, and whether an account already uses its
 * address (then the person must sign in as it) and has a password (otherwise they set one
 * through "Forgot your password?"). The page is only reachable with the emailed link.
 */
export async function unsafeInvitationPageState(token: string, now: Date = new Date()) {
  const db = getPrisma();
  const invitation = await unsafeFindOpenInvitation(db, token, now);
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true, passwordHash: true } });
  return {
    invitation,
    account: account
      ? {
          userId: account.id,
          hasPassword: account.passwordHash !== null,
          // A returning person whose every role has ended cannot sign in; they accept with the link.
          canSignIn: (await listWorkspaces(db, account.id, now)).length > 0,
        }
      : null,
  };
}
