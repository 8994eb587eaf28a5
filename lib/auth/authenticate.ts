import bcrypt from "bcryptjs";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db/client";
import { listWorkspaces } from "./access-context";
import { passwordHashCost } from "./password-policy";
import type { SignInErrorCode } from "./sign-in-messages";
import { clearPasswordAttempts, reservePasswordAttempt } from "./sign-in-attempts";
import { defaultSignInThrottlePolicy, type SignInThrottlePolicy } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "INVALID" | "NO_ACTIVE_ROLE" }
  | { ok: false; reason: "LOCKED"; until: Date };

// Compared against when there is no usable hash, so an unknown email or an account without a
// password costs the same time as a wrong password (same bcrypt cost as real hashes).
const noAccountHash = bcrypt.hashSync("assay-no-account-stand-in-value", passwordHashCost);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an email and password, throttled per email (lib/auth/sign-in-attempts.ts). */
export async function authenticate(
  db: PrismaClient,
  credentials: { email: string; password: string },
  options: {
    now?: () => Date;
    sleep?: (ms: number) => Promise<void>;
    policy?: SignInThrottlePolicy;
  } = {},
): Promise<AuthenticationResult> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const policy = options.policy ?? defaultSignInThrottlePolicy;
  const email = normaliseEmail(credentials.email);

  const attempt = await reservePasswordAttempt(db, email, now(), policy);
  if (attempt.decision.status === "locked") return { ok: false, reason: "LOCKED", until: attempt.decision.until };
  if (attempt.decision.delayMs > 0) await sleep(attempt.decision.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const matches = (await bcrypt.compare(credentials.password, user?.passwordHash ?? noAccountHash)) && Boolean(user?.passwordHash);

  if (!user || !matches) {
    // Failures on unknown emails stay in the throttle table only: auditing them would let anyone
    // fill the audit trail.
    if (user) {
      await db.$transaction((tx) =>
        recordAuditEvent(tx, {
          centreId: null,
          actorUserId: null,
          action: attempt.ifWrong.lockedUntil ? "auth.locked" : "auth.signInFailed",
          targetType: "User",
          targetId: user.id,
          summary: { email, failedSignInCount: attempt.ifWrong.failedSignInCount, lockedUntil: attempt.ifWrong.lockedUntil },
        }),
      );
    }
    if (attempt.ifWrong.lockedUntil) return { ok: false, reason: "LOCKED", until: attempt.ifWrong.lockedUntil };
    return { ok: false, reason: "INVALID" };
  }

  await db.$transaction(async (tx) => {
    await clearPasswordAttempts(tx, email);
    await recordAuditEvent(tx, { centreId: null, actorUserId: user.id, action: "auth.signIn", targetType: "User", targetId: user.id, summary: { email } });
  });
  const workspaces = await listWorkspaces(db, user.id, now());
  if (workspaces.length === 0) return { ok: false, reason: "NO_ACTIVE_ROLE" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

export function signInErrorCode(result: Exclude<AuthenticationResult, { ok: true }>): SignInErrorCode {
  return result.reason === "LOCKED" ? `LOCKED:${result.until.toISOString()}` : result.reason;
}
