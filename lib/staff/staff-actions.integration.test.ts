import { describe, expect, it } from "vitest";
import { runAction, runPublicAction } from "@/lib/actions/run-action";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { authenticate } from "@/lib/auth/authenticate";
import { getPrisma } from "@/lib/db/client";
import { createCentreWorld } from "@/tests/factories/centre-world";
import { addStaffMember } from "./add-staff-member";
import { changeStaffRole } from "./change-staff-role";
import { reissueInvitation } from "./reissue-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "./set-staff-membership-status";

const db = () => getPrisma();
const newStaff = { name: "Nadia Begum", email: "Nadia.Begum@Test.example ", role: "ASSESSOR", isHeadOfCentre: false, expiresOn: "" };

describe("managing a centre's staff", () => {
  it("adds a new person with an invitation they can use once to set a password", async () => {
    const world = await createCentreWorld();
    const added = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), newStaff);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.data.invitationToken).toEqual(expect.any(String));
    const user = await db().user.findUniqueOrThrow({ where: { email: "nadia.begum@test.example" } });
    expect(user.passwordHash).toBeNull();

    const weak = await runPublicAction(acceptInvitation, { token: added.data.invitationToken, password: "password1234", confirmPassword: "password1234" });
    expect(weak).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { password: [expect.stringMatching(/too common/)] } });

    const accepted = await runPublicAction(acceptInvitation, {
      token: added.data.invitationToken,
      password: "marble otter orchard",
      confirmPassword: "marble otter orchard",
    });
    expect(accepted).toEqual({ ok: true, data: { email: "nadia.begum@test.example" } });
    expect(await authenticate(db(), { email: "nadia.begum@test.example", password: "marble otter orchard" })).toMatchObject({ ok: true });

    const again = await runPublicAction(acceptInvitation, {
      token: added.data.invitationToken,
      password: "another long phrase",
      confirmPassword: "another long phrase",
    });
    expect(again).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("a reissued invitation withdraws the earlier link", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const added = await runAction(addStaffMember, actor, { ...newStaff, email: "late.starter@test.example" });
    if (!added.ok) throw new Error(added.message);
    const reissued = await runAction(reissueInvitation, actor, { membershipId: added.data.membershipId });
    if (!reissued.ok) throw new Error(reissued.message);
    const password = { password: "quiet meadow engine", confirmPassword: "quiet meadow engine" };
    expect(await runPublicAction(acceptInvitation, { token: added.data.invitationToken, ...password })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runPublicAction(acceptInvitation, { token: reissued.data.invitationToken, ...password })).toMatchObject({ ok: true });
    expect(await runAction(reissueInvitation, actor, { membershipId: added.data.membershipId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/already set a password/),
    });
  });

  it("does not attach a centre's records to an account another centre invited and nobody has claimed", async () => {
    const world = await createCentreWorld();
    const invitedByA = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), { ...newStaff, email: "unclaimed@test.example" });
    expect(invitedByA.ok).toBe(true);
    const byB = await runAction(addStaffMember, world.actor(world.adminB.user.id, world.centreB.id), { ...newStaff, email: "unclaimed@test.example" });
    expect(byB).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: [expect.stringMatching(/invited by another centre/)] } });
    // Centre A may still add a second role to its own invitee, without a second link.
    const secondRole = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), { ...newStaff, email: "unclaimed@test.example", role: "IQA" });
    expect(secondRole).toMatchObject({ ok: true, data: { invitationToken: null } });
  });

  it("an invitation link never replaces a password that is already set, and the first accepted link withdraws the others", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const added = await runAction(addStaffMember, actor, { ...newStaff, email: "two.links@test.example" });
    if (!added.ok) throw new Error(added.message);
    const second = await runAction(reissueInvitation, actor, { membershipId: added.data.membershipId });
    if (!second.ok) throw new Error(second.message);
    const password = { password: "granite harbour bell", confirmPassword: "granite harbour bell" };
    expect(await runPublicAction(acceptInvitation, { token: second.data.invitationToken, ...password })).toMatchObject({ ok: true });
    // Even if an older link were somehow still open, it cannot overwrite the password now set.
    const userId = (await getPrisma().user.findUniqueOrThrow({ where: { email: "two.links@test.example" } })).id;
    expect(await getPrisma().invitation.count({ where: { userId, acceptedAt: null, expiresAt: { gt: new Date() } } })).toBe(0);
    await getPrisma().invitation.updateMany({ where: { userId, acceptedAt: null }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await runPublicAction(acceptInvitation, { token: added.data.invitationToken!, password: "attacker chosen phrase", confirmPassword: "attacker chosen phrase" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await authenticate(db(), { email: "two.links@test.example", password: "granite harbour bell" })).toMatchObject({ ok: true });
  });

  it("gives a person who already has an account a new membership, not a second account", async () => {
    const world = await createCentreWorld();
    const result = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      ...newStaff,
      name: "Someone Else",
      email: world.assessorB.user.email,
      role: "IQA",
    });
    expect(result).toMatchObject({ ok: true, data: { invitationToken: null, name: world.assessorB.user.name } });
    expect(await db().user.count({ where: { email: world.assessorB.user.email } })).toBe(1);
    expect(await db().membership.count({ where: { userId: world.assessorB.user.id } })).toBe(2);
  });

  it("refuses to give a person the same role twice, next to the email field", async () => {
    const world = await createCentreWorld();
    const result = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      ...newStaff,
      email: world.assessorA.user.email,
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: [expect.stringMatching(/already has that role/)] } });
  });

  it("requires an access end date for an external verifier", async () => {
    const world = await createCentreWorld();
    const result = await runAction(addStaffMember, world.actor(world.adminA.user.id, world.centreA.id), { ...newStaff, role: "EXTERNAL_VERIFIER" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { expiresOn: [expect.any(String)] } });
  });

  it("detects a concurrent edit instead of overwriting it", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const edit = { membershipId: world.assessorA.membership.id, version: 1, isHeadOfCentre: false, expiresOn: "" };
    const first = await runAction(changeStaffRole, actor, { ...edit, role: "IQA" });
    expect(first.ok).toBe(true);
    const second = await runAction(changeStaffRole, actor, { ...edit, role: "CENTRE_ADMIN" });
    expect(second).toMatchObject({ ok: false, code: "STALE" });
    const stored = await db().membership.findUniqueOrThrow({ where: { id: world.assessorA.membership.id } });
    expect(stored).toMatchObject({ role: "IQA", version: 2 });
  });

  it("keeps at least one active centre admin", async () => {
    const world = await createCentreWorld();
    const other = await db().membership.create({ data: { centreId: world.centreA.id, userId: world.assessorA.user.id, role: "CENTRE_ADMIN" } });
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    expect(await runAction(deactivateStaffMember, actor, { membershipId: other.id, version: 1 })).toMatchObject({ ok: true });
    const demote = await runAction(changeStaffRole, actor, {
      membershipId: world.adminA.membership.id,
      version: 1,
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(demote).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { role: [expect.stringMatching(/at least one active centre admin/)] } });
  });

  it("two admins deactivating each other at the same moment leave the centre one admin", async () => {
    const world = await createCentreWorld();
    const second = await db().membership.create({ data: { centreId: world.centreA.id, userId: world.assessorA.user.id, role: "CENTRE_ADMIN" } });
    const results = await Promise.all([
      runAction(deactivateStaffMember, world.actor(world.adminA.user.id, world.centreA.id), { membershipId: second.id, version: 1 }),
      runAction(deactivateStaffMember, world.actor(world.assessorA.user.id, world.centreA.id), { membershipId: world.adminA.membership.id, version: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().membership.count({ where: { centreId: world.centreA.id, role: "CENTRE_ADMIN", status: "ACTIVE" } })).toBe(1);
  });

  it("deactivates and reactivates, and a deactivated person loses access to that centre at once", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const ref = { membershipId: world.assessorA.membership.id, version: 1 };
    expect(await runAction(deactivateStaffMember, actor, ref)).toMatchObject({ ok: true });
    expect(await authenticate(db(), { email: world.assessorA.user.email, password: "violet harbour lantern" })).toEqual({ ok: false, reason: "NO_ACTIVE_ROLE" });
    expect(await runAction(reactivateStaffMember, actor, { ...ref, version: 2 })).toMatchObject({ ok: true });
    const actions = await db().auditEvent.findMany({ where: { centreId: world.centreA.id }, orderBy: { sequence: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["staff.deactivate", "staff.reactivate"]);
  });

  it("does not let an admin deactivate themselves", async () => {
    const world = await createCentreWorld();
    const result = await runAction(deactivateStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      membershipId: world.adminA.membership.id,
      version: 1,
    });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
