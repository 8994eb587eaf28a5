import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { centreActions } from "@/lib/actions/registry";
import { awardingBodyChain } from "@/lib/audit/record-audit-event";
import { listAuditEvents, listCentreAuditEvents, verifyAuditTrail } from "@/lib/audit/queries";
import { getPrisma } from "@/lib/db/client";
import { builtInPolicies } from "@/lib/rules/policies";
import { createUser } from "@/tests/factories/centre-world";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { editAwardingBodyPolicy } from "./edit-awarding-body-policy";
import { policyNumbers } from "./policy-numbers";

// The /policy page and the awarding body's own audit trail (/audit in its workspace), rendered
// from the real database: each body sees its own entries only, and a centre's trail is unchanged.

const { default: PolicyPage } = await import("@/app/(app)/policy/page");
const { default: AuditPage } = await import("@/app/(app)/audit/page");

const notFoundPage = { digest: expect.stringContaining("404") };
const decode = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");

async function editedWorld() {
  const world = await createAwardingBodyWorld();
  const admin = await createUser("Cara Admin");
  await getPrisma().membership.create({ data: { centreId: world.icsCentre.id, userId: admin.id, role: "CENTRE_ADMIN" } });
  expect(
    await runAction(editAwardingBodyPolicy, world.actor(world.icsStaff.id, world.ics.id), {
      version: 0,
      ...policyNumbers(builtInPolicies.ICS),
      cpdMinimumHours: 10,
    }),
  ).toMatchObject({ ok: true });
  expect(
    await runAction(editAwardingBodyPolicy, world.actor(world.naaceStaff.id, world.naace.id), {
      version: 0,
      ...policyNumbers(builtInPolicies.NAACE),
      appealWindowDays: 45,
    }),
  ).toMatchObject({ ok: true });
  // A centre change, on the centre's own chain.
  expect(
    await runAction(centreActions.inviteStaffMember, world.centreActor(admin.id, world.icsCentre.id), {
      name: "Dee Assessor",
      email: `dee-${Date.now()}@example.test`,
      role: "ASSESSOR",
      isHeadOfCentre: false,
      expiresOn: "",
    }),
  ).toMatchObject({ ok: true });
  return { ...world, admin };
}

describe("the awarding body's audit trail", () => {
  it("lists the body's own chain only, checks it, and leaves a centre's trail as it was", async () => {
    const world = await editedWorld();
    const ics = await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const icsTrail = await listAuditEvents(ics!, { page: 1 });
    expect(icsTrail.kind).toBe("awardingBody");
    expect(icsTrail.events.map((event) => [event.chain, event.action, event.actorName])).toEqual([
      [awardingBodyChain(world.ics.id), "policies.edit", "Isla Institute"],
    ]);
    expect(await verifyAuditTrail(ics!)).toMatchObject({ intact: true, checked: 1 });

    const naace = await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const naaceTrail = await listAuditEvents(naace!, { page: 1 });
    expect(naaceTrail.events.map((event) => [event.chain, event.actorName])).toEqual([[awardingBodyChain(world.naace.id), "Nia Naace"]]);

    // The centre's trail: its own entries, none of the body's; and the centre-only reader refuses a body's workspace.
    const centre = await signInAs(world.admin.id, world.icsCentre.id);
    const centreTrail = await listAuditEvents(centre!, { page: 1 });
    expect(centreTrail.kind).toBe("centre");
    expect(centreTrail.events.length).toBeGreaterThan(0);
    expect(centreTrail.events.every((event) => event.centreId === world.icsCentre.id && event.chain === world.icsCentre.id)).toBe(true);
    await expect(listCentreAuditEvents(ics!, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // An approved assessor in the body's workspace has no audit trail to read.
    const assessor = await signInAtAwardingBody(world.icsAssessor.id, world.ics.id);
    await expect(listAuditEvents(assessor!, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("renders /audit for the body's staff with the integrity check and the policy change", async () => {
    const world = await editedWorld();
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = decode(await renderPage(AuditPage({ searchParams: Promise.resolve({}) })));
    expect(html).toContain("changes to its policy, assessors and schools");
    expect(html).toContain("Intact");
    expect(html).toContain("Changed the awarding body's policy");
    expect(html).not.toContain("Invited");
    expect(html).not.toContain("Nia Naace");

    await signInAtAwardingBody(world.icsAssessor.id, world.ics.id);
    await expect(renderPage(AuditPage({ searchParams: Promise.resolve({}) }))).rejects.toMatchObject(notFoundPage);
  });
});

describe("the /policy page", () => {
  it("shows the body's staff each number with its source, the form and who changed what", async () => {
    const world = await editedWorld();
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = decode(await renderPage(PolicyPage()));
    expect(html).toContain("Minimum CPD hours a year");
    expect(html).toContain("10 hours");
    expect(html).toContain("7 hours");
    expect(html).toContain("ICS assessor code A3");
    expect(html).toContain("ICS assessor code A1");
    expect(html).toContain("Maximum assessments a day");
    expect(html).toContain("Single sign-off due by (weeks after training day two)");
    // Only the body's families: no Naace or ICT Mark numbers.
    expect(html).not.toContain("Days to appeal after notification");
    expect(html).not.toContain("ICT Mark");
    // The change history.
    expect(html).toContain("Isla Institute");
    expect(html).toContain("Minimum CPD hours a year: 7 → 10");
    expect(html).toContain("Last changed");

    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const naaceHtml = decode(await renderPage(PolicyPage()));
    expect(naaceHtml).toContain("Days to appeal after notification: 30 → 45");
    expect(naaceHtml).toContain("Years an ICT Mark lasts");
    expect(naaceHtml).not.toContain("Isla Institute");
    expect(naaceHtml).not.toContain("Maximum assessments a day");
  });

  it("is not found to an approved assessor or from a centre", async () => {
    const world = await editedWorld();
    await signInAtAwardingBody(world.icsAssessor.id, world.ics.id);
    await expect(renderPage(PolicyPage())).rejects.toMatchObject(notFoundPage);
    await signInAs(world.admin.id, world.icsCentre.id);
    await expect(renderPage(PolicyPage())).rejects.toMatchObject(notFoundPage);
  });
});
