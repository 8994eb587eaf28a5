import { describe, expect, it } from "vitest";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { changePassword } from "@/lib/account/change-password";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, testPassword } from "@/tests/factories/centre-world";
import { resolveAccessContext, workspaceKey } from "./access-context";
import { authenticate } from "./authenticate";
import { endSession, isSessionOpen, sessionLifetimeSeconds, startSession } from "./sessions";

const db = () => getPrisma();

async function signIn(email: string) {
  const result = await authenticate(db(), { email, password: testPassword });
  if (!result.ok) throw new Error(`could not sign in: ${result.reason}`);
  return result.user;
}

describe("sessions", () => {
  it("ends on the server at sign-out: the same session is then refused by the action helper and the pages", async () => {
    const world = await createCentreWorld();
    const user = await signIn(world.shared.user.email);
    const actor = {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      sessionId: user.sessionId,
      workspaceKey: workspaceKey.centre(world.centreA.id),
    };
    const access = { userId: user.id, sessionVersion: user.sessionVersion, sessionId: user.sessionId };

    expect(await resolveAccessContext(db(), access)).not.toBeNull();
    expect(await runAction(switchWorkspace, actor, { workspaceKey: workspaceKey.centre(world.centreB.id) })).toMatchObject({ ok: true });

    await endSession(db(), { sessionId: user.sessionId, userId: user.id });

    expect(await resolveAccessContext(db(), access)).toBeNull();
    expect(await runAction(switchWorkspace, actor, { workspaceKey: workspaceKey.centre(world.centreA.id) })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await db().auditEvent.count({ where: { action: "auth.signOut", actorUserId: user.id } })).toBe(1);
  });

  it("ends only the session that signs out; another one of the same person goes on", async () => {
    const world = await createCentreWorld();
    const laptop = await signIn(world.adminA.user.email);
    const phone = await signIn(world.adminA.user.email);
    await endSession(db(), { sessionId: laptop.sessionId, userId: laptop.id });
    expect(await resolveAccessContext(db(), { userId: phone.id, sessionId: phone.sessionId })).not.toBeNull();
    expect(await resolveAccessContext(db(), { userId: laptop.id, sessionId: laptop.sessionId })).toBeNull();
  });

  it("does not let one person's session id open another person's access", async () => {
    const world = await createCentreWorld();
    const admin = await signIn(world.adminA.user.email);
    expect(await resolveAccessContext(db(), { userId: world.adminB.user.id, sessionId: admin.sessionId })).toBeNull();
    // Signing out someone else's session id does nothing.
    await endSession(db(), { sessionId: admin.sessionId, userId: world.adminB.user.id });
    expect(await resolveAccessContext(db(), { userId: admin.id, sessionId: admin.sessionId })).not.toBeNull();
  });

  it("refuses a missing or malformed session id, as from a cookie made before sessions existed", async () => {
    const world = await createCentreWorld();
    for (const sessionId of [null, "", "not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
      expect(await resolveAccessContext(db(), { userId: world.adminA.user.id, sessionId })).toBeNull();
    }
  });

  it("ends every session of the person when they change their password", async () => {
    const world = await createCentreWorld();
    const here = await signIn(world.assessorA.user.email);
    const elsewhere = await signIn(world.assessorA.user.email);
    const actor = {
      userId: here.id,
      sessionVersion: here.sessionVersion,
      sessionId: here.sessionId,
      workspaceKey: workspaceKey.centre(world.centreA.id),
    };
    const changed = await runAction(changePassword, actor, {
      currentPassword: testPassword,
      password: "lemon tractor sky",
      confirmPassword: "lemon tractor sky",
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await db().session.count({ where: { userId: here.id } })).toBe(0);
    // Even with the new session version, the old session rows are gone.
    expect(
      await resolveAccessContext(db(), { userId: here.id, sessionVersion: here.sessionVersion + 1, sessionId: elsewhere.sessionId }),
    ).toBeNull();
  });

  it("expires after its lifetime, and expired rows are forgotten when a session starts", async () => {
    const world = await createCentreWorld();
    const signedInAt = new Date("2026-11-22T08:00:00Z");
    const sessionId = await db().$transaction((tx) => startSession(tx, world.adminA.user.id, signedInAt));
    const justBefore = new Date(signedInAt.getTime() + sessionLifetimeSeconds * 1000 - 1);
    const atExpiry = new Date(signedInAt.getTime() + sessionLifetimeSeconds * 1000);
    expect(await isSessionOpen(db(), { sessionId, userId: world.adminA.user.id }, justBefore)).toBe(true);
    expect(await isSessionOpen(db(), { sessionId, userId: world.adminA.user.id }, atExpiry)).toBe(false);
    expect(await resolveAccessContext(db(), { userId: world.adminA.user.id, sessionId, now: atExpiry })).toBeNull();

    await db().$transaction((tx) => startSession(tx, world.adminB.user.id, atExpiry));
    expect(await db().session.count({ where: { id: sessionId } })).toBe(0);
  });

  it("is not started for a person with no active role", async () => {
    const world = await createCentreWorld();
    await db().membership.update({ where: { id: world.candidateA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await authenticate(db(), { email: world.candidateA.user.email, password: testPassword })).toEqual({
      ok: false,
      reason: "NO_ACTIVE_ROLE",
    });
    expect(await db().session.count({ where: { userId: world.candidateA.user.id } })).toBe(0);
  });
});
