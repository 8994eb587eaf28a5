import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db/client";
import { listWorkspaces } from "./access-context";
import { hashPassword, verifyPassword } from "./password-hashing";
import { startSession } from "./sessions";
import type { SignInErrorCode } from "./sign-in-messages";
import { clearPasswordAttempts, reservePasswordAttempt } from "./sign-in-attempts";
import { defaultSignInThrottlePolicy, type SignInThrottlePolicy } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number; sessionId: string } }
  | { ok: false; reason: "INVALID" | "NO_ACTIVE_ROLE" }
  | { ok: false; reason: "LOCKED"; until: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Work the caller may run after the answer has gone out (Next's `after()`); by default it is awaited. */
export type AfterAnswer = (task: () => Promise<void>) => void | Promise<void>;
const runNow: AfterAnswer = (task) => task();

/** Checks an email and password, throttled per email (lib/auth/sign-in-attempts.ts). */
export async function authenticate(
  db: PrismaClient,
  credentials: { email: string; password: string },
  options: {
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

  const attempt = await reservePasswordAttempt(db, email, now(), policy);
  if (attempt.decision.status === "locked") return { ok: false, reason: "LOCKED", until: attempt.decision.until };
  if (attempt.decision.delayMs > 0) await sleep(attempt.decision.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  // An unknown email or an account without a password is checked against a stand-in hash of
  // the same cost, so the answer takes as long whatever the address.
  const { matches, needsRehash } = await verifyPassword(credentials.password, user?.passwordHash ?? null);

  if (!user || !matches) {
    // Failures on unknown emails stay in the throttle table only: auditing them would let anyone
    // fill the audit trail. A known account's failure is audited after the answer has gone out,
    // so the extra write does not make it slower than an unknown address.
    if (user) {
      const { failedSignInCount, lockedUntil } = attempt.ifWrong;
      const at = now();
      await afterAnswer(() =>
        auditedTransaction(db, async (tx) => {
          await recordAuditEvent(
            tx,
            {
              centreId: null,
              actorUserId: null,
              action: lockedUntil ? "auth.locked" : "auth.signInFailed",
              targetType: "User",
              targetId: user.id,
              summary: { email, failedSignInCount, lockedUntil },
            },
            at,
          );
        }),
      );
    }
    if (attempt.ifWrong.lockedUntil) return { ok: false, reason: "LOCKED", until: attempt.ifWrong.lockedUntil };
    return { ok: false, reason: "INVALID" };
  }

  // A hash from before argon2id (or with older parameters) is replaced now that the password is
  // known, only if it is still the stored one (a password changed meanwhile wins), and audited.
  const rehashed = needsRehash ? await hashPassword(credentials.password) : null;
  const hasActiveRole = (await listWorkspaces(db, user.id, now())).length > 0;
  const sessionId = await auditedTransaction(db, async (tx) => {
    await clearPasswordAttempts(tx, email);
    const { count } = rehashed
      ? await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: rehashed } })
      : { count: 0 };
    const summary = count > 0 ? { email, passwordRehashed: "argon2id" } : { email };
    await recordAuditEvent(tx, {
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
  return result.reason === "LOCKED" ? `LOCKED:${result.until.toISOString()}` : result.reason;
}
