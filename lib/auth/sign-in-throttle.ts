// Repeated failed sign-ins are first slowed, then the account is locked for a while. Pure: the
// caller passes the stored state and the time.

export type SignInThrottlePolicy = {
  /** Failures allowed before each further attempt is delayed. */
  failuresBeforeDelay: number;
  /** Delay for the first delayed attempt; doubles with each further failure. */
  firstDelayMs: number;
  maximumDelayMs: number;
  /** Failures that lock the account. */
  failuresBeforeLock: number;
  lockMinutes: number;
  /** Failures older than this no longer count. */
  failureWindowMinutes: number;
};

export const defaultSignInThrottlePolicy = {
  failuresBeforeDelay: 3,
  firstDelayMs: 1_000,
  maximumDelayMs: 8_000,
  failuresBeforeLock: 5,
  lockMinutes: 15,
  failureWindowMinutes: 15,
} as const satisfies SignInThrottlePolicy;

export type SignInState = {
  failedSignInCount: number;
  lastFailedSignInAt: Date | null;
  lockedUntil: Date | null;
};

export type SignInDecision = { status: "locked"; until: Date } | { status: "open"; delayMs: number };

function countingFailures(state: SignInState, now: Date, policy: SignInThrottlePolicy): number {
  if (!state.lastFailedSignInAt) return 0;
  const age = now.getTime() - state.lastFailedSignInAt.getTime();
  if (age > policy.failureWindowMinutes * 60_000) return 0;
  // A lock that has run out starts the count afresh.
  if (state.lockedUntil && state.lockedUntil <= now) return 0;
  return state.failedSignInCount;
}

export function signInDecision(state: SignInState, now: Date, policy: SignInThrottlePolicy = defaultSignInThrottlePolicy): SignInDecision {
  if (state.lockedUntil && state.lockedUntil > now) return { status: "locked", until: state.lockedUntil };
  const failures = countingFailures(state, now, policy);
  if (failures < policy.failuresBeforeDelay) return { status: "open", delayMs: 0 };
  const steps = failures - policy.failuresBeforeDelay;
  return { status: "open", delayMs: Math.min(policy.firstDelayMs * 2 ** steps, policy.maximumDelayMs) };
}

export function stateAfterFailedSignIn(
  state: SignInState,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): SignInState {
  const failedSignInCount = countingFailures(state, now, policy) + 1;
  const lockedUntil = failedSignInCount >= policy.failuresBeforeLock ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failedSignInCount, lastFailedSignInAt: now, lockedUntil };
}

export const stateAfterSuccessfulSignIn: SignInState = {
  failedSignInCount: 0,
  lastFailedSignInAt: null,
  lockedUntil: null,
};
