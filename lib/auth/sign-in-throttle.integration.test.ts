import { describe, expect, it } from "vitest";
import { runPublicAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, createUser, testPassword } from "@/tests/factories/centre-world";
import { captureEmailInThisFile, linkIn, tokenOf } from "@/tests/support/smtp-capture";
import { authenticate } from "./authenticate";
import { defaultSignInThrottlePolicy as policy } from "./sign-in-throttle";
import { unlockLinkNotWorking, unlockSignIn, unsafeUnlockLinkWorks } from "./unlock-sign-in";

// Failed sign-ins are counted per address from one client, per client, and per address from
// every client (lib/auth/sign-in-throttle.ts), so a stranger's guesses do not lock the owner out.

const db = () => getPrisma();

// Clients' counts live as long as the test file's database: each test takes clients of its own.
let clients = 0;
const newClient = () => `198.51.100.${++clients}`;

const smtp = captureEmailInThisFile();

function clock(start = "2026-11-22T09:00:00Z") {
  let now = new Date(start);
  const delays: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => void delays.push(ms),
    delays,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

const signIn = (email: string, password: string, client: string | null, time: ReturnType<typeof clock>) =>
  authenticate(db(), { email, password }, { client, now: time.now, sleep: time.sleep });

const unlockEmailsTo = (email: string) =>
  smtp.messages.filter((m) => m.to.includes(email) && m.subject === "Unlock sign-in to your Assay account");

describe("sign-in throttling per address and per client", () => {
  it("lets the owner sign in from their own client while a stranger's client is locked out of their address", async () => {
    const world = await createCentreWorld();
    const email = world.adminA.user.email;
    const time = clock();
    const owner = newClient();
    const attacker = newClient();
    for (let attempt = 1; attempt < policy.pair.failuresBeforeLock; attempt++) {
      expect(await signIn(email, `guess ${attempt}`, attacker, time)).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(await signIn(email, "guess 5", attacker, time)).toMatchObject({ ok: false, reason: "LOCKED" });
    // Locked for the attacker even with the right password...
    expect(await signIn(email, testPassword, attacker, time)).toMatchObject({ ok: false, reason: "LOCKED" });
    // ...but not for the owner, who is not slowed either.
    const delaysBefore = time.delays.length;
    expect(await signIn(email, testPassword, owner, time)).toMatchObject({ ok: true });
    expect(time.delays.length).toBe(delaysBefore);
    // The owner's success does not lift the attacker's lock.
    expect(await signIn(email, testPassword, attacker, time)).toMatchObject({ ok: false, reason: "LOCKED" });
  });

  it("slows a client that tries many addresses, then blocks it on every address, while other clients carry on", async () => {
    const world = await createCentreWorld();
    const time = clock();
    const owner = newClient();
    const attacker = newClient();
    const results = [];
    for (let i = 0; i < policy.client.failuresBeforeLock; i++) {
      results.push(await signIn(`person${i}@spray.example`, "Summer2026!", attacker, time));
    }
    // Slowed from the 11th failure, although each address was tried only once.
    expect(time.delays.length).toBe(policy.client.failuresBeforeLock - policy.client.failuresBeforeDelay);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "CLIENT_LOCKED" });
    // Blocked on an address it never tried, even with that account's right password.
    expect(await signIn(world.adminB.user.email, testPassword, attacker, time)).toMatchObject({ ok: false, reason: "CLIENT_LOCKED" });
    // Another client signs in as usual.
    expect(await signIn(world.adminB.user.email, testPassword, owner, time)).toMatchObject({ ok: true });
    // Fifteen minutes on, the block has run out.
    time.advance(policy.client.lockMinutes * 60_000 + 1_000);
    expect(await signIn(world.adminA.user.email, testPassword, attacker, time)).toMatchObject({ ok: true });
  });

  it("locks an address tried from many clients for everyone, and emails its owner a link that unlocks it once", async () => {
    const world = await createCentreWorld();
    const email = world.assessorA.user.email;
    const time = clock();
    const owner = newClient();
    // A botnet: ten clients, five guesses each, each client's own pair locked in turn.
    let last;
    for (let c = 0; c < policy.address.failuresBeforeLock / policy.pair.failuresBeforeLock; c++) {
      for (let attempt = 0; attempt < policy.pair.failuresBeforeLock; attempt++) {
        last = await signIn(email, `botnet guess ${c}-${attempt}`, `192.0.2.${c + 1}`, time);
      }
    }
    expect(last).toMatchObject({ ok: false, reason: "LOCKED" });
    // Now the owner is locked out too...
    expect(await signIn(email, testPassword, owner, time)).toMatchObject({ ok: false, reason: "LOCKED" });
    const locked = await db().auditEvent.findMany({ where: { action: "auth.locked", targetId: world.assessorA.user.id } });
    expect(locked.length).toBeGreaterThan(1);

    // ...and has one email (however many locks began within the quarter hour) with the way back in.
    expect(unlockEmailsTo(email)).toHaveLength(1);
    const token = tokenOf(linkIn(unlockEmailsTo(email)[0]!, "/unlock-sign-in/"));
    expect(await unsafeUnlockLinkWorks(token, time.now())).toBe(true);
    expect(await runPublicAction(unlockSignIn, { token }, { now: time.now() })).toEqual({ ok: true, data: { email } });
    expect(await signIn(email, testPassword, owner, time)).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "auth.unlockSignIn", actorUserId: world.assessorA.user.id } })).toBe(1);

    // The link works once.
    expect(await unsafeUnlockLinkWorks(token, time.now())).toBe(false);
    expect(await runPublicAction(unlockSignIn, { token }, { now: time.now() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: unlockLinkNotWorking,
    });
  });

  it("emails the owner when they lock themselves out, and the link unlocks them on any device", async () => {
    const world = await createCentreWorld();
    const email = world.adminB.user.email;
    const time = clock();
    const owner = newClient();
    for (let attempt = 0; attempt < policy.pair.failuresBeforeLock; attempt++)
      await signIn(email, `my old password ${attempt}`, owner, time);
    expect(await signIn(email, testPassword, owner, time)).toMatchObject({ ok: false, reason: "LOCKED" });
    const message = await smtp.nextTo(email);
    expect(message.text).toMatch(/paused after several wrong passwords/);
    const token = tokenOf(linkIn(message, "/unlock-sign-in/"));
    expect(await runPublicAction(unlockSignIn, { token }, { now: time.now() })).toMatchObject({ ok: true });
    expect(await signIn(email, testPassword, owner, time)).toMatchObject({ ok: true });
  });

  it("answers a locked unknown address exactly like a real one, and emails no one", async () => {
    const time = clock();
    const attacker = newClient();
    const sent = smtp.messages.length;
    const results = [];
    for (let attempt = 0; attempt < policy.pair.failuresBeforeLock; attempt++) {
      results.push(await signIn("ghost@nowhere.example", `guess ${attempt}`, attacker, time));
    }
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(time.delays).toEqual([1000, 2000]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.messages.length).toBe(sent);
  });

  it("unlocks only the address of the link's own account", async () => {
    const world = await createCentreWorld();
    const time = clock();
    const owner = newClient();
    for (const email of [world.adminA.user.email, world.adminB.user.email]) {
      for (let attempt = 0; attempt < policy.pair.failuresBeforeLock; attempt++) await signIn(email, `guess ${attempt}`, owner, time);
    }
    const token = tokenOf(linkIn(await smtp.nextTo(world.adminA.user.email), "/unlock-sign-in/"));
    expect(await runPublicAction(unlockSignIn, { token }, { now: time.now() })).toMatchObject({ ok: true });
    expect(await signIn(world.adminA.user.email, testPassword, owner, time)).toMatchObject({ ok: true });
    expect(await signIn(world.adminB.user.email, testPassword, owner, time)).toMatchObject({ ok: false, reason: "LOCKED" });
  });

  it("lets a whole class sign in at once from one school network: only wrong passwords count for a client", async () => {
    const world = await createCentreWorld();
    const time = clock();
    const school = newClient();
    const learners = await Promise.all(
      Array.from({ length: policy.client.failuresBeforeLock + 10 }, async (_, i) => {
        const user = await createUser(`Learner ${i}`);
        await db().membership.create({ data: { centreId: world.centreA.id, userId: user.id, role: "CANDIDATE" } });
        return user;
      }),
    );
    const results = await Promise.all(learners.map((learner) => signIn(learner.email, testPassword, school, time)));
    expect(results.filter((result) => result.ok)).toHaveLength(learners.length);
    expect(time.delays).toEqual([]);
  });
  it("lets a burst of parallel guesses from one client past its limit by no more than the checks in flight", async () => {
    await createCentreWorld();
    const time = clock();
    const client = newClient();
    // Password spraying: 80 different addresses at once, every guess wrong.
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => signIn(`sprayed-${i}@nowhere.example`, "not the password 1", client, time)),
    );
    // The 30th failure blocks the client (and is answered as blocked); at most 4 checks were
    // under way when it was counted.
    const answeredWrong = results.filter((r) => !r.ok && r.reason === "INVALID").length;
    expect(answeredWrong).toBeGreaterThanOrEqual(policy.client.failuresBeforeLock - 1);
    expect(answeredWrong).toBeLessThanOrEqual(policy.client.failuresBeforeLock - 1 + 4);
    expect(results.filter((r) => !r.ok && r.reason === "CLIENT_LOCKED")).toHaveLength(80 - answeredWrong);
  });
});
