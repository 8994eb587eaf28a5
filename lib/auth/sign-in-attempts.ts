import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import {
  defaultSignInThrottlePolicy,
  signInDecision,
  stateAfterFailedSignIn,
  type SignInDecision,
  type SignInState,
  type SignInThrottlePolicy,
} from "./sign-in-throttle";

// Every password check (signing in, or confirming the current password) is counted against the
// email *before* the password is compared and cleared only on success, in a transaction of its
// own so it is kept even when the caller's work rolls back. Parallel guesses therefore cannot get
// past the lock, and unknown emails are throttled exactly like real ones.

export function emailHashOf(normalisedEmail: string): string {
  return createHash("sha256").update(normalisedEmail).digest("hex");
}

export type SignInAttempt = {
  decision: SignInDecision;
  /** The stored state if this attempt turns out wrong (already written). */
  ifWrong: SignInState;
};

export async function reservePasswordAttempt(
  db: PrismaClient,
  normalisedEmail: string,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): Promise<SignInAttempt> {
  const emailHash = emailHashOf(normalisedEmail);
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("emailHash", "updatedAt") VALUES (${emailHash}, ${now}) ON CONFLICT DO NOTHING`;
    // Rows whose failures no longer count are forgotten, so the table does not grow without limit
    // (done only when a row is added, so the work follows the growth).
    if (inserted > 0) {
      const windowStart = new Date(now.getTime() - policy.failureWindowMinutes * 60_000);
      await tx.$executeRaw`
        DELETE FROM "SignInThrottle"
        WHERE "updatedAt" < ${windowStart} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;
    }
    const [row] = await tx.$queryRaw<SignInState[]>`
      SELECT "failedSignInCount", "lastFailedSignInAt", "lockedUntil" FROM "SignInThrottle"
      WHERE "emailHash" = ${emailHash} FOR UPDATE`;
    const state = row ?? { failedSignInCount: 0, lastFailedSignInAt: null, lockedUntil: null };
    const decision = signInDecision(state, now, policy);
    if (decision.status === "locked") return { decision, ifWrong: state };
    const ifWrong = stateAfterFailedSignIn(state, now, policy);
    await tx.signInThrottle.upsert({
      where: { emailHash },
      create: { emailHash, ...ifWrong },
      update: ifWrong,
    });
    return { decision, ifWrong };
  });
}

export async function clearPasswordAttempts(db: Pick<Prisma.TransactionClient, "signInThrottle">, normalisedEmail: string) {
  await db.signInThrottle.deleteMany({ where: { emailHash: emailHashOf(normalisedEmail) } });
}
