// Failed password checks are counted in three ways at once, each slowed and then locked on its
// own, so that a stranger's failures do not lock the owner out:
//  - pair:    one address from one client (the owner's own typing, or one attacker at one account);
//  - client:  one client across every address (someone trying many accounts);
//  - address: one address across every client (a guessing attack spread over many clients), with a
//             much higher limit; the owner can lift this lock with an emailed link.
// Pure: the caller passes the stored states and the time.

export type ThrottleScope = "pair" | "client" | "address";

export type ScopePolicy = {
  /** Failures allowed (within the window) before each further attempt is delayed. */
  failuresBeforeDelay: number;
  /** Delay for the first delayed attempt; doubles with each further failure. */
  firstDelayMs: number;
  maximumDelayMs: number;
  /** Failures (within the window) that lock. */
  failuresBeforeLock: number;
  lockMinutes: number;
  /** Failures are counted within this many minutes of the first one; then the count starts again. */
  failureWindowMinutes: number;
};

export type SignInThrottlePolicy = Record<ThrottleScope, ScopePolicy>;

export const defaultSignInThrottlePolicy = {
  pair: {
    failuresBeforeDelay: 3,
    firstDelayMs: 1_000,
    maximumDelayMs: 8_000,
    failuresBeforeLock: 5,
    lockMinutes: 15,
    failureWindowMinutes: 15,
  },
  client: {
    failuresBeforeDelay: 10,
    firstDelayMs: 1_000,
    maximumDelayMs: 8_000,
    failuresBeforeLock: 30,
    lockMinutes: 15,
    failureWindowMinutes: 15,
  },
  // Never slowed (that would slow the owner too), only locked, after many more failures.
  address: {
    failuresBeforeDelay: 50,
    firstDelayMs: 0,
    maximumDelayMs: 0,
    failuresBeforeLock: 50,
    lockMinutes: 30,
    failureWindowMinutes: 60,
  },
} as const satisfies SignInThrottlePolicy;

export type SignInState = {
  failedSignInCount: number;
  /** When the counted failures began; null when there are none. */
  windowStartedAt: Date | null;
  /** While in the future, password checks in this scope are refused whatever the password. */
  lockedUntil: Date | null;
};

export const noFailures: SignInState = { failedSignInCount: 0, windowStartedAt: null, lockedUntil: null };

/** The states that apply to one attempt; there is no client scope when the client is unknown. */
export type SignInStates = { pair: SignInState; address: SignInState; client?: SignInState };

export type SignInDecision = { status: "locked"; scope: ThrottleScope; until: Date } | { status: "open"; delayMs: number };

function countingFailures(state: SignInState, now: Date, policy: ScopePolicy): number {
  if (!state.windowStartedAt) return 0;
  if (now.getTime() - state.windowStartedAt.getTime() > policy.failureWindowMinutes * 60_000) return 0;
  // A lock that has run out starts the count afresh.
  if (state.lockedUntil && state.lockedUntil <= now) return 0;
  return state.failedSignInCount;
}

/** One scope on its own: locked, or open after a delay. */
export function scopeDecision(state: SignInState, now: Date, policy: ScopePolicy): SignInDecision {
  if (state.lockedUntil && state.lockedUntil > now) return { status: "locked", scope: "pair", until: state.lockedUntil };
  const failures = countingFailures(state, now, policy);
  if (failures < policy.failuresBeforeDelay) return { status: "open", delayMs: 0 };
  const steps = failures - policy.failuresBeforeDelay;
  return { status: "open", delayMs: Math.min(policy.firstDelayMs * 2 ** steps, policy.maximumDelayMs) };
}

/** One scope's state after a wrong password. */
export function stateAfterFailure(state: SignInState, now: Date, policy: ScopePolicy): SignInState {
  const counted = countingFailures(state, now, policy);
  const failedSignInCount = counted + 1;
  const windowStartedAt = counted === 0 || !state.windowStartedAt ? now : state.windowStartedAt;
  const lockedUntil = failedSignInCount >= policy.failuresBeforeLock ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failedSignInCount, windowStartedAt, lockedUntil };
}

// When several scopes are locked, the answer names the widest: a blocked client is told so
// whichever address it tries.
const lockOrder: ThrottleScope[] = ["client", "address", "pair"];

function present(states: SignInStates): [ThrottleScope, SignInState][] {
  return lockOrder.flatMap((scope) => (states[scope] ? [[scope, states[scope]] as [ThrottleScope, SignInState]] : []));
}

/** Whether a password may be checked now: locked if any scope is, otherwise the longest delay. */
export function signInDecision(
  states: SignInStates,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): SignInDecision {
  let delayMs = 0;
  for (const [scope, state] of present(states)) {
    const decision = scopeDecision(state, now, policy[scope]);
    if (decision.status === "locked") return { ...decision, scope };
    delayMs = Math.max(delayMs, decision.delayMs);
  }
  return { status: "open", delayMs };
}

/** Every scope's state after a wrong password. */
export function statesAfterFailure(
  states: SignInStates,
  now: Date,
  policy: SignInThrottlePolicy = defaultSignInThrottlePolicy,
): SignInStates {
  return {
    pair: stateAfterFailure(states.pair, now, policy.pair),
    address: stateAfterFailure(states.address, now, policy.address),
    ...(states.client ? { client: stateAfterFailure(states.client, now, policy.client) } : {}),
  };
}

/**
 * The lock this wrong password starts on the address (its own pair, or the address as a whole),
 * if any: the moment to email the owner a link to lift it.
 */
export function addressLockStarted(before: SignInStates, after: SignInStates, now: Date): Date | null {
  for (const scope of ["address", "pair"] as const) {
    const wasLocked = before[scope].lockedUntil !== null && before[scope].lockedUntil > now;
    if (!wasLocked && after[scope].lockedUntil) return after[scope].lockedUntil;
  }
  return null;
}
