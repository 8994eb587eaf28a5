import { describe, expect, it } from "vitest";
import { runAction, runPublicAction } from "@/lib/actions/run-action";
import { isCentreAccess, resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { listPendingInvitations } from "@/lib/staff/queries";
import { createUser } from "@/tests/factories/centre-world";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { captureEmailInThisFile, linkIn, tokenOf } from "@/tests/support/smtp-capture";
import { allocateStaff } from "./allocate-staff";
import { confirmEntry } from "./confirm-entry";
import { assertMayAssess } from "./load-candidate";
import { getRegistration, listCandidates } from "./queries";
import { registerCandidate } from "./register-candidate";
import { reinstateCandidate } from "./reinstate-candidate";
import { updateRegistration } from "./update-registration";
import { withdrawCandidate } from "./withdraw-candidate";

const db = () => getPrisma();
const smtp = captureEmailInThisFile();
/** 123456789 with its check digit (LRS rule DD01). */
const validUln = "1234567899";

function registration(world: AssessmentWorld, overrides: Record<string, unknown> = {}) {
  return {
    name: "Priya Shah",
    email: "Priya.Shah@Test.example",
    dateOfBirth: "2001-06-15",
    uln: "123 456 7899",
    publiclyFunded: false,
    phone: "07700 900123",
    address: "1 High Street\nLeeds",
    employer: "Acme Retail",
    workplace: "Leeds store",
    qualificationId: world.qualification.id,
    entryType: "FULL_AWARD",
    entryUnitIds: [],
    startDate: "2026-02-02",
    entryConfirmedOn: "",
    initialAssessmentOn: "2026-01-20",
    initialAssessmentOutcome: "Level 3 suits; choose optional unit B.",
    specialAssessmentRequirements: "Extra time for written questions.",
    assessorUserId: world.assessorA.user.id,
    iqaUserId: "",
    ...overrides,
  };
}

async function withIqa(world: AssessmentWorld) {
  const iqa = await createUser("Ivy Iqa");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
  return iqa;
}

const asAdminA = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);

async function editForm(candidateId: string) {
  const c = await db().candidate.findUniqueOrThrow({ where: { id: candidateId } });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return {
    candidateId: c.id,
    version: c.version,
    name: c.name,
    dateOfBirth: day(c.dateOfBirth),
    uln: c.uln ?? "",
    publiclyFunded: c.publiclyFunded,
    phone: c.phone ?? "",
    address: c.address ?? "",
    employer: c.employer ?? "",
    workplace: c.workplace ?? "",
    entryType: c.entryType,
    entryUnitIds: c.entryUnitIds,
    startDate: day(c.startDate),
    initialAssessmentOn: day(c.initialAssessmentOn),
    initialAssessmentOutcome: c.initialAssessmentOutcome ?? "",
    specialAssessmentRequirements: c.specialAssessmentRequirements ?? "",
  };
}

describe("registering a candidate (RD01)", () => {
  it("saves every RD01 field, allocates the assessor and emails the candidate an invitation to their own account", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(registerCandidate, asAdminA(world), registration(world));
    expect(result).toMatchObject({ ok: true, data: { warnings: [], emailDelivery: { sent: true } } });
    if (!result.ok) throw new Error("not registered");
    const candidate = await db().candidate.findUniqueOrThrow({ where: { id: result.data.candidateId } });
    expect(candidate).toMatchObject({
      centreId: world.centreA.id,
      userId: null,
      name: "Priya Shah",
      email: "priya.shah@test.example",
      uln: validUln,
      phone: "07700 900123",
      address: "1 High Street\nLeeds",
      employer: "Acme Retail",
      workplace: "Leeds store",
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      assessorUserId: world.assessorA.user.id,
      iqaUserId: null,
      initialAssessmentOutcome: "Level 3 suits; choose optional unit B.",
      specialAssessmentRequirements: "Extra time for written questions.",
      status: "ACTIVE",
      version: 1,
      registeredById: world.adminA.user.id,
    });
    expect(candidate.dateOfBirth.toISOString().slice(0, 10)).toBe("2001-06-15");
    const invitation = await db().invitation.findUniqueOrThrow({ where: { id: candidate.invitationId! } });
    expect(invitation).toMatchObject({
      centreId: world.centreA.id,
      role: "CANDIDATE",
      status: "PENDING",
      email: "priya.shah@test.example",
    });
    const email = await smtp.nextTo("priya.shah@test.example");
    expect(email.text).toContain("Ada Admin has registered you as a candidate at Alpha College.");
    expect(linkIn(email, "/invitation/")).toMatch(/\/invitation\/[\w-]{43}$/);
    expect(
      await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "candidate.register", targetId: candidate.id } }),
    ).toBe(1);
    // The staff page's pending invitations never list a candidate's.
    const admin = await resolveAccessContext(db(), { userId: world.adminA.user.id });
    expect((await listPendingInvitations(admin!)).map((row) => row.email)).not.toContain("priya.shah@test.example");
  });

  it("accepts a missing ULN with the rule's warning, stronger when publicly funded", async () => {
    const world = await createAssessmentWorld();
    const plain = await runAction(registerCandidate, asAdminA(world), registration(world, { uln: "", email: "a@test.example" }));
    expect(plain).toMatchObject({ ok: true, data: { warnings: [expect.stringContaining("has no ULN")] } });
    const funded = await runAction(
      registerCandidate,
      asAdminA(world),
      registration(world, { uln: "", publiclyFunded: true, email: "b@test.example" }),
    );
    expect(funded).toMatchObject({ ok: true, data: { warnings: [expect.stringContaining("publicly funded: record a valid ULN")] } });
  });

  it("refuses a ULN whose check digit does not match, beside the field, and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const invitations = await db().invitation.count();
    const result = await runAction(registerCandidate, asAdminA(world), registration(world, { uln: "1234567890" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { uln: [expect.stringContaining("check digit")] } });
    const empty = await runAction(registerCandidate, asAdminA(world), registration(world, { name: " ", entryType: "UNITS" }));
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter the candidate's full name."], entryUnitIds: ["Choose at least one unit to enter the candidate for."] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
    expect(await db().invitation.count()).toBe(invitations);
  });

  it("refuses an under-age candidate and full award with units at once, in the rule's words", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const young = await runAction(registerCandidate, asAdminA(world), registration(world, { dateOfBirth: "2012-01-01" }));
    expect(young).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        dateOfBirth: [expect.stringMatching(/^The candidate is 14 on the entry date .* approved only for 16–18, 18\+, 19\+ learners\.$/)],
      },
    });
    const both = await runAction(registerCandidate, asAdminA(world), registration(world, { entryUnitIds: [world.unitA.id] }));
    expect(both).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { entryType: [expect.stringContaining("not both")] } });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("enters named units, and refuses a full-award entry for the same person already entered for units", async () => {
    const world = await createAssessmentWorld();
    const units = await runAction(
      registerCandidate,
      asAdminA(world),
      registration(world, { entryType: "UNITS", entryUnitIds: [world.unitA.id, world.unitB.id] }),
    );
    expect(units).toMatchObject({ ok: true });
    const again = await runAction(registerCandidate, asAdminA(world), registration(world));
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { entryType: [expect.stringContaining("Candidates are entered for the full award or for individual units, not both")] },
    });
  });

  it("refuses a person who is not an active assessor here, or the same person as assessor and IQA", async () => {
    const world = await createAssessmentWorld();
    const before = await centreAssessmentSnapshot(world.centreA.id);
    const foreign = await runAction(registerCandidate, asAdminA(world), registration(world, { assessorUserId: world.assessorB.user.id }));
    expect(foreign).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      fieldErrors: { assessorUserId: ["Choose one of this centre's active assessors."] },
    });
    const notIqa = await runAction(registerCandidate, asAdminA(world), registration(world, { iqaUserId: world.assessorA.user.id }));
    expect(notIqa).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const both = await withIqa(world);
    await db().membership.create({ data: { centreId: world.centreA.id, userId: both.id, role: "ASSESSOR" } });
    const same = await runAction(registerCandidate, asAdminA(world), registration(world, { assessorUserId: both.id, iqaUserId: both.id }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { iqaUserId: [expect.stringContaining("own assessment decisions")] } });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });
});

describe("accepting a candidate's invitation", () => {
  it("with a new account: the candidate role is granted and the registration is linked, in one step", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(registerCandidate, asAdminA(world), registration(world));
    if (!result.ok) throw new Error("not registered");
    const token = tokenOf(linkIn(await smtp.nextTo("priya.shah@test.example"), "/invitation/"));
    const accepted = await runPublicAction(acceptInvitationWithNewAccount, {
      token,
      name: "Priya Shah",
      password: "marble otter orchard",
      confirmPassword: "marble otter orchard",
    });
    expect(accepted).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email: "priya.shah@test.example" } });
    expect(await db().membership.findFirst({ where: { centreId: world.centreA.id, userId: user.id } })).toMatchObject({
      role: "CANDIDATE",
      status: "ACTIVE",
    });
    const candidate = await db().candidate.findUniqueOrThrow({ where: { id: result.data.candidateId } });
    expect(candidate.userId).toBe(user.id);
    // The linked candidate now reaches their own registration.
    const access = await resolveAccessContext(db(), { userId: user.id, requestedWorkspaceKey: workspaceKey.centre(world.centreA.id) });
    expect(access?.workspace.roles).toEqual(["CANDIDATE"]);
  });

  it("with an existing account (a staff member elsewhere): the same, and no other registration is touched", async () => {
    const world = await createAssessmentWorld();
    const result = await runAction(registerCandidate, asAdminA(world), registration(world, { email: world.assessorB.user.email }));
    if (!result.ok) throw new Error("not registered");
    const token = tokenOf(linkIn(await smtp.nextTo(world.assessorB.user.email), "/invitation/"));
    const accepted = await runAction(acceptInvitation, world.actor(world.assessorB.user.id, world.centreB.id), { token });
    expect(accepted).toMatchObject({ ok: true, data: { role: "Candidate", centreName: "Alpha College" } });
    expect((await db().candidate.findUniqueOrThrow({ where: { id: result.data.candidateId } })).userId).toBe(world.assessorB.user.id);
    expect((await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } })).userId).toBe(world.candidateA.user.id);
  });
});

describe("editing a registration", () => {
  it("saves the change, bumps the version and refuses an edit made from the older version", async () => {
    const world = await createAssessmentWorld();
    const form = await editForm(world.candidateInA.id);
    const first = await runAction(updateRegistration, asAdminA(world), { ...form, employer: "New Employer Ltd", uln: validUln });
    expect(first).toMatchObject({ ok: true });
    const saved = await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } });
    expect(saved).toMatchObject({ employer: "New Employer Ltd", uln: validUln, version: 2 });
    const stale = await runAction(updateRegistration, asAdminA(world), { ...form, employer: "Overwritten" });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    expect(await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } })).toEqual(saved);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "candidate.updateRegistration", targetId: saved.id } });
    expect(audit.summary).toMatchObject({
      before: { employer: null, uln: "1000000000" },
      after: { employer: "New Employer Ltd", uln: validUln },
    });
  });

  it("refuses bad input and both routes at once, changing nothing", async () => {
    const world = await createAssessmentWorld();
    const form = await editForm(world.candidateInA.id);
    const before = await centreAssessmentSnapshot(world.centreA.id);
    expect(await runAction(updateRegistration, asAdminA(world), { ...form, uln: "12345" })).toMatchObject({
      ok: false,
      fieldErrors: { uln: ["A ULN has 10 digits; this has 5."] },
    });
    expect(await runAction(updateRegistration, asAdminA(world), { ...form, entryUnitIds: [world.unitA.id] })).toMatchObject({
      ok: false,
      fieldErrors: { entryType: [expect.stringContaining("not both")] },
    });
    expect(await runAction(updateRegistration, asAdminA(world), { ...form, startDate: "2026-02-31" })).toMatchObject({
      ok: false,
      fieldErrors: { startDate: [expect.stringContaining("real date")] },
    });
    expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(before);
  });

  it("an assessor may not edit a registration (candidate.manage)", async () => {
    const world = await createAssessmentWorld();
    const form = await editForm(world.candidateInA.id);
    const result = await runAction(updateRegistration, world.actor(world.assessorA.user.id, world.centreA.id), form);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("confirming the entry", () => {
  it("records the day, refuses a stale version and a missing date", async () => {
    const world = await createAssessmentWorld();
    const input = { candidateId: world.candidateInA.id, version: 1, entryConfirmedOn: "2026-02-10" };
    expect(await runAction(confirmEntry, asAdminA(world), { ...input, entryConfirmedOn: "" })).toMatchObject({
      ok: false,
      fieldErrors: { entryConfirmedOn: ["Enter the date the entry was confirmed."] },
    });
    expect(await runAction(confirmEntry, asAdminA(world), input)).toMatchObject({ ok: true });
    const saved = await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } });
    expect(saved.entryConfirmedOn?.toISOString().slice(0, 10)).toBe("2026-02-10");
    expect(await runAction(confirmEntry, asAdminA(world), { ...input, entryConfirmedOn: "2026-02-11" })).toMatchObject({ code: "STALE" });
  });
});

describe("allocating the assessor and IQA", () => {
  it("allocates active members of this centre, and refuses a stale version", async () => {
    const world = await createAssessmentWorld();
    const iqa = await withIqa(world);
    const input = { candidateId: world.candidateInA.id, version: 1, assessorUserId: world.shared.user.id, iqaUserId: iqa.id };
    // Sam Shared has declared only a social connection with Cara: that blocks assessing (ICS A2).
    const refused = await runAction(allocateStaff, asAdminA(world), input);
    expect(refused).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: {
        assessorUserId: [
          "Sam Shared declared on 2026-01-10 a conflict of interest with Cara Candidate (social connection; ICS assessor code A2), so they may not assess them. Choose another assessor.",
        ],
      },
    });
    expect((await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } })).assessorUserId).toBe(world.assessorA.user.id);
    const ok = await runAction(allocateStaff, asAdminA(world), { ...input, assessorUserId: world.assessorA.user.id });
    expect(ok).toMatchObject({ ok: true, data: { assessor: "Alan Assessor", iqa: "Ivy Iqa" } });
    expect(await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } })).toMatchObject({
      iqaUserId: iqa.id,
      version: 2,
    });
    expect(await runAction(allocateStaff, asAdminA(world), { ...input, assessorUserId: "" })).toMatchObject({ code: "STALE" });
  });

  it("an ended declaration no longer stops the allocation; an IQA's own declaration stops their sampling", async () => {
    const world = await createAssessmentWorld();
    await db().conflictOfInterestDeclaration.update({
      where: { id: world.inCentreA.conflict.id },
      data: { endedOn: new Date("2026-02-01") },
    });
    const allowed = await runAction(allocateStaff, asAdminA(world), {
      candidateId: world.candidateInA.id,
      version: 1,
      assessorUserId: world.shared.user.id,
      iqaUserId: "",
    });
    expect(allowed).toMatchObject({ ok: true });
    const iqa = await withIqa(world);
    await db().conflictOfInterestDeclaration.create({
      data: {
        centreId: world.centreA.id,
        staffUserId: iqa.id,
        candidateId: world.candidateInA.id,
        relationship: "FAMILY",
        declaredOn: new Date("2026-01-01"),
      },
    });
    const refused = await runAction(allocateStaff, asAdminA(world), {
      candidateId: world.candidateInA.id,
      version: 2,
      assessorUserId: world.shared.user.id,
      iqaUserId: iqa.id,
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { iqaUserId: [expect.stringContaining("Ivy Iqa declared")] },
    });
  });
});

describe("withdrawing and reinstating", () => {
  it("withdraws with the date and reason (no new assessment records), then reinstates", async () => {
    const world = await createAssessmentWorld();
    const missing = await runAction(withdrawCandidate, asAdminA(world), {
      candidateId: world.candidateInA.id,
      version: 1,
      withdrawnOn: "2026-04-01",
      withdrawalReason: " ",
    });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { withdrawalReason: ["Give the reason for the withdrawal."] } });
    const early = await runAction(withdrawCandidate, asAdminA(world), {
      candidateId: world.candidateInA.id,
      version: 1,
      withdrawnOn: "2025-12-01",
      withdrawalReason: "Left the job",
    });
    expect(early).toMatchObject({ ok: false, fieldErrors: { withdrawnOn: [expect.stringContaining("start date")] } });
    const done = await runAction(withdrawCandidate, asAdminA(world), {
      candidateId: world.candidateInA.id,
      version: 1,
      withdrawnOn: "2026-04-01",
      withdrawalReason: "Left the job",
    });
    expect(done).toMatchObject({ ok: true });
    const withdrawn = await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } });
    expect(withdrawn).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "Left the job", version: 2 });
    const assessor = await resolveAccessContext(db(), { userId: world.assessorA.user.id });
    if (!assessor || !isCentreAccess(assessor)) throw new Error("no access");
    await expect(assertMayAssess(db(), assessor, withdrawn, new Date())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await runAction(reinstateCandidate, asAdminA(world), { candidateId: world.candidateInA.id, version: 1 })).toMatchObject({
      code: "STALE",
    });
    expect(await runAction(reinstateCandidate, asAdminA(world), { candidateId: world.candidateInA.id, version: 2 })).toMatchObject({
      ok: true,
    });
    expect(await db().candidate.findUniqueOrThrow({ where: { id: world.candidateInA.id } })).toMatchObject({
      status: "ACTIVE",
      withdrawnOn: null,
      withdrawalReason: null,
    });
  });
});

describe("reads", () => {
  it("lists the centre's candidates only, searched by name or ULN, filtered by status and assessor", async () => {
    const world = await createAssessmentWorld();
    await runAction(registerCandidate, asAdminA(world), registration(world));
    const admin = await resolveAccessContext(db(), { userId: world.adminA.user.id });
    const all = await listCandidates(admin!, { q: "", page: 1 });
    expect(all.rows.map((row) => row.name)).toEqual(["Cara Candidate", "Priya Shah"]);
    expect((await listCandidates(admin!, { q: "pri", page: 1 })).rows.map((row) => row.name)).toEqual(["Priya Shah"]);
    expect((await listCandidates(admin!, { q: "123 456", page: 1 })).rows.map((row) => row.name)).toEqual(["Priya Shah"]);
    expect((await listCandidates(admin!, { q: "", status: "WITHDRAWN", page: 1 })).total).toBe(0);
    expect((await listCandidates(admin!, { q: "", assessor: world.assessorB.user.id, page: 1 })).total).toBe(0);
    const adminB = await resolveAccessContext(db(), { userId: world.adminB.user.id });
    expect((await listCandidates(adminB!, { q: "", page: 1 })).rows.map((row) => row.name)).toEqual(["Cody Candidate"]);
    await expect(getRegistration(adminB!, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the registration shows the declarations about the candidate and that the allocated assessor is conflicted", async () => {
    const world = await createAssessmentWorld();
    await db().candidate.update({ where: { id: world.candidateInA.id }, data: { assessorUserId: world.shared.user.id } });
    const admin = await resolveAccessContext(db(), { userId: world.adminA.user.id });
    const registration = await getRegistration(admin!, world.candidateInA.id);
    expect(registration.declarations.map((row) => row.id)).toEqual([world.inCentreA.conflict.id]);
    expect(registration.conflicts.assessor).toEqual([expect.stringContaining("Sam Shared declared on 2026-01-10")]);
  });
});
