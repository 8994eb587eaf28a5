import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { auditSummary, defineCentreAction } from "./define-action";
import { runAction } from "./run-action";

const db = () => getPrisma();

describe("the action helper", () => {
  it("refuses an action without a session", async () => {
    const result = await runAction(inviteStaffMember, null, {});
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("returns field errors for bad input and changes nothing", async () => {
    const world = await createCentreWorld();
    const before = { users: await db().user.count(), memberships: await db().membership.count(), audit: await db().auditEvent.count() };
    const result = await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      name: "",
      email: "not-an-email",
      role: "WIZARD",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID_INPUT");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect(result.fieldErrors?.email?.[0]).toMatch(/email address/);
    expect({ users: await db().user.count(), memberships: await db().membership.count(), audit: await db().auditEvent.count() }).toEqual(
      before,
    );
  });

  it("refuses a role without the permission, in its own centre", async () => {
    const world = await createCentreWorld();
    const result = await runAction(inviteStaffMember, world.actor(world.assessorA.user.id, world.centreA.id), {
      name: "Eve",
      email: "eve@test.example",
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().invitation.count({ where: { email: "eve@test.example" } })).toBe(0);
  });

  it("treats another centre's record id exactly like one that does not exist", async () => {
    const world = await createCentreWorld();
    const foreign = await runAction(changeStaffRole, world.actor(world.adminB.user.id, world.centreB.id), {
      membershipId: world.assessorA.membership.id,
      version: 1,
      role: "IQA",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    const missing = await runAction(changeStaffRole, world.actor(world.adminB.user.id, world.centreB.id), {
      membershipId: "00000000-0000-4000-8000-000000000000",
      version: 1,
      role: "IQA",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(foreign).toEqual(missing);
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const unchanged = await db().membership.findUniqueOrThrow({ where: { id: world.assessorA.membership.id } });
    expect(unchanged.role).toBe("ASSESSOR");
  });

  it("ignores a workspace the person does not belong to and acts in their own", async () => {
    const world = await createCentreWorld();
    // Admin of B claims centre A's workspace (a forged cookie): they stay in B.
    const result = await runAction(inviteStaffMember, world.actor(world.adminB.user.id, world.centreA.id), {
      name: "Newt Person",
      email: "newt@test.example",
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(result.ok).toBe(true);
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "newt@test.example" } });
    expect(invitation.centreId).toBe(world.centreB.id);
  });

  it("refuses a change sent from a page of another centre after the person switched centre", async () => {
    const world = await createCentreWorld();
    const pageOfA = { ...world.actor(world.shared.user.id, world.centreB.id), expectedWorkspaceKey: `centre:${world.centreA.id}` };
    const sharedAdmin = await getPrisma().membership.create({
      data: { centreId: world.centreB.id, userId: world.shared.user.id, role: "CENTRE_ADMIN" },
    });
    expect(sharedAdmin.role).toBe("CENTRE_ADMIN");
    const result = await runAction(inviteStaffMember, pageOfA, {
      name: "Wrong Place",
      email: "wrong.place@test.example",
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/now working in Beta Training/) });
    expect(await db().invitation.count({ where: { email: "wrong.place@test.example" } })).toBe(0);
  });

  it("writes the audit entry in the same transaction: a failing handler leaves neither change nor audit", async () => {
    const world = await createCentreWorld();
    const failing = defineCentreAction({
      name: "test.failAfterWriting",
      audit: { label: "Failed after writing (test)", summary: auditSummary<Record<string, never>>() },
      input: z.object({ name: z.string() }),
      permission: "staff.manage",
      async handler(input, { tx, audit }) {
        const user = await tx.user.create({ data: { name: input.name, email: "ghost@test.example" } });
        await audit({ targetType: "User", targetId: user.id, summary: {} });
        throw new AppError("CONFLICT", "Refused after writing.");
      },
    });
    const auditBefore = await db().auditEvent.count();
    const result = await runAction(failing, world.actor(world.adminA.user.id, world.centreA.id), { name: "Ghost" });
    expect(result).toEqual({ ok: false, code: "CONFLICT", message: "Refused after writing.", fieldErrors: undefined });
    expect(await db().user.count({ where: { email: "ghost@test.example" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(auditBefore);
  });

  it("refuses to commit an action that wrote no audit entry", async () => {
    const world = await createCentreWorld();
    const silent = defineCentreAction({
      name: "test.silent",
      audit: { label: "Wrote nothing (test)", summary: auditSummary<Record<string, never>>() },
      input: z.object({}),
      permission: "staff.manage",
      async handler(_input, { tx }) {
        await tx.user.create({ data: { name: "Silent", email: "silent@test.example" } });
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args); // expected: the helper logs the bug
    try {
      const result = await runAction(silent, world.actor(world.adminA.user.id, world.centreA.id), {});
      expect(result).toMatchObject({ ok: false, code: "UNEXPECTED" });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await db().user.count({ where: { email: "silent@test.example" } })).toBe(0);
  });

  it("records who did what, to what, with a before/after summary", async () => {
    const world = await createCentreWorld();
    const result = await runAction(changeStaffRole, world.actor(world.adminA.user.id, world.centreA.id), {
      membershipId: world.assessorA.membership.id,
      version: 1,
      role: "IQA",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(result.ok).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "staff.changeRole" } });
    expect(event).toMatchObject({ actorUserId: world.adminA.user.id, targetType: "Membership", targetId: world.assessorA.membership.id });
    expect(event.summary).toMatchObject({ before: { role: "ASSESSOR" }, after: { role: "IQA" } });
  });
  it("runs after-commit work only once the change has committed", async () => {
    const world = await createCentreWorld();
    const seen: string[] = [];
    const action = (fail: boolean) =>
      defineCentreAction({
        name: fail ? "test.afterCommitRolledBack" : "test.afterCommit",
        audit: { label: "After-commit test", summary: auditSummary<{ email: string }>() },
        input: z.object({ email: z.string() }),
        permission: "staff.manage",
        async handler(input, { tx, audit, afterCommit }) {
          const user = await tx.user.create({ data: { name: "After", email: input.email } });
          await audit({ targetType: "User", targetId: user.id, summary: { email: input.email } });
          afterCommit(async () => {
            // The committed row is visible from outside the transaction when this runs.
            const stored = await db().user.count({ where: { email: input.email } });
            seen.push(`${input.email}:${stored}`);
          });
          if (fail) throw new AppError("CONFLICT", "Refused.");
        },
      });
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    expect(await runAction(action(false), actor, { email: "after@test.example" })).toMatchObject({ ok: true });
    expect(await runAction(action(true), actor, { email: "never@test.example" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(seen).toEqual(["after@test.example:1"]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "test.afterCommit" } });
    expect(event.summary).toEqual({ email: "after@test.example" });
  });

  it("keeps the committed change when after-commit work fails, and logs it", async () => {
    const world = await createCentreWorld();
    const action = defineCentreAction({
      name: "test.afterCommitFails",
      audit: { label: "After-commit failure test", summary: auditSummary<Record<string, never>>() },
      input: z.object({}),
      permission: "staff.manage",
      async handler(_input, { tx, audit, afterCommit }) {
        const user = await tx.user.create({ data: { name: "Kept", email: "kept@test.example" } });
        await audit({ targetType: "User", targetId: user.id, summary: {} });
        afterCommit(() => {
          throw new Error("mail server down");
        });
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args); // expected: the failure is logged
    try {
      expect(await runAction(action, world.actor(world.adminA.user.id, world.centreA.id), {})).toMatchObject({ ok: true });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await db().user.count({ where: { email: "kept@test.example" } })).toBe(1);
  });
});
