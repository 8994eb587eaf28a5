import bcrypt from "@node-rs/bcrypt";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, createUser, testPassword } from "@/tests/factories/centre-world";
import { authenticate } from "./authenticate";
import { defaultSignInThrottlePolicy } from "./sign-in-throttle";

const db = () => getPrisma();

// A lock emails the account's owner an unlock link: into a throwaway outbox here.
let outbox: string;
beforeAll(() => {
  outbox = mkdtempSync(path.join(tmpdir(), "assay-outbox-"));
  process.env.ASSAY_OUTBOX_DIR = outbox;
});
afterAll(() => {
  delete process.env.ASSAY_OUTBOX_DIR;
  rmSync(outbox, { recursive: true, force: true });
});

function fakeClock(start = "2026-11-22T09:00:00Z") {
  let clock = new Date(start);
  const delays: number[] = [];
  return {
    options: { now: () => clock, sleep: async (ms: number) => void delays.push(ms) },
    delays,
    advance: (ms: number) => (clock = new Date(clock.getTime() + ms)),
  };
}

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const world = await createCentreWorld();
    const result = await authenticate(db(), { email: ` ${world.adminA.user.email.toUpperCase()} `, password: testPassword });
    expect(result).toMatchObject({ ok: true, user: { id: world.adminA.user.id, sessionVersion: 0 } });
    expect(await db().auditEvent.count({ where: { action: "auth.signIn", actorUserId: world.adminA.user.id } })).toBe(1);
  });

  it("answers an unknown email exactly like a wrong password, and audits neither as a sign-in", async () => {
    const world = await createCentreWorld();
    expect(await authenticate(db(), { email: "nobody@test.example", password: testPassword })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticate(db(), { email: world.adminA.user.email, password: "wrong password here" })).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(await db().auditEvent.count({ where: { summary: { path: ["email"], equals: "nobody@test.example" } } })).toBe(0);
  });

  it("slows repeated failures, then locks the email, even against the right password", async () => {
    const world = await createCentreWorld();
    const email = world.adminA.user.email;
    const clock = fakeClock();

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await authenticate(db(), { email, password: "not the password" }, clock.options)).toEqual({ ok: false, reason: "INVALID" });
      clock.advance(1000);
    }
    const fifth = await authenticate(db(), { email, password: "not the password" }, clock.options);
    expect(fifth).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(clock.delays).toEqual([1000, 2000]);

    clock.advance(60_000);
    expect(await authenticate(db(), { email, password: testPassword }, clock.options)).toMatchObject({ ok: false, reason: "LOCKED" });

    clock.advance(15 * 60_000);
    expect(await authenticate(db(), { email, password: testPassword }, clock.options)).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "auth.locked", targetId: world.adminA.user.id } })).toBe(1);
    // A success clears the count: the next wrong password is a first failure again.
    expect(await authenticate(db(), { email, password: "not the password" }, clock.options)).toEqual({ ok: false, reason: "INVALID" });
    expect(clock.delays).toEqual([1000, 2000]);
  });

  it("locks an unknown email just like a real one, so locking does not reveal which accounts exist", async () => {
    const clock = fakeClock();
    const results = [];
    for (let attempt = 1; attempt <= 5; attempt++)
      results.push(await authenticate(db(), { email: "ghost@test.example", password: "guess" }, clock.options));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(clock.delays).toEqual([1000, 2000]);
  });

  it("does not let many guesses at once get past the lock", async () => {
    const world = await createCentreWorld();
    const clock = fakeClock();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        authenticate(db(), { email: world.assessorA.user.email, password: "parallel guess" }, clock.options),
      ),
    );
    // At most five attempts are ever compared; the rest are refused as locked without a check.
    expect(results.filter((r) => !r.ok && r.reason === "INVALID").length).toBeLessThanOrEqual(4);
    expect(results.filter((r) => !r.ok && r.reason === "LOCKED").length).toBeGreaterThanOrEqual(16);
    expect(await authenticate(db(), { email: world.assessorA.user.email, password: testPassword }, clock.options)).toMatchObject({
      reason: "LOCKED",
    });
  });

  it("refuses a person whose only membership was deactivated", async () => {
    const world = await createCentreWorld();
    await db().membership.update({ where: { id: world.candidateA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await authenticate(db(), { email: world.candidateA.user.email, password: testPassword })).toEqual({
      ok: false,
      reason: "NO_ACTIVE_ROLE",
    });
  });

  it("refuses an invited person who has not set a password, at the cost of a real check", async () => {
    const world = await createCentreWorld();
    const invited = await db().user.create({ data: { name: "Ivy Invited", email: "ivy@test.example" } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: invited.id, role: "ASSESSOR" } });
    expect(await authenticate(db(), { email: "ivy@test.example", password: "" })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("replaces a bcrypt hash with argon2id at the next successful sign-in, and audits it", async () => {
    const world = await createCentreWorld();
    const legacy = await bcrypt.hash(testPassword, { cost: 4 });
    await db().user.update({ where: { id: world.assessorA.user.id }, data: { passwordHash: legacy } });

    expect(await authenticate(db(), { email: world.assessorA.user.email, password: "wrong password here" })).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: world.assessorA.user.id } })).passwordHash).toBe(legacy);

    expect(await authenticate(db(), { email: world.assessorA.user.email, password: testPassword })).toMatchObject({ ok: true });
    const stored = (await db().user.findUniqueOrThrow({ where: { id: world.assessorA.user.id } })).passwordHash;
    expect(stored).toMatch(/^\$argon2id\$/);
    const signIn = await db().auditEvent.findFirstOrThrow({ where: { action: "auth.signIn", actorUserId: world.assessorA.user.id } });
    expect(signIn.summary).toMatchObject({ passwordRehashed: "argon2id" });

    // The new hash works, and is not replaced again.
    expect(await authenticate(db(), { email: world.assessorA.user.email, password: testPassword })).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: world.assessorA.user.id } })).passwordHash).toBe(stored);
  });

  it("takes the same time for an unknown email, a wrong password and an account without a password", async () => {
    const world = await createCentreWorld();
    const known = world.adminA.user.email;
    const invited = await createUser("Ivy Invited", { password: false });
    // Throttling is not what is measured here: no delay or lock within the samples.
    const unlimited = { failuresBeforeDelay: 1_000, failuresBeforeLock: 1_000 };
    const policy = {
      pair: { ...defaultSignInThrottlePolicy.pair, ...unlimited },
      client: { ...defaultSignInThrottlePolicy.client, ...unlimited },
      address: { ...defaultSignInThrottlePolicy.address, ...unlimited },
    };
    // Work the app runs after the answer has gone out is run here between samples, untimed.
    const afterAnswer: (() => Promise<void>)[] = [];
    const options = { policy, afterAnswer: (task: () => Promise<void>) => void afterAnswer.push(task) };
    const cases = {
      unknown: () => ({ email: "nobody@test.example", password: "wrong password here" }),
      wrongPassword: () => ({ email: known, password: "wrong password here" }),
      noPassword: () => ({ email: invited.email, password: "wrong password here" }),
    };
    type Case = keyof typeof cases;
    const names = Object.keys(cases) as Case[];
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

    for (const name of names) await authenticate(db(), cases[name](), options); // warm up
    // Paired rounds: each round times every case once, in a shuffled order, and each time is
    // taken relative to the round's median, so a busy moment of the machine falls on all alike.
    const relative: Record<Case, number[]> = { unknown: [], wrongPassword: [], noPassword: [] };
    const times: Record<Case, number[]> = { unknown: [], wrongPassword: [], noPassword: [] };
    for (let round = 0; round < 31; round++) {
      const order = [...names].sort(() => Math.random() - 0.5);
      const roundTimes = {} as Record<Case, number>;
      for (const name of order) {
        const start = performance.now();
        const result = await authenticate(db(), cases[name](), options);
        roundTimes[name] = performance.now() - start;
        expect(result).toEqual({ ok: false, reason: "INVALID" });
        for (const task of afterAnswer.splice(0)) await task();
      }
      const roundMedian = median(Object.values(roundTimes));
      for (const name of names) {
        times[name].push(roundTimes[name]);
        relative[name].push(roundTimes[name] / roundMedian);
      }
    }

    const report = JSON.stringify(
      Object.fromEntries(names.map((n) => [n, { medianMs: +median(times[n]).toFixed(1), relative: +median(relative[n]).toFixed(2) }])),
    );
    // Each case's typical time within 20% of the others' (the old stand-in hash took 3.3 times
    // as long as a real one), with room for a busy machine.
    for (const name of names) expect(Math.abs(median(relative[name]) - 1), report).toBeLessThan(0.2);
    // The known account's failures were still audited, after the answer.
    expect(await db().auditEvent.count({ where: { action: "auth.signInFailed", targetId: world.adminA.user.id } })).toBe(32);
  });
});
