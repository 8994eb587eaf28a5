import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordSystemAuditEvent } from "@/lib/audit/record-system-event";
import type { PrismaClient } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { listWorkspaces } from "./access-context";
import { InFlightLimit } from "./in-flight-limit";
import { hashPassword, verifyPassword } from "./password-hashing";
import { startSession } from "./sessions";
import type { SignInErrorCode } from "./sign-in-messages";
import { clearPasswordAttempts, recordWrongPassword, reservePasswordAttempt } from "./sign-in-attempts";
import { defaultSignInThrottlePolicy, type SignInDecision, type SignInThrottlePolicy } from "./sign-in-throttle";
import { issueUnlockLink } from "./unlock-sign-in";

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number; sessionId: string } }
  | { ok: false; reason: "INVALID" | "NO_ACTIVE_ROLE" }
  /** Too many failures for this email (from this client, or from everywhere). */
  | { ok: false; reason: "LOCKED"; until: Date }
  /** Too many failures from this client, whatever the email. */
  | { ok: false; reason: "CLIENT_LOCKED"; until: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Work the caller may run after the answer has gone out (Next's `after()`); by default it is awaited. */
export type AfterAnswer = (task: () => Promise<void>) => void | Promise<void>;
const runNow: AfterAnswer = (task) => task();

function lockedResult(decision: Extract<SignInDecision, { status: "locked" }>): AuthenticationResult {
  return { ok: false, reason: decision.scope === "client" ? "CLIENT_LOCKED" : "LOCKED", until: decision.until };
}

/** Per app process: 4 password checks at once per client and per address, 200 more in line. */
const passwordChecksInFlight = new InFlightLimit(4, 200);
/** How long a client or address whose line is full is told to wait. */
const busyRetryMs = 60_000;

/**
 * Checks an email and password, throttled per address and client (lib/auth/sign-in-attempts.ts).
 * `client` is the address the request came from (lib/auth/client-address.ts), null if unknown.
 */
export async function authenticate(
  db: PrismaClient,
  credentials: { email: string; password: string },
  options: {
    client?: string | null;
    now?: () => Date;
    sleep?: (ms: number) => Promise<void>;
    policy?: SignInThrottlePolicy;
    afterAnswer?: AfterAnswer;
  } = {},
): Promise<AuthenticationResult> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const policy = options.policy ?? defaultSignInThrottlePolicy;
  const afterAnswer = options.afterAnswer ?? runNow;
  const email = normaliseEmail(credentials.email);
  const check = { email, client: options.client ?? null };
  // The client's and the address's failures are counted once a password has been checked, so
  // parallel guesses wait their turn here instead of all passing the throttle at once.
  const keys = [`address:${email}`, ...(check.client ? [`client:${check.client}`] : [])];
  const checked = await passwordChecksInFlight.run(keys, () =>
    checkPassword(db, credentials.password, check, { now, sleep, policy, afterAnswer }),
  );
  if (checked.status === "done") return checked.value;
  const until = new Date(now().getTime() + busyRetryMs);
  return checked.key.startsWith("client:") ? { ok: false, reason: "CLIENT_LOCKED", until } : { ok: false, reason: "LOCKED", until };
}

async function checkPassword(
  db: PrismaClient,
  password: string,
  check: { email: string; client: string | null },
  options: { now: () => Date; sleep: (ms: number) => Promise<void>; policy: SignInThrottlePolicy; afterAnswer: AfterAnswer },
): Promise<AuthenticationResult> {
  const { now, sleep, policy, afterAnswer } = options;
  const { email } = check;
  const attempt = await reservePasswordAttempt(db, check, now(), policy);
  if (attempt.decision.status === "locked") return lockedResult(attempt.decision);
  if (attempt.decision.delayMs > 0) await sleep(attempt.decision.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  // An unknown email or an account without a password is checked against a stand-in hash of
  // the same cost, so the answer takes as long whatever the address.
  const { matches, needsRehash } = await verifyPassword(password, user?.passwordHash ?? null);

  if (!user || !matches) {
    const failedAt = now();
    const wrong = await recordWrongPassword(db, attempt);
    // Failures on unknown emails stay in the throttle table only: auditing them would let anyone
    // fill the audit trail. A known account's failure is audited, and when it starts a lock on
    // the address the owner is emailed an unlock link, after the answer has gone out: the extra
    // work must not make the answer slower than for an unknown address.
    if (user) {
      const lockedUntil = wrong.addressLockStarted;
      await afterAnswer(async () => {
        const unlockEmail = await auditedTransaction(db, async (tx) => {
          const message = lockedUntil ? await issueUnlockLink(tx, { userId: user.id, email: user.email }, failedAt) : null;
          await recordSystemAuditEvent(
            tx,
            {
              centreId: null,
              actorUserId: null,
              action: lockedUntil ? "auth.locked" : "auth.signInFailed",
              targetType: "User",
              targetId: user.id,
              summary: {
                email,
                failedSignInCount: wrong.addressFailures,
                lockedUntil,
                unlockLinkSent: message !== null,
              },
            },
            failedAt,
          );
          return message;
        });
        if (unlockEmail) await sendEmail(unlockEmail, { now: failedAt });
      });
    }
    if (wrong.decision.status === "locked") return lockedResult(wrong.decision);
    return { ok: false, reason: "INVALID" };
  }

  // A hash from before argon2id (or with older parameters) is replaced now that the password is
  // known, only if it is still the stored one (a password changed meanwhile wins), and audited.
  const rehashed = needsRehash ? await hashPassword(password) : null;
  const hasActiveRole = (await listWorkspaces(db, user.id, now())).length > 0;
  const sessionId = await auditedTransaction(db, async (tx) => {
    await clearPasswordAttempts(tx, check);
    const { count } = rehashed
      ? await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: rehashed } })
      : { count: 0 };
    const summary = count > 0 ? { email, passwordRehashed: "argon2id" } : { email };
    await recordSystemAuditEvent(tx, {
      centreId: null,
      actorUserId: user.id,
      action: "auth.signIn",
      targetType: "User",
      targetId: user.id,
      summary,
    });
    // A session (lib/auth/sessions.ts) only for someone who may reach something.
    return hasActiveRole ? startSession(tx, user.id, now()) : null;
  });
  if (!sessionId) return { ok: false, reason: "NO_ACTIVE_ROLE" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sessionId } };
}

export function signInErrorCode(result: Exclude<AuthenticationResult, { ok: true }>): SignInErrorCode {
  if (result.reason === "LOCKED") return `LOCKED:${result.until.toISOString()}`;
  if (result.reason === "CLIENT_LOCKED") return `CLIENT_LOCKED:${result.until.toISOString()}`;
  return result.reason;
}
