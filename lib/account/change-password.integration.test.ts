import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, testPassword } from "@/tests/factories/centre-world";
import { resolveAccessContext } from "@/lib/auth/access-context";
import { authenticate } from "@/lib/auth/authenticate";
import { changePassword } from "./change-password";

describe("changing your own password", () => {
  it("needs the current password, and the new one then signs in", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.assessorA.user.id, world.centreA.id);
    const wrong = await runAction(changePassword, actor, {
      currentPassword: "guess guess guess",
      password: "lemon tractor sky",
      confirmPassword: "lemon tractor sky",
    });
    expect(wrong).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });

    const weak = await runAction(changePassword, actor, {
      currentPassword: testPassword,
      password: "password1234",
      confirmPassword: "password1234",
    });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/too common/)] } });

    const done = await runAction(changePassword, actor, {
      currentPassword: testPassword,
      password: "lemon tractor sky",
      confirmPassword: "lemon tractor sky",
    });
    expect(done).toEqual({ ok: true, data: { changed: true, email: world.assessorA.user.email } });
    // Sessions signed in before the change no longer count, wherever they are.
    expect(await resolveAccessContext(getPrisma(), { userId: world.assessorA.user.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveAccessContext(getPrisma(), { userId: world.assessorA.user.id, sessionVersion: 1 })).not.toBeNull();
    expect(
      await runAction(
        changePassword,
        { ...actor, sessionVersion: 0 },
        { currentPassword: "lemon tractor sky", password: "x", confirmPassword: "x" },
      ),
    ).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await authenticate(getPrisma(), { email: world.assessorA.user.email, password: testPassword })).toMatchObject({ ok: false });
    expect(await authenticate(getPrisma(), { email: world.assessorA.user.email, password: "lemon tractor sky" })).toMatchObject({
      ok: true,
    });
    // Recorded as the person's own event, not in the centre's trail.
    const event = await getPrisma().auditEvent.findFirstOrThrow({
      where: { action: "account.changePassword", targetId: world.assessorA.user.id },
    });
    expect(event).toMatchObject({ centreId: null, chain: "platform", actorUserId: world.assessorA.user.id });
  });

  it("counts wrong current passwords like failed sign-ins, so a stolen session cannot guess without limit", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminB.user.id, world.centreB.id);
    const guess = (currentPassword: string) =>
      runAction(changePassword, actor, { currentPassword, password: "lemon tractor sky", confirmPassword: "lemon tractor sky" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await guess(`guess number ${attempt}`)).toMatchObject({
        fieldErrors: { currentPassword: ["That is not your current password."] },
      });
    }
    expect(await guess("guess number 5")).toMatchObject({ fieldErrors: { currentPassword: [expect.stringMatching(/locked until/)] } });
    // Locked: even the right password is refused, here and at sign-in.
    expect(await guess(testPassword)).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.stringMatching(/locked until/)] },
    });
    expect(await authenticate(getPrisma(), { email: world.adminB.user.email, password: testPassword })).toMatchObject({
      ok: false,
      reason: "LOCKED",
    });
  });
});
