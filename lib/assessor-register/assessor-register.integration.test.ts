import { describe, expect, it } from "vitest";
import { renderPage, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { recordApprovalEvent } from "@/lib/approvals/record-approval-event";
import { resolveAccessContext, workspaceKey, type AwardingBodyAccess } from "@/lib/auth/access-context";
import { applyApprovalEvent } from "@/lib/approvals/apply-approval-event";
import { approvalPage } from "@/lib/approvals/queries";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createUser } from "@/tests/factories/centre-world";
import { publishedAssessorLists } from "./published-list";
import { isOverdue, registerRows, requireAssessorInBody } from "./queries";
import { parseRegisterFilters } from "./schemas";

const { default: RegisterPage } = await import("@/app/(app)/assessors/page");
const { default: ApprovalPage } = await import("@/app/(app)/assessors/[userId]/approval/page");
const { default: PublishedPage } = await import("@/app/registered-assessors/page");

const db = () => getPrisma();

async function accessAt(userId: string, awardingBodyId: string): Promise<AwardingBodyAccess> {
  return (await resolveAccessContext(db(), {
    userId,
    requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId),
  })) as AwardingBodyAccess;
}

/** The Institute's world plus an IQA at its centre with no approval (approved by the centre). */
async function createRegisterWorld() {
  const world = await createAwardingBodyWorld();
  const iqa = await createUser("Quinn Iqa");
  await db().membership.create({ data: { centreId: world.icsCentre.id, userId: iqa.id, role: "IQA" } });
  // A deactivated assessor at the centre is not in the register.
  const former = await createUser("Fred Former");
  await db().membership.create({ data: { centreId: world.icsCentre.id, userId: former.id, role: "ASSESSOR", status: "DEACTIVATED" } });
  return { ...world, iqa, former };
}

async function naaceChange(world: AwardingBodyWorld, approvalId: string, input: Record<string, unknown>) {
  const { version } = await db().assessorApproval.findUniqueOrThrow({ where: { id: approvalId } });
  const result = await runAction(recordApprovalEvent, world.actor(world.naaceStaff.id, world.naace.id), {
    reason: "Recorded",
    ...input,
    approvalId,
    version,
  });
  if (!result.ok) throw new Error(result.message);
}

describe("assessor register", () => {
  it("lists the body's approved assessors and its centres' active assessors and IQAs, with status, CPD and overdue targets", async () => {
    const world = await createRegisterWorld();
    const rows = await registerRows(await accessAt(world.icsStaff.id, world.ics.id));
    expect(rows.map((row) => row.name)).toEqual(["Ivan Assessor", "Quinn Iqa"]);
    const [ivan, quinn] = rows;
    expect(ivan).toMatchObject({
      userId: world.icsAssessor.id,
      centres: [{ id: world.icsCentre.id, name: "Gamma Contact Academy" }],
      approval: {
        id: world.icsApproval.id,
        scheme: "ICS",
        state: "singleSignOff",
        stateLabel: "Single sign-off",
        approvedOn: "2025-09-01",
      },
      openBreaches: 0,
      openSupportingReviewId: null,
    });
    // Single sign-off on 2025-09-01: full accreditation was due 8 weeks later.
    expect(ivan!.lifecycleWarnings.map((finding) => finding.code)).toEqual(["ics.accreditation-overdue"]);
    expect(ivan!.lifecycleWarnings[0]!.message).toContain("2025-10-27");
    expect(isOverdue(ivan!)).toBe(true);
    expect(ivan!.cpd?.status).toBeDefined();
    expect(quinn).toMatchObject({ approval: null, lifecycleWarnings: [] });
    expect(isOverdue(quinn!)).toBe(false);

    const access = await accessAt(world.icsStaff.id, world.ics.id);
    expect((await registerRows(access, { status: "centreApproved" })).map((row) => row.name)).toEqual(["Quinn Iqa"]);
    expect((await registerRows(access, { status: "singleSignOff" })).map((row) => row.name)).toEqual(["Ivan Assessor"]);
    expect((await registerRows(access, { overdue: "any" })).map((row) => row.name)).toEqual(["Ivan Assessor"]);
    expect(await registerRows(access, { breaches: true })).toEqual([]);
  });

  it("filters from the query string: good values kept, bad ones ignored", () => {
    expect(parseRegisterFilters({ status: "accredited", cpd: "atRisk", overdue: "1", breaches: "true" })).toEqual({
      status: "accredited",
      cpd: "atRisk",
      overdue: "any",
      breaches: true,
    });
    expect(parseRegisterFilters({ status: "hacked", cpd: "<script>", overdue: "yes", breaches: ["1", "0"] })).toEqual({
      status: undefined,
      cpd: undefined,
      overdue: undefined,
      breaches: true,
    });
    expect(parseRegisterFilters({ overdue: "lifecycle", qualityReview: "due", reviews: "open" })).toMatchObject({
      overdue: "lifecycle",
      qualityReview: "due",
      reviews: "open",
    });
    expect(parseRegisterFilters({ overdue: "qa", qualityReview: "soon", reviews: "all" })).toMatchObject({
      overdue: "qa",
      qualityReview: undefined,
      reviews: undefined,
    });
  });

  it("isolation: Naace's staff never see the Institute's assessors, and cannot reach one by id", async () => {
    const world = await createRegisterWorld();
    const naaceAccess = await accessAt(world.naaceStaff.id, world.naace.id);
    const rows = await registerRows(naaceAccess);
    expect(rows.map((row) => row.userId)).toEqual([world.naaceAssessor.id]);
    expect(rows[0]).toMatchObject({ approval: { scheme: "NAACE", state: "registered", organisation: "Self-employed" }, centres: [] });
    for (const userId of [world.icsAssessor.id, world.iqa.id, world.former.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expect(requireAssessorInBody(db(), naaceAccess, userId)).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Assessor not found.",
      });
    }
    const icsAccess = await accessAt(world.icsStaff.id, world.ics.id);
    await expect(requireAssessorInBody(db(), icsAccess, world.naaceAssessor.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requireAssessorInBody(db(), icsAccess, world.former.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await requireAssessorInBody(db(), icsAccess, world.iqa.id)).toMatchObject({ name: "Quinn Iqa", approval: null });
    expect(await requireAssessorInBody(db(), icsAccess, world.icsAssessor.id)).toMatchObject({
      approval: { id: world.icsApproval.id, state: "singleSignOff" },
    });
    // An approved assessor in the body's workspace has no register.
    await expect(registerRows(await accessAt(world.icsAssessor.id, world.ics.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the register page lists the rows with links to each compliance review and approval; the approval page shows history and forms", async () => {
    const world = await createRegisterWorld();
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = await renderPage(RegisterPage({ searchParams: Promise.resolve({ overdue: "1", status: "bogus" }) }));
    expect(html).toContain("Assessor register");
    expect(html).toContain(`href="/assessors/${world.icsAssessor.id}"`);
    expect(html).toContain(`href="/assessors/${world.icsAssessor.id}/approval"`);
    expect(html).toContain("Full accreditation was due by 27 Oct 2025");
    expect(html).toContain("Showing 1 of 2 assessors.");
    expect(html).not.toContain("Quinn Iqa");

    const approval = await renderPage(ApprovalPage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }));
    expect(approval).toContain("Ivan Assessor: approval");
    expect(approval).toContain("Lifecycle history");
    expect(approval).toContain("Attended day two of the Assessor Development Workshop");
    expect(approval).toContain("Signed off");
    expect(approval).toContain("Full accreditation granted");
    expect(approval).toContain("Approval withdrawn");

    const centreApproved = await renderPage(ApprovalPage({ params: Promise.resolve({ userId: world.iqa.id }) }));
    expect(centreApproved).toContain("Start approval");

    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    await expect(renderPage(ApprovalPage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }))).rejects.toThrow();
  });

  it("the Naace approval page shows the appeal deadline prominently once a second moderation fails", async () => {
    const world = await createAwardingBodyWorld();
    const approvalId = world.naaceApproval.id;
    await naaceChange(world, approvalId, {
      type: "recordModeration",
      on: "2026-01-05",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    await naaceChange(world, approvalId, { type: "completeDevelopment", on: "2026-02-01" });
    await naaceChange(world, approvalId, {
      type: "recordModeration",
      on: "2026-03-02",
      schoolId: world.school.id,
      outcome: "unsatisfactory",
    });
    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const html = await renderPage(ApprovalPage({ params: Promise.resolve({ userId: world.naaceAssessor.id }) }));
    expect(html).toContain("Appeal deadline: 1 Apr 2026");
    expect(html).toContain("Not accredited");
    expect(html).toContain(world.school.name);
    expect(html).toContain("Appeal lodged");
  });
});

describe("published list of registered assessors", () => {
  it("shows registered Naace assessors' name and organisation only; never removed, selected or not accredited ones, nor the Institute's", async () => {
    const world = await createAwardingBodyWorld();
    const make = async (name: string, state: string, organisation: string | null) => {
      const user = await createUser(name);
      await db().assessorApproval.create({
        data: { awardingBodyId: world.naace.id, userId: user.id, scheme: "NAACE", state, organisation },
      });
    };
    await make("Ada Accredited", "accredited", "Digital Schools Ltd");
    await make("Rex Removed", "removed", "Gone Ltd");
    await make("Sid Selected", "selected", null);
    await make("Nat NotAccredited", "notAccredited", null);
    await make("Dev Development", "developmentRequired", null);

    const list = (await publishedAssessorLists()).find((entry) => entry.awardingBodyName === world.naace.name);
    expect(list?.assessors).toEqual([
      { name: "Ada Accredited", organisation: "Digital Schools Ltd" },
      { name: "Dev Development", organisation: null },
      { name: "Nora Assessor", organisation: "Self-employed" },
    ]);
    expect((await publishedAssessorLists()).some((entry) => entry.awardingBodyName === world.ics.name)).toBe(false);

    const html = await renderPage(PublishedPage());
    expect(html).toContain("Registered ICT Mark assessors");
    expect(html).toContain("Ada Accredited");
    expect(html).toContain("Digital Schools Ltd");
    expect(html).not.toContain("Rex Removed");
    expect(html).not.toContain("Sid Selected");
    expect(html).not.toContain("Ivan Assessor");
    expect(html).not.toContain(world.naaceAssessor.email);
    expect(html).not.toContain(world.naaceAssessor.id);
  });

  it("an unanswered letter past its reply date is an overdue lifecycle target in the row and on the approval page; 'since' is the day the state began", async () => {
    const world = await createAwardingBodyWorld();
    const access = await accessAt(world.icsStaff.id, world.ics.id);
    const now = new Date("2026-11-22T12:00:00Z");
    // Single sign-off on 2025-09-01 (the approval date); a breach on 2026-10-13 opens a supporting review.
    await db().$transaction((tx) =>
      applyApprovalEvent(tx, {
        access,
        approvalId: world.icsApproval.id,
        event: { type: "recordBreach", on: "2026-10-13", description: "Late records" },
        reason: "Centre report",
        now,
      }),
    );
    const review = await db().supportingReview.create({
      data: { awardingBodyId: world.ics.id, approvalId: world.icsApproval.id, openedOn: new Date("2026-10-13") },
    });
    await db().supportingReviewCorrespondence.create({
      data: {
        awardingBodyId: world.ics.id,
        supportingReviewId: review.id,
        direction: "TO_ASSESSOR",
        sentOn: new Date("2026-10-18"),
        summary: "Please explain the late records",
        responseDueOn: new Date("2026-11-08"),
        recordedById: world.icsStaff.id,
      },
    });
    const [row] = (await registerRows(access, {}, { now })).filter((r) => r.userId === world.icsAssessor.id);
    expect(row!.approval).toMatchObject({ state: "supportingReview", approvedOn: "2025-09-01", stateSince: "2026-10-13" });
    const letter = row!.lifecycleWarnings.find((finding) => finding.code === "ics.breach-correspondence-unanswered");
    expect(letter?.message).toBe(
      "The letter of 2026-10-18 asked for a reply by 2026-11-08 and none is recorded; approval may be withdrawn for no response.",
    );
    expect(isOverdue(row!)).toBe(true);
    expect((await registerRows(access, { overdue: "lifecycle" }, { now })).map((r) => r.userId)).toContain(world.icsAssessor.id);
    expect((await registerRows(access, { reviews: "open" }, { now })).map((r) => r.userId)).toEqual([world.icsAssessor.id]);
    const page = await approvalPage(access, world.icsAssessor.id, { now });
    expect(page.approval?.warnings.map((finding) => finding.code)).toContain("ics.breach-correspondence-unanswered");

    // A reply after the letter: no longer overdue.
    await db().supportingReviewCorrespondence.create({
      data: {
        awardingBodyId: world.ics.id,
        supportingReviewId: review.id,
        direction: "FROM_ASSESSOR",
        sentOn: new Date("2026-11-20"),
        summary: "Reply",
        recordedById: world.icsStaff.id,
      },
    });
    const [answered] = (await registerRows(access, {}, { now })).filter((r) => r.userId === world.icsAssessor.id);
    expect(answered!.lifecycleWarnings.map((finding) => finding.code)).not.toContain("ics.breach-correspondence-unanswered");
  });

  it("the status filter offers 'Approved by the centre' only where the body has centres; Naace's description names no centres", async () => {
    const world = await createAwardingBodyWorld();
    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const naaceHtml = await renderPage(RegisterPage({ searchParams: Promise.resolve({}) }));
    expect(naaceHtml).not.toContain("Approved by the centre");
    expect(naaceHtml).not.toContain("its centres");
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const icsHtml = await renderPage(RegisterPage({ searchParams: Promise.resolve({ overdue: "qa" }) }));
    expect(icsHtml).toContain("Approved by the centre");
    expect(icsHtml).toContain("Nobody in the register matches these filters.");
  });
});
