import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, testPassword } from "@/tests/factories/centre-world";
import { authenticate } from "./authenticate";

const db = () => getPrisma();

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const world = await createCentreWorld();
    const result = await authenticate(db(), { email: ` ${world.adminA.user.email.toUpperCase()} `, password: testPassword });
    expect(result).toMatchObject({ ok: true, user: { id: world.adminA.user.id } });
    expect(await db().auditEvent.count({ where: { action: "auth.signIn", actorUserId: world.adminA.user.id } })).toBe(1);
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const world = await createCentreWorld();
    expect(await authenticate(db(), { email: "nobody@test.example", password: testPassword })).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticate(db(), { email: world.adminA.user.email, password: "wrong password here" })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("slows repeated failures, then locks the account, even against the right password", async () => {
    const world = await createCentreWorld();
    const email = world.adminA.user.email;
    let clock = new Date("2026-11-22T09:00:00Z");
    const delays: number[] = [];
    const options = { now: () => clock, sleep: async (ms: number) => void delays.push(ms) };

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await authenticate(db(), { email, password: "not the password" }, options)).toEqual({ ok: false, reason: "INVALID" });
      clock = new Date(clock.getTime() + 1000);
    }
    const fifth = await authenticate(db(), { email, password: "not the password" }, options);
    expect(fifth).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(delays).toEqual([1000, 2000]);

    clock = new Date(clock.getTime() + 60_000);
    expect(await authenticate(db(), { email, password: testPassword }, options)).toMatchObject({ ok: false, reason: "LOCKED" });

    clock = new Date(clock.getTime() + 15 * 60_000);
    expect(await authenticate(db(), { email, password: testPassword }, options)).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { id: world.adminA.user.id } });
    expect(user).toMatchObject({ failedSignInCount: 0, lockedUntil: null });
    expect(await db().auditEvent.count({ where: { action: "auth.locked", targetId: user.id } })).toBe(1);
  });

  it("refuses a person whose only membership was deactivated", async () => {
    const world = await createCentreWorld();
    await db().membership.update({ where: { id: world.candidateA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await authenticate(db(), { email: world.candidateA.user.email, password: testPassword })).toEqual({ ok: false, reason: "NO_ACTIVE_ROLE" });
  });
});
