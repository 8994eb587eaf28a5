import { describe, expect, it } from "vitest";
import { renderPage, signInAtAwardingBody } from "@/tests/support/page-session";
import { parseRegisterFilters } from "@/lib/assessor-register/schemas";
import { registerRows } from "@/lib/assessor-register/queries";
import { resolveAccessContext, workspaceKey, type AwardingBodyAccess } from "@/lib/auth/access-context";
import { homeNextSteps } from "@/lib/home/queries";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentre } from "@/tests/factories/centre-world";
import { approvedAssessorHome } from "./assessor-home";
import { awardingBodyDashboard } from "./queries";

// The awarding body's dashboard and the approved assessor's home, on the real database: every
// count is the length of the register list its link opens, a body sees only its own assessors and
// schools, and an approved assessor sees only their own approval, CPD and requests.

const { default: HomePage } = await import("@/app/(app)/page");
const { default: SchoolsPage } = await import("@/app/(app)/schools/page");

const db = () => getPrisma();
const now = new Date("2026-11-22T12:00:00Z");
const decode = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");

async function bodyAccess(userId: string, awardingBodyId: string): Promise<AwardingBodyAccess> {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId), now });
  if (!access || access.workspace.kind !== "awardingBody") throw new Error("no awarding-body access");
  return access as AwardingBodyAccess;
}

/**
 * The Institute with assessors in several states across two centres: the world's assessor (single
 * sign-off since 2025-09-01, so full accreditation is overdue) with an open supporting review and a
 * breach; a trainee at a second centre; a centre-approved assessor (no approval) with an overdue QA
 * request; one more change of circumstance unacknowledged (besides the world's) and one acknowledged. Naace gets a second
 * assessor with a QA request (not the world's assessor's).
 */
async function busyWorld() {
  const world = await createAwardingBodyWorld();
  const secondCentre = await createCentre("Delta Service College", world.ics.id);
  const trainee = await createUser("Tara Trainee");
  await db().membership.create({ data: { centreId: secondCentre.id, userId: trainee.id, role: "ASSESSOR" } });
  await db().assessorApproval.create({
    data: {
      awardingBodyId: world.ics.id,
      userId: trainee.id,
      scheme: "ICS",
      state: "inTraining",
      events: {
        create: [
          {
            awardingBodyId: world.ics.id,
            sequence: 1,
            type: "attendWorkshopDayTwo",
            event: { type: "attendWorkshopDayTwo", on: "2026-10-20" },
            occurredOn: new Date("2026-10-20"),
            reason: "Attended",
          },
        ],
      },
    },
  });
  const centreOnly = await createUser("Cal Centre");
  await db().membership.create({ data: { centreId: world.icsCentre.id, userId: centreOnly.id, role: "IQA" } });
  await db().qualityAssuranceRequest.create({
    data: {
      awardingBodyId: world.ics.id,
      assessorUserId: centreOnly.id,
      kind: "REVIEW_CPD_LOG",
      details: "Send your CPD log",
      requestedOn: new Date("2026-10-01"),
      dueOn: new Date("2026-11-01"),
      requestedById: world.icsStaff.id,
    },
  });
  const review = await db().supportingReview.create({
    data: { awardingBodyId: world.ics.id, approvalId: world.icsApproval.id, openedOn: new Date("2026-11-02") },
  });
  await db().breach.create({
    data: {
      awardingBodyId: world.ics.id,
      approvalId: world.icsApproval.id,
      supportingReviewId: review.id,
      occurredOn: new Date("2026-10-30"),
      description: "Assessed a relative",
      recordedById: world.icsStaff.id,
    },
  });
  await db().circumstanceChange.createMany({
    data: [
      {
        userId: world.icsAssessor.id,
        awardingBodyId: world.ics.id,
        kind: "EMPLOYER",
        details: "New employer",
        effectiveOn: new Date("2026-11-01"),
      },
      {
        userId: trainee.id,
        awardingBodyId: world.ics.id,
        kind: "NAME",
        details: "Married",
        effectiveOn: new Date("2026-09-01"),
        acknowledgedAt: new Date("2026-09-05"),
        acknowledgedById: world.icsStaff.id,
      },
    ],
  });
  const otherNaace = await createUser("Nell Other");
  await db().assessorApproval.create({
    data: { awardingBodyId: world.naace.id, userId: otherNaace.id, scheme: "NAACE", state: "selected" },
  });
  await db().qualityAssuranceRequest.create({
    data: {
      awardingBodyId: world.naace.id,
      assessorUserId: otherNaace.id,
      kind: "OBSERVE_ASSESSMENT",
      details: "Observation",
      requestedOn: new Date("2026-10-01"),
      dueOn: new Date("2026-10-15"),
      requestedById: world.naaceStaff.id,
    },
  });
  return { ...world, secondCentre, trainee, centreOnly, otherNaace };
}

async function countsMatchTheirLists(world: AwardingBodyWorld, access: AwardingBodyAccess) {
  const dashboard = await awardingBodyDashboard(access, now);
  const all = await registerRows(access, {}, { now });
  expect(dashboard.totalAssessors).toBe(all.length);
  // Every count that links to the register equals the length of the list its link opens.
  const exact = [...dashboard.byStatus, ...(dashboard.cpd ?? []), ...dashboard.attention.filter((c) => c.href.startsWith("/assessors?"))];
  for (const count of exact) {
    const url = new URL(count.href, "http://assay.test");
    expect(url.pathname).toBe("/assessors");
    const filtered = await registerRows(access, parseRegisterFilters(Object.fromEntries(url.searchParams)), { now });
    expect({ label: count.label, count: count.count }).toEqual({ label: count.label, count: filtered.length });
  }
  // And no two attention counts share a link (each number opens its own list).
  const links = dashboard.attention.map((count) => count.href);
  expect(new Set(links).size).toBe(links.length);
  void world;
  return dashboard;
}

describe("the awarding body's dashboard", () => {
  it("counts assessors by status, CPD, overdue, breaches and changes from the register's rows, per centre", async () => {
    const world = await busyWorld();
    const dashboard = await countsMatchTheirLists(world, await bodyAccess(world.icsStaff.id, world.ics.id));
    expect(dashboard.totalAssessors).toBe(3);
    const byStatus = Object.fromEntries(dashboard.byStatus.map((count) => [count.label, count.count]));
    expect(byStatus).toMatchObject({ "Approved by the centre": 1, "In training": 1, "Single sign-off": 1, Withdrawn: 0 });
    const attention = Object.fromEntries(dashboard.attention.map((count) => [count.label, count.count]));
    expect(attention).toMatchObject({
      "Overdue targets, reviews or QA requests": 2,
      "Lifecycle targets missed": 1,
      "Overdue QA requests": 1,
      "Open breaches": 1,
      "Open supporting reviews": 1,
      // The world's own change and ours; the acknowledged one is not counted.
      "Changes of circumstance not yet acknowledged": 2,
    });
    expect(attention).not.toHaveProperty("Schools whose ICT Mark renewal is due");
    expect(dashboard.schools).toBeNull();
    expect(dashboard.centres.map((centre) => [centre.name, centre.assessors])).toEqual([
      ["Delta Service College", 1],
      ["Gamma Contact Academy", 2],
    ]);
    const cpdTotal = (dashboard.cpd ?? []).reduce((sum, count) => sum + count.count, 0);
    expect(cpdTotal).toBe(3);
    expect(dashboard.centres.reduce((sum, centre) => sum + centre.cpdNonCompliant + centre.cpdAtRisk, 0)).toBe(
      (dashboard.cpd ?? []).filter((count) => count.label !== "Compliant").reduce((sum, count) => sum + count.count, 0),
    );
    expect(dashboard.charts.byStatus.series[0]!.points.map((point) => point.value)).toEqual(dashboard.byStatus.map((count) => count.count));
  });

  it("Naace's dashboard counts its own assessors and its schools by ICT Mark; the Institute's and OCR's never see them", async () => {
    const world = await busyWorld();
    await db().school.create({
      data: { awardingBodyId: world.naace.id, name: "Old Oak Primary", ictMarkAwardedOn: new Date("2023-01-01") },
    });
    const naace = await countsMatchTheirLists(world, await bodyAccess(world.naaceStaff.id, world.naace.id));
    expect(naace.totalAssessors).toBe(2);
    expect(naace.schools).toEqual({ notAwarded: 0, current: 0, renewalDue: 1, expired: 1 });
    const attention = Object.fromEntries(naace.attention.map((count) => [count.label, count.count]));
    expect(attention).toMatchObject({
      "Schools whose ICT Mark renewal is due": 1,
      "Schools whose ICT Mark has expired": 1,
      "Overdue QA requests": 1,
    });
    expect(naace.attention.find((count) => count.label.startsWith("Schools whose ICT Mark renewal"))?.href).toBe(
      "/schools?ictMark=renewalDue",
    );

    const ics = await awardingBodyDashboard(await bodyAccess(world.icsStaff.id, world.ics.id), now);
    const icsRows = await registerRows(await bodyAccess(world.icsStaff.id, world.ics.id), {}, { now });
    expect(icsRows.map((row) => row.userId)).not.toContain(world.naaceAssessor.id);
    expect(ics.schools).toBeNull();

    const ocr = await db().awardingBody.create({ data: { name: `OCR ${Date.now()}`, legalName: "OCR" } });
    const ocrStaff = await createUser("Olly Ocr");
    await db().awardingBodyMembership.create({ data: { awardingBodyId: ocr.id, userId: ocrStaff.id } });
    const ocrDashboard = await awardingBodyDashboard(await bodyAccess(ocrStaff.id, ocr.id), now);
    expect(ocrDashboard).toMatchObject({ totalAssessors: 0, schools: null, centres: [] });

    // Rendered: OCR's home and schools page name none of Naace's schools.
    await signInAtAwardingBody(ocrStaff.id, ocr.id);
    const ocrHome = decode(await renderPage(HomePage()));
    expect(ocrHome).toContain("Needs your attention");
    expect(ocrHome).not.toContain("Schools and their ICT Mark");
    const ocrSchools = decode(await renderPage(SchoolsPage({ searchParams: Promise.resolve({}) })));
    expect(ocrSchools).toContain("Schools are part of Naace's ICT Mark scheme");
    expect(ocrSchools).not.toContain("Old Oak Primary");
    expect(ocrSchools).not.toContain(world.school.name);
  });

  it("the staff home page shows the dashboard with each number linked to its list", async () => {
    const world = await busyWorld();
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = decode(await renderPage(HomePage()));
    expect(html).toContain("Needs your attention");
    expect(html).toContain('href="/assessors?cpd=nonCompliant"');
    expect(html).toContain('href="/assessors?overdue=1"');
    expect(html).toContain('href="/assessors?breaches=1"');
    expect(html).toContain('href="/assessors/changes"');
    expect(html).toContain('href="/assessors?status=singleSignOff"');
    expect(html).toContain("Assessors by approval status: the numbers");
    expect(html).toContain("Delta Service College");
    expect(html).not.toContain("Your approval by");
  });
});

describe("the approved assessor's home", () => {
  it("shows their own approval with what is due, their CPD under the body's policy and only their own QA requests", async () => {
    const world = await busyWorld();
    await db().qualityAssuranceRequest.create({
      data: {
        awardingBodyId: world.naace.id,
        assessorUserId: world.naaceAssessor.id,
        kind: "REVIEW_CPD_LOG",
        details: "Your CPD log, please",
        requestedOn: new Date("2026-11-10"),
        dueOn: new Date("2026-12-10"),
        requestedById: world.naaceStaff.id,
      },
    });
    const home = await approvedAssessorHome(await bodyAccess(world.naaceAssessor.id, world.naace.id), now);
    expect(home).toMatchObject({
      bodyName: world.naace.name,
      approval: { scheme: "NAACE", state: "registered", stateLabel: "Registered", organisation: "Self-employed" },
      qaRequests: { open: 1, overdue: 0 },
    });
    expect(home.cpd?.status).toMatch(/^(compliant|atRisk|nonCompliant)$/);

    const ics = await approvedAssessorHome(await bodyAccess(world.icsAssessor.id, world.ics.id), now);
    expect(ics.approval).toMatchObject({ scheme: "ICS", state: "singleSignOff" });
    expect(ics.approval.warnings.map((finding) => finding.code)).toContain("ics.accreditation-overdue");
    expect(ics.qaRequests).toEqual({ open: 0, overdue: 0 });

    // Staff have no approval of their own here: not found, like anyone else's.
    await expect(approvedAssessorHome(await bodyAccess(world.naaceStaff.id, world.naace.id), now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await signInAtAwardingBody(world.naaceAssessor.id, world.naace.id);
    const html = decode(await renderPage(HomePage()));
    expect(html).toContain(`Your approval by ${world.naace.name}`);
    expect(html).toContain("Registered");
    expect(html).toContain(`1 open request from ${world.naace.name}`);
    expect(html).toContain('href="/professional-record/cpd"');
    expect(html).toContain('href="/professional-record/conflicts"');
    expect(html).not.toContain("Needs your attention");
    expect(html).not.toContain(world.otherNaace.name);
    expect(html).not.toContain(world.school.name);
  });

  it("the next steps offer to review centres only to a body that has centres (not Naace)", async () => {
    const world = await createAwardingBodyWorld();
    const naaceSteps = (await homeNextSteps(await bodyAccess(world.naaceStaff.id, world.naace.id), now)).map((step) => step.text);
    expect(naaceSteps.join(" ")).not.toContain("centres");
    const icsSteps = (await homeNextSteps(await bodyAccess(world.icsStaff.id, world.ics.id), now)).map((step) => step.text);
    expect(icsSteps).toContain("Review the centres your awarding body has approved.");
  });
});
