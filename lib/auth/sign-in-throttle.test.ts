import { describe, expect, it } from "vitest";
import {
  defaultSignInThrottlePolicy as policy,
  signInDecision,
  stateAfterFailedSignIn,
  stateAfterSuccessfulSignIn,
  type SignInState,
} from "./sign-in-throttle";

const t0 = new Date("2026-11-22T09:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(n: number, start = 0): SignInState {
  let state: SignInState = stateAfterSuccessfulSignIn;
  for (let i = 0; i < n; i++) state = stateAfterFailedSignIn(state, at(start + i));
  return state;
}

describe("sign-in throttle", () => {
  it("lets the first attempts through without delay", () => {
    expect(signInDecision(failTimes(0), t0)).toEqual({ status: "open", delayMs: 0 });
    expect(signInDecision(failTimes(2), at(3))).toEqual({ status: "open", delayMs: 0 });
  });

  it("slows attempts after three failures, doubling the delay", () => {
    expect(signInDecision(failTimes(3), at(4))).toEqual({ status: "open", delayMs: 1000 });
    expect(signInDecision(failTimes(4), at(5))).toEqual({ status: "open", delayMs: 2000 });
  });

  it("locks the account for 15 minutes on the fifth failure", () => {
    const state = failTimes(5);
    expect(state.lockedUntil).toEqual(new Date(at(4).getTime() + 15 * 60_000));
    expect(signInDecision(state, at(60))).toEqual({ status: "locked", until: state.lockedUntil });
  });

  it("opens again once the lock has run out, with the count started afresh", () => {
    const state = failTimes(5);
    const after = new Date(state.lockedUntil!.getTime() + 1000);
    expect(signInDecision(state, after)).toEqual({ status: "open", delayMs: 0 });
    expect(stateAfterFailedSignIn(state, after).failedSignInCount).toBe(1);
  });

  it("forgets failures older than the window", () => {
    const state = failTimes(4);
    const later = at(policy.failureWindowMinutes * 60 + 10);
    expect(signInDecision(state, later)).toEqual({ status: "open", delayMs: 0 });
    expect(stateAfterFailedSignIn(state, later).lockedUntil).toBeNull();
  });

  it("caps the delay", () => {
    const slow = { ...policy, failuresBeforeLock: 100 };
    let state: SignInState = stateAfterSuccessfulSignIn;
    for (let i = 0; i < 20; i++) state = stateAfterFailedSignIn(state, at(i), slow);
    expect(signInDecision(state, at(21), slow)).toEqual({ status: "open", delayMs: policy.maximumDelayMs });
  });
});
