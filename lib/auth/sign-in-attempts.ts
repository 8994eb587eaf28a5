import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import {
  addressLockStarted,
  defaultSignInThrottlePolicy,
  noFailures,
  signInDecision,
  stateAfterFailure,
  type SignInDecision,
  type SignInState,
  type SignInStates,
  type SignInThrottlePolicy,
  type ThrottleScope,
} from "./sign-in-throttle";

// Every password check (signing in, or confirming the current password) is throttled in the
// scopes of lib/auth/sign-in-throttle.ts, in transactions of their own so the counts are kept even
// when the caller's work rolls back; unknown emails are throttled exactly like real ones.
//  - The address-from-this-client count is taken *before* the password is compared and cleared
//    on success, so parallel guesses at one account cannot get past its lock.
//  - The client's and the address's counts grow only when the password turns out wrong: counting
//    every attempt first would let a class signing in at once behind one school network (all
//    right passwords) block itself. A success never resets them: they are not the owner's to reset.

export function emailHashOf(normalisedEmail: string): string {
  return createHash("sha256").update(normalisedEmail).digest("hex");
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Who is checking a password: the address, and the client it comes from when known. */
export type PasswordCheck = { email: string; client: string | null };

type Row = { key: string; scope: ThrottleScope; addressHash: string | null };

function rowsOf(check: PasswordCheck): { pair: Row; address: Row; client?: Row } {
  const addressHash = emailHashOf(check.email);
  // A check with no known client (e.g. confirming the current password while signed in) is
  // counted for the address under a client of its own.
  const client = check.client ?? "(no client)";
  return {
    pair: { key: `pair:${sha256(`${addressHash}\n${client}`)}`, scope: "pair", addressHash },
    address: { key: `address:${addressHash}`, scope: "address", addressHash },
    ...(check.client ? { client: { key: `client:${sha256(check.client)}`, scope: "client" as const, addressHash: null } } : {}),
  };
}

type Tx = Prisma.TransactionClient;

/** Adds missing rows; rows whose failures no longer count are forgotten when one is added. */
async function ensureRows(tx: Tx, rows: Row[], now: Date, policy: SignInThrottlePolicy) {
  let inserted = 0;
  for (const row of rows) {
    inserted += await tx.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "addressHash", "updatedAt") VALUES (${row.key}, ${row.addressHash}, ${now})
      ON CONFLICT DO NOTHING`;
  }
  // Done only when a row is added, so the work follows the table's growth.
  if (inserted > 0) {
    const longestWindowMinutes = Math.max(...Object.values(policy).map((scope) => scope.failureWindowMinutes));
    const windowStart = new Date(now.getTime() - longestWindowMinutes * 60_000);
    await tx.$executeRaw`
      DELETE FROM "SignInThrottle"
      WHERE "updatedAt" < ${windowStart} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;
  }
}

/** The rows' states, locked for update when asked (always in key order, so no two checks deadlock). */
async function readStates(tx: Tx, rows: Row[], forUpdate: boolean): Promise<Map<string, SignInState>> {
  const keys = rows.map((row) => row.key).sort();
  const stored = forUpdate
    ? await tx.$queryRaw<(SignInState & { key: string })[]>`
        SELECT "key", "failedSignInCount", "windowStartedAt", "lockedUntil" FROM "SignInThrottle"
        WHERE "key" = ANY(${keys}) ORDER BY "key" FOR UPDATE`
    : await tx.$queryRaw<(SignInState & { key: string })[]>`
        SELECT "key", "failedSignInCount", "windowStartedAt", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ANY(${keys})`;
  return new Map(rows.map((row) => [row.key, stored.find((s) => s.key === row.key) ?? noFailures]));
}

function statesOf(rows: ReturnType<typeof rowsOf>, states: Map<string, SignInState>): SignInStates {
  return {
    pair: states.get(rows.pair.key)!,
    address: states.get(rows.address.key)!,
    ...(rows.client ? { client: states.get(rows.client.key)! } : {}),
  };
}

export type SignInAttempt = {
  check: PasswordCheck;
  now: Date;
  policy: SignInThrottlePolicy;
  decision: SignInDecision;
  /** Every scope's state when the attempt was let through. */
  before: SignInStates;
  /** The address-from-this-client count if this attempt turns out wrong (already written). */
  pairIfWrong: SignInState;
};

export async function reservePasswordAttempt(
  db: PrismaClient,
  check: PasswordCheck,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): Promise<SignInAttempt> {
  const rows = rowsOf(check);
  return db.$transaction(async (tx) => {
    await ensureRows(tx, [rows.pair], now, policy);
    const pair = await readStates(tx, [rows.pair], true);
    const others = await readStates(tx, rows.client ? [rows.address, rows.client] : [rows.address], false);
    const before = statesOf(rows, new Map([...pair, ...others]));
    const decision = signInDecision(before, now, policy);
    if (decision.status === "locked") return { check, now, policy, decision, before, pairIfWrong: before.pair };
    const pairIfWrong = stateAfterFailure(before.pair, now, policy.pair);
    await tx.signInThrottle.update({ where: { key: rows.pair.key }, data: pairIfWrong });
    return { check, now, policy, decision, before, pairIfWrong };
  });
}

export type WrongPassword = {
  /** Every scope's state now: locked if this failure started a lock anywhere. */
  decision: SignInDecision;
  /** The address-wide count from every client. */
  addressFailures: number;
  /** The lock this failure started on the address (its own pair, or the address as a whole), if any. */
  addressLockStarted: Date | null;
};

/** The password of a reserved attempt was wrong: counted for the client and the address too. */
export async function recordWrongPassword(db: PrismaClient, attempt: SignInAttempt): Promise<WrongPassword> {
  const rows = rowsOf(attempt.check);
  const { now, policy } = attempt;
  const counted = rows.client ? [rows.address, rows.client] : [rows.address];
  return db.$transaction(async (tx) => {
    await ensureRows(tx, counted, now, policy);
    const current = await readStates(tx, counted, true);
    const after: SignInStates = { pair: attempt.pairIfWrong, address: noFailures };
    const before: SignInStates = { pair: attempt.before.pair, address: noFailures };
    for (const row of counted) {
      const state = current.get(row.key)!;
      const next = stateAfterFailure(state, now, policy[row.scope]);
      await tx.signInThrottle.update({ where: { key: row.key }, data: next });
      before[row.scope] = state;
      after[row.scope] = next;
    }
    return {
      decision: signInDecision(after, now, policy),
      addressFailures: after.address.failedSignInCount,
      addressLockStarted: addressLockStarted(before, after, now),
    };
  });
}

/** After a right password: the address's count from this client starts again. */
export async function clearPasswordAttempts(db: Pick<Prisma.TransactionClient, "signInThrottle">, check: PasswordCheck) {
  await db.signInThrottle.deleteMany({ where: { key: rowsOf(check).pair.key } });
}

/** An unlock link was used: every lock and count on the address goes, from every client. */
export async function clearAddressLocks(db: Pick<Prisma.TransactionClient, "signInThrottle">, normalisedEmail: string) {
  await db.signInThrottle.deleteMany({ where: { addressHash: emailHashOf(normalisedEmail) } });
}
