import bcrypt from "bcryptjs";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db/client";
import { listWorkspaces } from "./access-context";
import {
  defaultSignInThrottlePolicy,
  signInDecision,
  stateAfterFailedSignIn,
  stateAfterSuccessfulSignIn,
  type SignInThrottlePolicy,
} from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "INVALID" | "NO_ACTIVE_ROLE" }
  | { ok: false; reason: "LOCKED"; until: Date };

// Compared against when the email is unknown, so an unknown email costs the same time as a
// wrong password and does not reveal which emails have accounts.
const unknownUserHash = bcrypt.hashSync("assay-unknown-user-placeholder-value", 10);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

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

  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    await bcrypt.compare(credentials.password, unknownUserHash);
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        centreId: null,
        actorUserId: null,
        action: "auth.signInFailed",
        targetType: "User",
        summary: { email, reason: "unknown email" },
      }),
    );
    return { ok: false, reason: "INVALID" };
  }

  const decision = signInDecision(user, now(), policy);
  if (decision.status === "locked") return { ok: false, reason: "LOCKED", until: decision.until };
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const matches = user.passwordHash ? await bcrypt.compare(credentials.password, user.passwordHash) : false;
  if (!matches) {
    const next = stateAfterFailedSignIn(user, now(), policy);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: next });
      await recordAuditEvent(tx, {
        centreId: null,
        actorUserId: null,
        action: next.lockedUntil ? "auth.locked" : "auth.signInFailed",
        targetType: "User",
        targetId: user.id,
        summary: { email, failedSignInCount: next.failedSignInCount, lockedUntil: next.lockedUntil },
      });
    });
    if (next.lockedUntil) return { ok: false, reason: "LOCKED", until: next.lockedUntil };
    return { ok: false, reason: "INVALID" };
  }

  const workspaces = await listWorkspaces(db, user.id, now());
  if (workspaces.length === 0) return { ok: false, reason: "NO_ACTIVE_ROLE" };

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: stateAfterSuccessfulSignIn });
    await recordAuditEvent(tx, {
      centreId: null,
      actorUserId: user.id,
      action: "auth.signIn",
      targetType: "User",
      targetId: user.id,
      summary: { email },
    });
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

export function signInErrorMessage(result: Exclude<AuthenticationResult, { ok: true }>): string {
  switch (result.reason) {
    case "LOCKED":
      return `Too many failed attempts. This account is locked until ${result.until.toISOString().slice(11, 16)} UTC. Try again then, or ask your centre admin for help.`;
    case "NO_ACTIVE_ROLE":
      return "Your account has no active role at any centre. Ask your centre admin to reactivate it.";
    default:
      return "The email or password is not right.";
  }
}
