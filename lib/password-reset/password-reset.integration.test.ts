import { describe, expect, it } from "vitest";
import { runPublicAction } from "@/lib/actions/run-action";
import { authenticate } from "@/lib/auth/authenticate";
import { emailHashOf } from "@/lib/auth/sign-in-attempts";
import { getPrisma } from "@/lib/db/client";
import { createUser, testPassword } from "@/tests/factories/centre-world";
import { captureEmailInThisFile, linkIn, tokenOf } from "@/tests/support/smtp-capture";
import { unsafeResetLinkWorks } from "./queries";
import {
  answerPasswordResetRequest,
  passwordResetAnswerMinimumMs,
  passwordResetRequestAnswer,
  requestPasswordReset,
} from "./request-password-reset";
import { resetPassword } from "./reset-password";

const db = () => getPrisma();
const hour = 60 * 60 * 1000;

const smtp = captureEmailInThisFile();

/** Asks for a link as the app's server action does (minus the waiting floor unless asked for). */
function ask(email: string, options: { now?: Date; minimumMs?: number } = {}) {
  return answerPasswordResetRequest(() => runPublicAction(requestPasswordReset, { email }, { now: options.now }), options.minimumMs ?? 0);
}

/** Waits for the reset email to the address and returns the token of its link. */
async function emailedResetToken(email: string): Promise<string> {
  const message = await smtp.nextTo(email);
  expect(message.subject).toBe("Reset your Assay password");
  return tokenOf(linkIn(message, "/reset-password/"));
}

async function member(name: string, options: { password?: boolean } = {}) {
  const user = await createUser(name, options);
  await db().awardingBodyMembership.create({
    data: {
      awardingBodyId: (await db().awardingBody.create({ data: { name: `Body ${user.id}`, legalName: "Test body" } })).id,
      userId: user.id,
    },
  });
  return user;
}

describe("asking for a password reset link", () => {
  it("answers the same whether or not an account uses the address, and emails only the account", async () => {
    const user = await member("Rita Reset");
    const sent = smtp.messages.length;
    const known = await ask(user.email);
    const unknown = await ask("nobody.here@test.example");
    expect(known).toEqual(unknown);
    expect(known).toEqual({ ok: true, data: { message: passwordResetRequestAnswer } });
    expect(passwordResetRequestAnswer).toMatch(/^If an account uses that address, we have sent it a link/);

    const token = await emailedResetToken(user.email);
    expect(smtp.messages.length).toBe(sent + 1);
    expect(await unsafeResetLinkWorks(token)).toBe(true);
    const stored = await db().accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.purpose).toBe("PASSWORD_RESET");
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(hour - 5_000);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "account.requestPasswordReset", targetId: user.id } });
    expect(audit).toMatchObject({ chain: "platform", centreId: null, summary: { email: user.email } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("takes at least the same minimum time for every address", async () => {
    const user = await member("Tess Timing");
    for (const email of [user.email, "unknown.timing@test.example"]) {
      const started = performance.now();
      await ask(email, { minimumMs: passwordResetAnswerMinimumMs });
      expect(performance.now() - started).toBeGreaterThanOrEqual(passwordResetAnswerMinimumMs - 5);
    }
  });

  it("refuses a mistyped address next to the field", async () => {
    expect(await ask("not-an-address")).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { email: [expect.stringMatching(/right format/)] },
    });
  });

  it("sends at most three links per account an hour, with the same answer when it stops", async () => {
    const user = await member("Flo Flood");
    const now = new Date();
    for (let i = 0; i < 3; i += 1) expect(await ask(user.email, { now })).toMatchObject({ ok: true });
    const toUser = () => smtp.messages.filter((m) => m.to.includes(user.email)).length;
    // The emails are not waited for by the answer: wait for all three to arrive.
    for (let waited = 0; toUser() < 3 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(toUser()).toBe(3);
    expect(await ask(user.email, { now })).toEqual({ ok: true, data: { message: passwordResetRequestAnswer } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(toUser()).toBe(3);
    expect(await db().accountToken.count({ where: { userId: user.id } })).toBe(3);
    // An hour later, links can be sent again.
    await ask(user.email, { now: new Date(now.getTime() + hour + 1_000) });
    expect(await db().accountToken.count({ where: { userId: user.id } })).toBe(4);
  });
});

describe("choosing a new password from the link", () => {
  it("sets the password, signs out every session, and the link works once", async () => {
    const user = await member("Sid Sessions");
    await db().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + hour) } });
    await ask(user.email);
    const token = await emailedResetToken(user.email);

    const weak = await runPublicAction(resetPassword, { token, password: "password1234", confirmPassword: "password1234" });
    expect(weak).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { password: [expect.stringMatching(/too common/)] } });
    expect(await unsafeResetLinkWorks(token)).toBe(true); // a refused password does not use up the link

    const reset = await runPublicAction(resetPassword, {
      token,
      password: "copper kettle sunrise",
      confirmPassword: "copper kettle sunrise",
    });
    expect(reset).toEqual({ ok: true, data: { email: user.email } });
    expect(await authenticate(db(), { email: user.email, password: "copper kettle sunrise" })).toMatchObject({ ok: true });
    expect(await authenticate(db(), { email: user.email, password: testPassword })).toMatchObject({ ok: false });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db().session.count({ where: { userId: user.id, createdAt: { lt: after.updatedAt } } })).toBe(0);

    const again = await runPublicAction(resetPassword, { token, password: "another long phrase", confirmPassword: "another long phrase" });
    expect(again).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringMatching(/does not work/) });
    expect(await unsafeResetLinkWorks(token)).toBe(false);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "account.resetPassword", targetId: user.id } });
    expect(audit).toMatchObject({ chain: "platform", actorUserId: user.id, summary: { email: user.email, signedOutEverywhere: true } });
    expect(JSON.stringify(audit)).not.toMatch(/copper|kettle/);
  });

  it("lifts a sign-in lock on the address, so the owner can sign in at once", async () => {
    const user = await member("Lou Locked");
    const addressHash = emailHashOf(user.email);
    await db().signInThrottle.create({
      data: {
        key: `address:${addressHash}`,
        addressHash,
        failedSignInCount: 50,
        windowStartedAt: new Date(),
        lockedUntil: new Date(Date.now() + hour),
      },
    });
    expect(await authenticate(db(), { email: user.email, password: testPassword })).toMatchObject({ ok: false, reason: "LOCKED" });
    await ask(user.email);
    const token = await emailedResetToken(user.email);
    expect(
      await runPublicAction(resetPassword, { token, password: "orchid valley tempo", confirmPassword: "orchid valley tempo" }),
    ).toMatchObject({ ok: true });
    expect(await db().signInThrottle.count({ where: { addressHash } })).toBe(0);
    expect(await authenticate(db(), { email: user.email, password: "orchid valley tempo" })).toMatchObject({ ok: true });
  });

  it("a newer link replaces the older one, and a link stops working after an hour", async () => {
    const user = await member("Nell Newer");
    await ask(user.email);
    const first = await emailedResetToken(user.email);
    smtp.messages.length = 0;
    await ask(user.email);
    const second = await emailedResetToken(user.email);
    expect(second).not.toBe(first);
    const password = { password: "lantern meadow quartz", confirmPassword: "lantern meadow quartz" };
    expect(await runPublicAction(resetPassword, { token: first, ...password })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await runPublicAction(resetPassword, { token: second, ...password }, { now: new Date(Date.now() + hour + 1_000) }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runPublicAction(resetPassword, { token: second, ...password })).toMatchObject({ ok: true });
  });

  it("lets an account that never set a password (added before invitations were emailed) set its first one", async () => {
    const legacy = await member("Lee Legacy", { password: false });
    await ask(legacy.email);
    const token = await emailedResetToken(legacy.email);
    expect(
      await runPublicAction(resetPassword, { token, password: "violet engine harbour", confirmPassword: "violet engine harbour" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await authenticate(db(), { email: legacy.email, password: "violet engine harbour" })).toMatchObject({ ok: true });
  });

  it("refuses a made-up or malformed token", async () => {
    const password = { password: "lantern meadow quartz", confirmPassword: "lantern meadow quartz" };
    expect(await runPublicAction(resetPassword, { token: "A".repeat(43), ...password })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runPublicAction(resetPassword, { token: "../../etc", ...password })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeResetLinkWorks("nonsense")).toBe(false);
  });
});
