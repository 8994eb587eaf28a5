import { describe, expect, it } from "vitest";
import { runAction, runPublicAction } from "@/lib/actions/run-action";
import { authenticate } from "@/lib/auth/authenticate";
import { getPrisma } from "@/lib/db/client";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { createCentreWorld, testPassword } from "@/tests/factories/centre-world";
import { captureEmailInThisFile, linkIn, tokenOf } from "@/tests/support/smtp-capture";
import { acceptInvitation } from "./accept-invitation";
import { acceptInvitationWithNewAccount } from "./accept-invitation-with-new-account";
import { declineInvitation } from "./decline-invitation";
import { unsafeInvitationPageState } from "./queries";

const db = () => getPrisma();
const password = { password: "marble otter orchard", confirmPassword: "marble otter orchard" };
const offer = { name: "Nadia Begum", role: "ASSESSOR", isHeadOfCentre: false, expiresOn: "" };

const smtp = captureEmailInThisFile();

/** Invites the address as the admin of centre A (or B) and returns the token of the emailed link. */
async function invite(
  world: Awaited<ReturnType<typeof createCentreWorld>>,
  email: string,
  extra: Partial<typeof offer> = {},
  centre: "A" | "B" = "A",
) {
  const actor = centre === "A" ? world.actor(world.adminA.user.id, world.centreA.id) : world.actor(world.adminB.user.id, world.centreB.id);
  const result = await runAction(inviteStaffMember, actor, { ...offer, ...extra, email });
  if (!result.ok) throw new Error(result.message);
  const message = await smtp.nextTo(email);
  smtp.messages.splice(smtp.messages.indexOf(message), 1);
  return tokenOf(linkIn(message, "/invitation/"));
}

describe("a person new to Assay accepts", () => {
  it("with their own name and a password: the account and the membership are created together, and the link works once", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, "new.person@test.example");
    expect(await unsafeInvitationPageState(token)).toMatchObject({
      invitation: { name: "Nadia Begum", centre: { name: "Alpha College" } },
      account: null,
    });

    const weak = await runPublicAction(acceptInvitationWithNewAccount, {
      token,
      name: "Nadia Begum",
      password: "password1234",
      confirmPassword: "password1234",
    });
    expect(weak).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { password: [expect.stringMatching(/too common/)] } });
    expect(await db().user.count({ where: { email: "new.person@test.example" } })).toBe(0);

    const accepted = await runPublicAction(acceptInvitationWithNewAccount, { token, name: "Nadia Begum-Shah", ...password });
    expect(accepted).toEqual({ ok: true, data: { email: "new.person@test.example" } });
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.person@test.example" }, include: { memberships: true } });
    expect(user.name).toBe("Nadia Begum-Shah");
    expect(user.memberships).toMatchObject([{ centreId: world.centreA.id, role: "ASSESSOR", status: "ACTIVE" }]);
    expect(await authenticate(db(), { email: "new.person@test.example", password: password.password })).toMatchObject({ ok: true });
    expect(await db().invitation.findFirstOrThrow({ where: { email: "new.person@test.example" } })).toMatchObject({
      status: "ACCEPTED",
      userId: user.id,
    });

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "invitation.acceptWithNewAccount" },
    });
    expect(audit).toMatchObject({
      actorUserId: user.id,
      targetType: "Membership",
      targetId: user.memberships[0]!.id,
      summary: { newAccount: true },
    });
    expect(JSON.stringify(audit.summary)).not.toContain("marble");

    const again = await runPublicAction(acceptInvitationWithNewAccount, {
      token,
      name: "Someone Else",
      password: "another long phrase",
      confirmPassword: "another long phrase",
    });
    expect(again).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsafeInvitationPageState(token)).toBeNull();
  });

  it("cannot create a second account for an address that already has one", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, world.assessorB.user.email);
    expect(await unsafeInvitationPageState(token)).toMatchObject({ account: { userId: world.assessorB.user.id, hasPassword: true } });
    const result = await runPublicAction(acceptInvitationWithNewAccount, { token, name: "Ben Assessor", ...password });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/already uses this email address/) });
    expect(await db().user.count({ where: { email: world.assessorB.user.email } })).toBe(1);
    expect(await authenticate(db(), { email: world.assessorB.user.email, password: testPassword })).toMatchObject({ ok: true });
  });

  it("a person returning to Assay, whose every role has ended, accepts with the link and a new password", async () => {
    const world = await createCentreWorld();
    const returning = world.assessorB;
    await db().membership.update({ where: { id: returning.membership.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    expect(await authenticate(db(), { email: returning.user.email, password: testPassword })).toMatchObject({
      ok: false,
      reason: "NO_ACTIVE_ROLE",
    });
    const token = await invite(world, returning.user.email);
    expect(await unsafeInvitationPageState(token)).toMatchObject({ account: { userId: returning.user.id, canSignIn: false } });

    const result = await runPublicAction(acceptInvitationWithNewAccount, { token, name: "Ben Assessor", ...password });
    expect(result).toMatchObject({ ok: true });
    // The same account, now with a role at A and the new password; the old one no longer works.
    expect(await db().user.count({ where: { email: returning.user.email } })).toBe(1);
    expect(
      await db().membership.findFirst({ where: { userId: returning.user.id, centreId: world.centreA.id, status: "ACTIVE" } }),
    ).not.toBeNull();
    expect(await authenticate(db(), { email: returning.user.email, password: password.password })).toMatchObject({ ok: true });
    expect(await authenticate(db(), { email: returning.user.email, password: testPassword })).toMatchObject({ ok: false });
  });
});

describe("a person who already has an account answers, signed in as it", () => {
  it("accepting adds the role at the inviting centre and leaves their account and other roles alone", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, world.assessorB.user.email, { name: "Made Up", role: "IQA" });
    const result = await runAction(acceptInvitation, world.actor(world.assessorB.user.id, world.centreB.id), { token });
    expect(result).toMatchObject({
      ok: true,
      data: { centreName: "Alpha College", role: "Internal quality assurer (IQA)", workspaceKey: `centre:${world.centreA.id}` },
    });
    const memberships = await db().membership.findMany({ where: { userId: world.assessorB.user.id }, orderBy: { createdAt: "asc" } });
    expect(memberships.map((m) => [m.centreId, m.role])).toEqual([
      [world.centreB.id, "ASSESSOR"],
      [world.centreA.id, "IQA"],
    ]);
    const user = await db().user.findUniqueOrThrow({ where: { id: world.assessorB.user.id } });
    expect(user).toMatchObject({
      name: "Ben Assessor",
      passwordHash: world.assessorB.user.passwordHash,
      sessionVersion: world.assessorB.user.sessionVersion,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "invitation.accept" } });
    expect(audit).toMatchObject({
      actorUserId: world.assessorB.user.id,
      targetType: "Membership",
      summary: { after: { role: "IQA" }, newAccount: false },
    });
    // Nothing was written to centre B's trail about centre A.
    expect(await db().auditEvent.count({ where: { centreId: world.centreB.id } })).toBe(0);
    expect(await runAction(acceptInvitation, world.actor(world.assessorB.user.id), { token })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("another signed-in account holding the link is refused, whatever it tries", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, world.assessorB.user.email);
    const intruder = world.actor(world.adminB.user.id, world.centreB.id);
    for (const action of [acceptInvitation, declineInvitation]) {
      expect(await runAction(action, intruder, { token })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: expect.stringMatching(/sent to another email address/),
      });
    }
    expect(
      await db().membership.count({
        where: { centreId: world.centreA.id, userId: { in: [world.adminB.user.id, world.assessorB.user.id] } },
      }),
    ).toBe(0);
    expect(await db().invitation.findFirstOrThrow({ where: { email: world.assessorB.user.email } })).toMatchObject({ status: "PENDING" });
    expect(await runAction(acceptInvitation, null, { token })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("declining closes the invitation without a role, and it can no longer be accepted", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, world.assessorB.user.email);
    const actor = world.actor(world.assessorB.user.id, world.centreB.id);
    expect(await runAction(declineInvitation, actor, { token })).toEqual({ ok: true, data: { centreName: "Alpha College" } });
    expect(await db().invitation.findFirstOrThrow({ where: { email: world.assessorB.user.email } })).toMatchObject({
      status: "DECLINED",
      userId: world.assessorB.user.id,
    });
    expect(await runAction(acceptInvitation, actor, { token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().membership.count({ where: { centreId: world.centreA.id, userId: world.assessorB.user.id } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "invitation.decline" } });
    expect(audit).toMatchObject({ actorUserId: world.assessorB.user.id, targetType: "Invitation" });
  });

  it("a person invited by two centres accepts each, and each centre sees only its own", async () => {
    const world = await createCentreWorld();
    const fromA = await invite(world, "two.offers@test.example", { role: "IQA" }, "A");
    const fromB = await invite(world, "two.offers@test.example", { role: "ASSESSOR" }, "B");
    expect(await runPublicAction(acceptInvitationWithNewAccount, { token: fromA, name: "Tia Two", ...password })).toMatchObject({
      ok: true,
    });
    const user = await db().user.findUniqueOrThrow({ where: { email: "two.offers@test.example" } });
    // B's link now belongs to an existing account: it is answered signed in.
    expect(await runPublicAction(acceptInvitationWithNewAccount, { token: fromB, name: "Tia Two", ...password })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await runAction(acceptInvitation, world.actor(user.id), { token: fromB })).toMatchObject({
      ok: true,
      data: { centreName: "Beta Training" },
    });
    const memberships = await db().membership.findMany({ where: { userId: user.id } });
    expect(memberships.map((m) => `${m.centreId === world.centreA.id ? "A" : "B"}:${m.role}`).sort()).toEqual(["A:IQA", "B:ASSESSOR"]);
  });
});

describe("acceptance checks the centre's rules again", () => {
  it("an external verifier's offer whose access end date has passed cannot be accepted, and stays open", async () => {
    const world = await createCentreWorld();
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const token = await invite(world, "late.verifier@test.example", { role: "EXTERNAL_VERIFIER", expiresOn: inAMonth });
    const afterItEnds = new Date(Date.now() + 40 * 86_400_000);
    // The link itself lasts 14 days; move it on so only the access date is out of date.
    await db().invitation.updateMany({
      where: { email: "late.verifier@test.example" },
      data: { expiresAt: new Date(afterItEnds.getTime() + 86_400_000) },
    });
    const result = await runPublicAction(
      acceptInvitationWithNewAccount,
      { token, name: "Vic Verifier", ...password },
      { now: afterItEnds },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/access this invitation offered ended on .* Ask Alpha College/),
    });
    expect(await db().user.count({ where: { email: "late.verifier@test.example" } })).toBe(0);
    expect(await db().invitation.findFirstOrThrow({ where: { email: "late.verifier@test.example" } })).toMatchObject({ status: "PENDING" });
  });

  it("a person whose role here was deactivated after the invitation was sent is told so, not silently reactivated", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, world.shared.user.email, { role: "IQA" });
    await db().membership.create({
      data: { centreId: world.centreA.id, userId: world.shared.user.id, role: "IQA", status: "DEACTIVATED" },
    });
    const result = await runAction(acceptInvitation, world.actor(world.shared.user.id, world.centreA.id), { token });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringMatching(/was ended after this invitation was sent/),
    });
  });

  it("an expired link does not work", async () => {
    const world = await createCentreWorld();
    const token = await invite(world, "slow.reader@test.example");
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(
      await runPublicAction(acceptInvitationWithNewAccount, { token, name: "Slow Reader", ...password }, { now: later }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await unsafeInvitationPageState(token, later)).toBeNull();
  });
});
