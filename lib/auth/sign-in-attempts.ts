import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import {
  addressLockStarted,
  defaultSignInThrottlePolicy,
  noFailures,
  signInDecision,
  statesAfterFailure,
  type SignInDecision,
  type SignInState,
  type SignInStates,
  type SignInThrottlePolicy,
  type ThrottleScope,
} from "./sign-in-throttle";

// Every password check (signing in, or confirming the current password) is counted *before*
// the password is compared, in each scope of lib/auth/sign-in-throttle.ts, in a transaction of its
// own so it is kept even when the caller's work rolls back. Parallel guesses therefore cannot get
// past a lock, and unknown emails are throttled exactly like real ones. A success clears only the
// address-from-this-client count: a client's or an address's count is not the owner's to reset.

export function emailHashOf(normalisedEmail: string): string {
  return createHash("sha256").update(normalisedEmail).digest("hex");
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Who is checking a password: the address, and the client it comes from when known. */
export type PasswordCheck = { email: string; client: string | null };

type Row = { key: string; scope: ThrottleScope; addressHash: string | null };

function rowsOf(check: PasswordCheck): Row[] {
  const addressHash = emailHashOf(check.email);
  // A check with no known client (e.g. confirming the current password while signed in) is
  // counted for the address under a client of its own.
  const client = check.client ?? "(no client)";
  const rows: Row[] = [
    { key: `pair:${sha256(`${addressHash}\n${client}`)}`, scope: "pair", addressHash },
    { key: `address:${addressHash}`, scope: "address", addressHash },
  ];
  if (check.client) rows.push({ key: `client:${sha256(check.client)}`, scope: "client", addressHash: null });
  // Rows are always locked in the same order, so two checks never wait for each other in a cycle.
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

export type SignInAttempt = {
  decision: SignInDecision;
  /** The stored states if this attempt turns out wrong (already written). */
  ifWrong: SignInStates;
  /** The lock a wrong password now starts on the address, if any (time to email an unlock link). */
  lockStartsIfWrong: Date | null;
};

export async function reservePasswordAttempt(
  db: PrismaClient,
  check: PasswordCheck,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): Promise<SignInAttempt> {
  const rows = rowsOf(check);
  return db.$transaction(async (tx) => {
    let inserted = 0;
    for (const row of rows) {
      inserted += await tx.$executeRaw`
        INSERT INTO "SignInThrottle" ("key", "addressHash", "updatedAt") VALUES (${row.key}, ${row.addressHash}, ${now})
        ON CONFLICT DO NOTHING`;
    }
    // Rows whose failures no longer count are forgotten, so the table does not grow without limit
    // (done only when a row is added, so the work follows the growth).
    if (inserted > 0) {
      const longestWindowMinutes = Math.max(...Object.values(policy).map((scope) => scope.failureWindowMinutes));
      const windowStart = new Date(now.getTime() - longestWindowMinutes * 60_000);
      await tx.$executeRaw`
        DELETE FROM "SignInThrottle"
        WHERE "updatedAt" < ${windowStart} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;
    }
    const keys = rows.map((row) => row.key);
    const stored = await tx.$queryRaw<(SignInState & { key: string })[]>`
      SELECT "key", "failedSignInCount", "windowStartedAt", "lockedUntil" FROM "SignInThrottle"
      WHERE "key" = ANY(${keys}) ORDER BY "key" FOR UPDATE`;
    const stateOf = (key: string): SignInState => {
      const row = stored.find((s) => s.key === key);
      return row
        ? { failedSignInCount: row.failedSignInCount, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil }
        : noFailures;
    };
    const states = Object.fromEntries(rows.map((row) => [row.scope, stateOf(row.key)])) as SignInStates;
    const decision = signInDecision(states, now, policy);
    if (decision.status === "locked") return { decision, ifWrong: states, lockStartsIfWrong: null };
    const ifWrong = statesAfterFailure(states, now, policy);
    for (const row of rows) {
      const state = ifWrong[row.scope]!;
      await tx.signInThrottle.update({ where: { key: row.key }, data: state });
    }
    return { decision, ifWrong, lockStartsIfWrong: addressLockStarted(states, ifWrong, now) };
  });
}

/** After a right password: the address's count from this client starts again. */
export async function clearPasswordAttempts(db: Pick<Prisma.TransactionClient, "signInThrottle">, check: PasswordCheck) {
  const pair = rowsOf(check).find((row) => row.scope === "pair")!;
  await db.signInThrottle.deleteMany({ where: { key: pair.key } });
}

/** An unlock link was used: every lock and count on the address goes, from every client. */
export async function clearAddressLocks(db: Pick<Prisma.TransactionClient, "signInThrottle">, normalisedEmail: string) {
  await db.signInThrottle.deleteMany({ where: { addressHash: emailHashOf(normalisedEmail) } });
}
