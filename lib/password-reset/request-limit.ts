import "server-only";
import { createHash } from "node:crypto";
import { getPrisma } from "@/lib/db/client";

// "Forgot your password?" is limited per account (request-password-reset.ts) and, here, per
// client, so that one client cannot send reset emails to address after address. Counted in a
// transaction of its own, before the request is looked at, so that requests for unknown
// addresses count too; kept in the sign-in throttle's table under keys of their own.

export const passwordResetRequestsPerClientPerHour = 10;
const hourMs = 60 * 60 * 1000;

/** Counts one request from the client; false when it has asked too often within the hour. */
export async function countPasswordResetRequest(client: string | null, now: Date = new Date()): Promise<boolean> {
  if (!client) return true;
  const key = `reset-client:${createHash("sha256").update(client).digest("hex")}`;
  return getPrisma().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "updatedAt") VALUES (${key}, ${now}) ON CONFLICT DO NOTHING`;
    const [row] = await tx.$queryRaw<{ failedSignInCount: number; windowStartedAt: Date | null }[]>`
      SELECT "failedSignInCount", "windowStartedAt" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const windowStartedAt = row?.windowStartedAt && now.getTime() - row.windowStartedAt.getTime() < hourMs ? row.windowStartedAt : now;
    const count = windowStartedAt === now ? 0 : (row?.failedSignInCount ?? 0);
    if (count >= passwordResetRequestsPerClientPerHour) return false;
    await tx.signInThrottle.update({ where: { key }, data: { failedSignInCount: count + 1, windowStartedAt } });
    return true;
  });
}
