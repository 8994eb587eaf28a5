import { describe, expect, it } from "vitest";
import { runAction, runPublicAction } from "@/lib/actions/run-action";
import { authenticate } from "@/lib/auth/authenticate";
import { getPrisma } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { unsafeFindOpenInvitation, unsafeInvitationPageState } from "@/lib/invitations/queries";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { mayReadStaffFilesOf } from "@/lib/staff-files/access";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentre, createCentreWorld, createUser } from "@/tests/factories/centre-world";
import { captureEmailInThisFile, linkIn, tokenOf } from "@/tests/support/smtp-capture";
import { changeStaffRole } from "./change-staff-role";
import { inviteStaffMember } from "./invite-staff-member";
import { resendInvitation } from "./resend-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "./set-staff-membership-status";
import { withdrawInvitation } from "./withdraw-invitation";

const db = () => getPrisma();
const newStaff = { name: "Nadia Begum", email: "Nadia.Begum@Test.example ", role: "ASSESSOR", isHeadOfCentre: false, expiresOn: "" };

const smtp = captureEmailInThisFile();

/** The token of the newest invitation emailed to the address. */
async function emailedToken(email: string): Promise<string> {
  return tokenOf(linkIn(await smtp.nextTo(email), "/invitation/"));
}

describe("inviting staff by email", () => {
  it("creates a pending invitation and emails a link, with no account and no membership until accepted", async () => {
    const world = await createCentreWorld();
    const sent = smtp.messages.length;
    const result = await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), newStaff);
    expect(result).toEqual({ ok: true, data: { email: "nadia.begum@test.example", emailDelivery: { sent: true } } });
    expect(smtp.messages.length).toBe(sent + 1);

    const email = await smtp.nextTo("nadia.begum@test.example");
    expect(email.subject).toBe("You are invited to work at Alpha College on Assay");
    expect(email.text).toContain("Hello Nadia Begum,");
    expect(email.text).toContain("Ada Admin has invited you to join Alpha College on Assay as Assessor.");
    const link = linkIn(email, "/invitation/");
    expect(link).toMatch(/^http:\/\/localhost:3000\/invitation\/[\w-]{43}$/);
    // The link works: it opens this invitation.
    expect(await unsafeFindOpenInvitation(db(), tokenOf(link), new Date())).toMatchObject({
      email: "nadia.begum@test.example",
      name: "Nadia Begum",
      role: "ASSESSOR",
      centre: { name: "Alpha College" },
    });

    const stored = await db().invitation.findFirstOrThrow({ where: { email: "nadia.begum@test.example" } });
    expect(stored).toMatchObject({ centreId: world.centreA.id, status: "PENDING", createdById: world.adminA.user.id, userId: null });
    expect(stored.tokenHash).not.toContain(tokenOf(link));
    expect(Math.round((stored.expiresAt.getTime() - stored.sentAt.getTime()) / 86_400_000)).toBe(14);
    expect(await db().user.count({ where: { email: "nadia.begum@test.example" } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "staff.invite" } });
    expect(audit).toMatchObject({ actorUserId: world.adminA.user.id, targetType: "Invitation", targetId: stored.id });
    expect(JSON.stringify(audit.summary)).not.toContain(tokenOf(link));
  });

  it("answers the same whether or not the address has an account, and reveals no name or other centre", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const usersBefore = await db().user.count();
    // Ben is an assessor at Beta Training; the admin of Alpha types a made-up name.
    const existing = await runAction(inviteStaffMember, actor, { ...newStaff, name: "Made Up", email: world.assessorB.user.email });
    const unknown = await runAction(inviteStaffMember, actor, { ...newStaff, name: "Made Up", email: "nobody.yet@test.example" });
    const anonymised = (result: unknown, email: string) => JSON.parse(JSON.stringify(result).replaceAll(email, "<address>"));
    expect(anonymised(existing, world.assessorB.user.email)).toEqual(anonymised(unknown, "nobody.yet@test.example"));
    expect(existing).toMatchObject({ ok: true, data: { emailDelivery: { sent: true } } });
    expect(JSON.stringify(existing)).not.toMatch(/Ben Assessor|Beta Training/);

    // Nothing is granted and no account is made: Ben has no role at Alpha until he accepts.
    expect(await db().membership.count({ where: { userId: world.assessorB.user.id, centreId: world.centreA.id } })).toBe(0);
    expect(await db().user.count()).toBe(usersBefore);
    // The email greets the person by the name the admin typed, and names only the inviting centre.
    const email = await smtp.nextTo(world.assessorB.user.email);
    expect(email.text).toContain("Hello Made Up,");
    expect(email.text).not.toMatch(/Ben Assessor|Beta Training/);
  });

  it("says so when the address already has that role here, or a pending invitation to it here, and nothing is emailed", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const sent = smtp.messages.length;
    const hasRole = await runAction(inviteStaffMember, actor, { ...newStaff, email: world.assessorA.user.email });
    expect(hasRole).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: [expect.stringMatching(/already has that role at this centre/)] },
    });

    expect(await runAction(inviteStaffMember, actor, { ...newStaff, email: "twice@test.example", role: "IQA" })).toMatchObject({
      ok: true,
    });
    const again = await runAction(inviteStaffMember, actor, { ...newStaff, email: "twice@test.example", role: "IQA" });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: [expect.stringMatching(/already been invited to that role here/)] },
    });
    // Another role for the same address is a separate invitation.
    expect(await runAction(inviteStaffMember, actor, { ...newStaff, email: "twice@test.example", role: "ASSESSOR" })).toMatchObject({
      ok: true,
    });
    // Another centre's pending invitation is none of this centre's business: B may invite too.
    const byB = await runAction(inviteStaffMember, world.actor(world.adminB.user.id, world.centreB.id), {
      ...newStaff,
      email: "twice@test.example",
      role: "IQA",
    });
    expect(byB).toMatchObject({ ok: true, data: { email: "twice@test.example" } });
    expect(smtp.messages.length - sent).toBe(3);

    const deactivated = await runAction(deactivateStaffMember, actor, { membershipId: world.assessorA.membership.id, version: 1 });
    expect(deactivated.ok).toBe(true);
    const wasDeactivated = await runAction(inviteStaffMember, actor, { ...newStaff, email: world.assessorA.user.email });
    expect(wasDeactivated).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: [expect.stringMatching(/Reactivate them/)] },
    });
  });

  it("requires an access end date for an external verifier", async () => {
    const world = await createCentreWorld();
    const result = await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      ...newStaff,
      role: "EXTERNAL_VERIFIER",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { expiresOn: [expect.any(String)] } });
  });

  it("refuses control characters and invisible names with a message next to the field", async () => {
    const world = await createCentreWorld();
    const result = await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      ...newStaff,
      name: "\u200B\u200B",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { name: [expect.stringMatching(/visible text/)] } });
  });

  it("keeps the invitation and says the email could not be sent when the mail server refuses it", async () => {
    const world = await createCentreWorld();
    smtp.refuseAll(true);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args); // expected: the failed send is logged
    try {
      const result = await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
        ...newStaff,
        email: "bounce@test.example",
      });
      expect(result).toEqual({ ok: true, data: { email: "bounce@test.example", emailDelivery: { sent: false } } });
    } finally {
      console.error = original;
      smtp.refuseAll(false);
    }
    expect(logged.map((args) => JSON.parse(String(args[0])))).toEqual([
      expect.objectContaining({ level: "error", msg: "email could not be sent", to: "bounce@test.example" }),
    ]);
    expect(await db().invitation.count({ where: { email: "bounce@test.example", status: "PENDING" } })).toBe(1);
    // "Resend" then delivers it.
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "bounce@test.example" } });
    const resent = await runAction(resendInvitation, world.actor(world.adminA.user.id, world.centreA.id), { invitationId: invitation.id });
    expect(resent).toEqual({ ok: true, data: { email: "bounce@test.example", emailDelivery: { sent: true } } });
  });
});

describe("resending and withdrawing an invitation", () => {
  it("resending emails a new link that works; the earlier link stops working", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    await runAction(inviteStaffMember, actor, { ...newStaff, email: "resend.me@test.example" });
    const first = await emailedToken("resend.me@test.example");
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "resend.me@test.example" } });
    // Long after, the first link has expired; resending gives a fresh 14 days.
    const later = new Date(Date.now() + 20 * 86_400_000);
    expect(await unsafeFindOpenInvitation(db(), first, later)).toBeNull();
    const resent = await runAction(resendInvitation, actor, { invitationId: invitation.id }, { now: later });
    expect(resent).toMatchObject({ ok: true, data: { email: "resend.me@test.example", emailDelivery: { sent: true } } });
    const second = await emailedToken("resend.me@test.example");
    expect(second).not.toBe(first);
    expect(await unsafeFindOpenInvitation(db(), first, later)).toBeNull();
    expect(await unsafeFindOpenInvitation(db(), second, later)).toMatchObject({ id: invitation.id });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { centreId: world.centreA.id, action: "staff.resendInvitation" } });
    expect(audit).toMatchObject({
      targetType: "Invitation",
      targetId: invitation.id,
      summary: { email: "resend.me@test.example", role: "ASSESSOR" },
    });
  });

  it("withdrawing stops the link; a closed invitation cannot be resent or withdrawn again", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    await runAction(inviteStaffMember, actor, { ...newStaff, email: "withdraw.me@test.example" });
    const token = await emailedToken("withdraw.me@test.example");
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "withdraw.me@test.example" } });
    expect(await runAction(withdrawInvitation, actor, { invitationId: invitation.id })).toEqual({
      ok: true,
      data: { email: "withdraw.me@test.example" },
    });
    expect(await unsafeFindOpenInvitation(db(), token, new Date())).toBeNull();
    const password = { password: "quiet meadow engine", confirmPassword: "quiet meadow engine" };
    expect(await runPublicAction(acceptInvitationWithNewAccount, { token, name: "Withdrawn", ...password })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await runAction(resendInvitation, actor, { invitationId: invitation.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This invitation was withdrawn.",
    });
    expect(await runAction(withdrawInvitation, actor, { invitationId: invitation.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    const actions = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id },
      orderBy: { sequence: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["staff.invite", "staff.withdrawInvitation"]);
  });

  it("another centre's admin gets \"not found\" for this centre's invitation, as for a missing one", async () => {
    const world = await createCentreWorld();
    await runAction(inviteStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      ...newStaff,
      email: "alpha.only@test.example",
    });
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "alpha.only@test.example" } });
    const asB = world.actor(world.adminB.user.id, world.centreB.id);
    for (const action of [resendInvitation, withdrawInvitation]) {
      const foreign = await runAction(action, asB, { invitationId: invitation.id });
      const missing = await runAction(action, asB, { invitationId: "00000000-0000-4000-8000-000000000000" });
      expect(foreign).toEqual({ ok: false, code: "NOT_FOUND", message: "Invitation not found.", fieldErrors: undefined });
      expect(foreign).toEqual(missing);
    }
    expect(await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({
      status: "PENDING",
      tokenHash: invitation.tokenHash,
    });
  });
});

describe("an account outside the centre cannot be taken over through an invitation (finding C)", () => {
  it("resending and accepting can neither set the password of a password-less account with an awarding-body role nor sign anyone in as it", async () => {
    const world = await createCentreWorld();
    const examiner = await createUser("Olu Examiner", { email: "olu.examiner@test.example", password: false });
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.body.id, userId: examiner.id } });
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    await runAction(inviteStaffMember, actor, { ...newStaff, email: examiner.email });
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: examiner.email } });
    expect(await runAction(resendInvitation, actor, { invitationId: invitation.id })).toMatchObject({ ok: true });
    // The admin (or anyone who got hold of the link) tries to use it.
    const token = await emailedToken(examiner.email);
    const chosen = "attacker chosen phrase";
    const asNewPerson = await runPublicAction(acceptInvitationWithNewAccount, {
      token,
      name: "Olu Examiner",
      password: chosen,
      confirmPassword: chosen,
    });
    expect(asNewPerson).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/Sign in as it/) });
    const asAdmin = await runAction(acceptInvitation, world.actor(world.adminA.user.id), { token });
    expect(asAdmin).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const after = await db().user.findUniqueOrThrow({ where: { id: examiner.id } });
    expect(after).toMatchObject({ passwordHash: null, sessionVersion: examiner.sessionVersion, name: "Olu Examiner" });
    expect(await authenticate(db(), { email: examiner.email, password: chosen })).toMatchObject({ ok: false });
    expect(await db().membership.count({ where: { userId: examiner.id } })).toBe(0);
    // The invitation page sends them to sign in (after "Forgot your password?"), never to a password form.
    expect(await unsafeInvitationPageState(token)).toMatchObject({ account: { userId: examiner.id, hasPassword: false } });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "PENDING" });
  });
});

describe("managing a centre's staff", () => {
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
    const other = await db().membership.create({
      data: { centreId: world.centreA.id, userId: world.assessorA.user.id, role: "CENTRE_ADMIN" },
    });
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    expect(await runAction(deactivateStaffMember, actor, { membershipId: other.id, version: 1 })).toMatchObject({ ok: true });
    const demote = await runAction(changeStaffRole, actor, {
      membershipId: world.adminA.membership.id,
      version: 1,
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(demote).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { role: [expect.stringMatching(/at least one active centre admin/)] },
    });
  });

  it("two admins deactivating each other at the same moment leave the centre one admin", async () => {
    const world = await createCentreWorld();
    const second = await db().membership.create({
      data: { centreId: world.centreA.id, userId: world.assessorA.user.id, role: "CENTRE_ADMIN" },
    });
    const results = await Promise.all([
      runAction(deactivateStaffMember, world.actor(world.adminA.user.id, world.centreA.id), { membershipId: second.id, version: 1 }),
      runAction(deactivateStaffMember, world.actor(world.assessorA.user.id, world.centreA.id), {
        membershipId: world.adminA.membership.id,
        version: 1,
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().membership.count({ where: { centreId: world.centreA.id, role: "CENTRE_ADMIN", status: "ACTIVE" } })).toBe(1);
  });

  it("deactivates and reactivates, and a deactivated person loses access to that centre at once", async () => {
    const world = await createCentreWorld();
    const actor = world.actor(world.adminA.user.id, world.centreA.id);
    const ref = { membershipId: world.assessorA.membership.id, version: 1 };
    expect(await runAction(deactivateStaffMember, actor, ref)).toMatchObject({ ok: true });
    expect(await authenticate(db(), { email: world.assessorA.user.email, password: "violet harbour lantern" })).toEqual({
      ok: false,
      reason: "NO_ACTIVE_ROLE",
    });
    expect(await runAction(reactivateStaffMember, actor, { ...ref, version: 2 })).toMatchObject({ ok: true });
    const actions = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id },
      orderBy: { sequence: "asc" },
      select: { action: true },
    });
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

describe("a centre admin opening a person's professional record to the centre", () => {
  /** Ivan assessed at Delta Training (same awarding body as his centre) and left; Dee is Delta's admin. */
  async function formerAssessor(role: "ASSESSOR" | "EXTERNAL_VERIFIER", status: "ACTIVE" | "DEACTIVATED") {
    const world = await createAwardingBodyWorld();
    const delta = await createCentre("Delta Training", world.ics.id);
    const admin = await createUser("Dee Admin");
    await db().membership.create({ data: { centreId: delta.id, userId: admin.id, role: "CENTRE_ADMIN", isHeadOfCentre: true } });
    const old = await db().membership.create({
      data: {
        centreId: delta.id,
        userId: world.icsAssessor.id,
        role,
        status,
        deactivatedAt: status === "DEACTIVATED" ? new Date("2025-01-01") : null,
        expiresOn: role === "EXTERNAL_VERIFIER" ? new Date(Date.now() + 30 * 86_400_000) : null,
      },
    });
    const adminAccess = (await resolveAccessContext(db(), { userId: admin.id, requestedWorkspaceKey: workspaceKey.centre(delta.id) }))!;
    return { world, delta, admin, old, adminAccess, actor: world.centreActor(admin.id, delta.id) };
  }

  it("reactivating a former assessor tells them by email that the centre and its awarding body can read their record, and the audit entry says so", async () => {
    const { world, delta, old, adminAccess, actor } = await formerAssessor("ASSESSOR", "DEACTIVATED");
    expect(await mayReadStaffFilesOf(db(), adminAccess, world.icsAssessor.id)).toBe(false);

    const result = await runAction(reactivateStaffMember, actor, { membershipId: old.id, version: old.version });
    expect(result).toMatchObject({ ok: true, data: { membershipId: old.id, emailDelivery: { sent: true } } });
    // The centre can read it now; Ivan knows.
    expect(await mayReadStaffFilesOf(db(), adminAccess, world.icsAssessor.id)).toBe(true);
    const email = await smtp.nextTo(world.icsAssessor.email);
    expect(email.subject).toBe("Delta Training can now read your professional record on Assay");
    expect(email.text).toContain("Hello Ivan Assessor,");
    expect(email.text).toContain("Dee Admin has made you an assessor at Delta Training again on Assay.");
    expect(email.text).toContain(
      `and the staff of ${world.ics.name}, can read your professional record: your CV, role profile and certificates, your CPD log`,
    );
    expect(email.text).toContain("Open your professional record:\n\nhttp://localhost:3000/professional-record\n");

    const entry = await db().auditEvent.findFirstOrThrow({ where: { centreId: delta.id, action: "staff.reactivate" } });
    expect(entry.summary).toMatchObject({
      person: world.icsAssessor.email,
      after: { status: "ACTIVE" },
      professionalRecord: `Delta Training and ${world.ics.name} can now read this person's professional record (CV, certificates, CPD evidence)`,
      personToldByEmail: world.icsAssessor.email,
    });
  });

  it("changing an external verifier's role to assessor tells them too; a change that opens nothing new sends nothing", async () => {
    const { world, delta, old, adminAccess, actor } = await formerAssessor("EXTERNAL_VERIFIER", "ACTIVE");
    expect(await mayReadStaffFilesOf(db(), adminAccess, world.icsAssessor.id)).toBe(false);
    const toIvan = () => smtp.messages.filter((message) => message.to.includes(world.icsAssessor.email.toLowerCase())).length;

    const changed = await runAction(changeStaffRole, actor, {
      membershipId: old.id,
      version: old.version,
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(changed).toMatchObject({ ok: true, data: { emailDelivery: { sent: true } } });
    const email = await smtp.nextTo(world.icsAssessor.email);
    expect(email.text).toContain("Dee Admin has changed your role at Delta Training on Assay: you are now an assessor there.");
    const entry = await db().auditEvent.findFirstOrThrow({ where: { centreId: delta.id, action: "staff.changeRole" } });
    expect(entry.summary).toMatchObject({
      before: { role: "EXTERNAL_VERIFIER" },
      after: { role: "ASSESSOR" },
      personToldByEmail: world.icsAssessor.email,
    });
    expect(toIvan()).toBe(1);

    // Assessor to IQA: the centre could already read the record, so no email and no note.
    const again = await runAction(changeStaffRole, actor, {
      membershipId: old.id,
      version: old.version + 1,
      role: "IQA",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(again).toMatchObject({ ok: true, data: { emailDelivery: null } });
    const second = await db().auditEvent.findMany({
      where: { centreId: delta.id, action: "staff.changeRole" },
      orderBy: { sequence: "asc" },
    });
    expect(second.at(-1)?.summary).not.toHaveProperty("personToldByEmail");
    // Reactivating an admin opens no professional record either.
    expect(await runAction(deactivateStaffMember, actor, { membershipId: old.id, version: old.version + 2 })).toMatchObject({ ok: true });
    const adminAgain = await runAction(changeStaffRole, actor, {
      membershipId: old.id,
      version: old.version + 3,
      role: "CENTRE_ADMIN",
      isHeadOfCentre: false,
      expiresOn: "",
    });
    expect(adminAgain).toMatchObject({ ok: true, data: { emailDelivery: null } });
    expect(await runAction(reactivateStaffMember, actor, { membershipId: old.id, version: old.version + 4 })).toMatchObject({
      ok: true,
      data: { emailDelivery: null },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toIvan()).toBe(1);
  });
});
