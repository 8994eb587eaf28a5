import { describe, expect, it } from "vitest";
import {
  addressLockStarted,
  defaultSignInThrottlePolicy as policy,
  noFailures,
  scopeDecision,
  signInDecision,
  stateAfterFailure,
  statesAfterFailure,
  type ScopePolicy,
  type SignInState,
  type SignInStates,
} from "./sign-in-throttle";

const t0 = new Date("2026-11-22T09:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(n: number, scopePolicy: ScopePolicy = policy.pair, start = 0): SignInState {
  let state: SignInState = noFailures;
  for (let i = 0; i < n; i++) state = stateAfterFailure(state, at(start + i), scopePolicy);
  return state;
}

const fresh: SignInStates = { pair: noFailures, address: noFailures, client: noFailures };

describe("one scope (an address from one client)", () => {
  it("lets the first attempts through without delay", () => {
    expect(scopeDecision(failTimes(0), t0, policy.pair)).toEqual({ status: "open", delayMs: 0 });
    expect(scopeDecision(failTimes(2), at(3), policy.pair)).toEqual({ status: "open", delayMs: 0 });
  });

  it("slows attempts after three failures, doubling the delay", () => {
    expect(scopeDecision(failTimes(3), at(4), policy.pair)).toEqual({ status: "open", delayMs: 1000 });
    expect(scopeDecision(failTimes(4), at(5), policy.pair)).toEqual({ status: "open", delayMs: 2000 });
  });

  it("locks for 15 minutes on the fifth failure", () => {
    const state = failTimes(5);
    expect(state.lockedUntil).toEqual(new Date(at(4).getTime() + 15 * 60_000));
    expect(scopeDecision(state, at(60), policy.pair)).toMatchObject({ status: "locked", until: state.lockedUntil });
  });

  it("opens again once the lock has run out, with the count started afresh", () => {
    const state = failTimes(5);
    const after = new Date(state.lockedUntil!.getTime() + 1000);
    expect(scopeDecision(state, after, policy.pair)).toEqual({ status: "open", delayMs: 0 });
    expect(stateAfterFailure(state, after, policy.pair).failedSignInCount).toBe(1);
  });

  it("counts failures within 15 minutes of the first, then starts again", () => {
    const state = failTimes(4);
    const later = at(policy.pair.failureWindowMinutes * 60 + 10);
    expect(scopeDecision(state, later, policy.pair)).toEqual({ status: "open", delayMs: 0 });
    expect(stateAfterFailure(state, later, policy.pair)).toEqual({ failedSignInCount: 1, windowStartedAt: later, lockedUntil: null });
  });

  it("caps the delay", () => {
    const slow = { ...policy.pair, failuresBeforeLock: 100 };
    expect(scopeDecision(failTimes(20, slow), at(21), slow)).toEqual({ status: "open", delayMs: policy.pair.maximumDelayMs });
  });
});

describe("the three scopes together", () => {
  it("keeps an attacker's failures from locking the owner: the owner's own pair is untouched", () => {
    let attacker: SignInStates = fresh;
    for (let i = 0; i < 5; i++) attacker = statesAfterFailure(attacker, at(i));
    expect(signInDecision(attacker, at(10))).toMatchObject({ status: "locked", scope: "pair" });

    // The owner, from another client, shares only the address's count: five failures of fifty.
    const owner: SignInStates = { pair: noFailures, client: noFailures, address: attacker.address };
    expect(attacker.address.failedSignInCount).toBe(5);
    expect(signInDecision(owner, at(10))).toEqual({ status: "open", delayMs: 0 });
  });

  it("slows a client that fails on many addresses, then blocks it whatever address it tries", () => {
    let client: SignInState = noFailures;
    for (let i = 0; i < policy.client.failuresBeforeDelay; i++) client = stateAfterFailure(client, at(i), policy.client);
    // A new address, so its own pair and address counts are clean: the client's count slows it.
    expect(signInDecision({ pair: noFailures, address: noFailures, client }, at(20))).toEqual({ status: "open", delayMs: 1000 });
    for (let i = policy.client.failuresBeforeDelay; i < policy.client.failuresBeforeLock; i++) {
      client = stateAfterFailure(client, at(i), policy.client);
    }
    expect(signInDecision({ pair: noFailures, address: noFailures, client }, at(40))).toMatchObject({ status: "locked", scope: "client" });
  });

  it("never slows the address as a whole, but locks it after many failures from many clients", () => {
    const address = failTimes(policy.address.failuresBeforeLock - 1, policy.address);
    expect(signInDecision({ pair: noFailures, address, client: noFailures }, at(60))).toEqual({ status: "open", delayMs: 0 });
    const locked = stateAfterFailure(address, at(60), policy.address);
    expect(signInDecision({ pair: noFailures, address: locked, client: noFailures }, at(61))).toMatchObject({
      status: "locked",
      scope: "address",
      until: new Date(at(60).getTime() + policy.address.lockMinutes * 60_000),
    });
  });

  it("names the widest lock when several apply, and works without a known client", () => {
    const lockedPair = failTimes(5);
    const lockedClient = failTimes(policy.client.failuresBeforeLock, policy.client);
    expect(signInDecision({ pair: lockedPair, address: noFailures, client: lockedClient }, at(60))).toMatchObject({ scope: "client" });
    expect(signInDecision({ pair: lockedPair, address: noFailures }, at(60))).toMatchObject({ scope: "pair" });
    expect(statesAfterFailure({ pair: noFailures, address: noFailures }, t0).client).toBeUndefined();
  });

  it("tells when a wrong password starts a lock on the address, once", () => {
    let states: SignInStates = fresh;
    for (let i = 0; i < 4; i++) {
      const next = statesAfterFailure(states, at(i));
      expect(addressLockStarted(states, next, at(i))).toBeNull();
      states = next;
    }
    const fifth = statesAfterFailure(states, at(4));
    expect(addressLockStarted(states, fifth, at(4))).toEqual(fifth.pair.lockedUntil);
    // A client's block is not about any one address: no link for it.
    const client = failTimes(policy.client.failuresBeforeLock - 1, policy.client);
    const blocked = statesAfterFailure({ pair: noFailures, address: noFailures, client }, at(40));
    expect(blocked.client?.lockedUntil).not.toBeNull();
    expect(addressLockStarted({ pair: noFailures, address: noFailures, client }, blocked, at(40))).toBeNull();
  });
});
