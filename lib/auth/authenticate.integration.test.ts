import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, testPassword } from "@/tests/factories/centre-world";
import { authenticate } from "./authenticate";

const db = () => getPrisma();

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
    expect(await authenticate(db(), { email: world.adminA.user.email, password: "wrong password here" })).toEqual({ ok: false, reason: "INVALID" });
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
    for (let attempt = 1; attempt <= 5; attempt++) results.push(await authenticate(db(), { email: "ghost@test.example", password: "guess" }, clock.options));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(clock.delays).toEqual([1000, 2000]);
  });

  it("does not let many guesses at once get past the lock", async () => {
    const world = await createCentreWorld();
    const clock = fakeClock();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => authenticate(db(), { email: world.assessorA.user.email, password: "parallel guess" }, clock.options)),
    );
    // At most five attempts are ever compared; the rest are refused as locked without a check.
    expect(results.filter((r) => !r.ok && r.reason === "INVALID").length).toBeLessThanOrEqual(4);
    expect(results.filter((r) => !r.ok && r.reason === "LOCKED").length).toBeGreaterThanOrEqual(16);
    expect(await authenticate(db(), { email: world.assessorA.user.email, password: testPassword }, clock.options)).toMatchObject({ reason: "LOCKED" });
  });

  it("refuses a person whose only membership was deactivated", async () => {
    const world = await createCentreWorld();
    await db().membership.update({ where: { id: world.candidateA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await authenticate(db(), { email: world.candidateA.user.email, password: testPassword })).toEqual({ ok: false, reason: "NO_ACTIVE_ROLE" });
  });

  it("refuses an invited person who has not set a password, at the cost of a real check", async () => {
    const world = await createCentreWorld();
    const invited = await db().user.create({ data: { name: "Ivy Invited", email: "ivy@test.example" } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: invited.id, role: "ASSESSOR" } });
    expect(await authenticate(db(), { email: "ivy@test.example", password: "" })).toEqual({ ok: false, reason: "INVALID" });
  });
});
