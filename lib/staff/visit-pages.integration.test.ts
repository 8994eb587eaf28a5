import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createCentreWorld, createUser } from "@/tests/factories/centre-world";

// The staff list and a staff member's page as the admin preparing for the external verifier's
// visit sees them; another centre's admin gets "not found".

const { default: StaffPage } = await import("@/app/(app)/staff/page");
const { default: StaffMemberPage } = await import("@/app/(app)/staff/[membershipId]/page");

const db = () => getPrisma();

describe("visit flags on the staff pages", () => {
  it("the list sums up who is new since the last visit and flags each person; the member's page shows their record", async () => {
    const world = await createCentreWorld();
    await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { createdAt: new Date("2025-10-01T09:00:00Z") } });
    await db().externalVerifierVisit.create({
      data: {
        centreId: world.centreA.id,
        visitOn: new Date("2026-05-12T00:00:00Z"),
        status: "COMPLETED",
        externalVerifierName: "Olive Verifier",
      },
    });
    await db().staffQualification.create({ data: { userId: world.shared.user.id, code: "CAVA", held: true } });

    await signInAs(world.adminA.user.id, world.centreA.id);
    const list = await renderPage(StaffPage());
    expect(list).toContain("1 new team member since the visit on 12 May 2026");
    expect(list).toContain("New since the last visit");
    expect(list).toContain("Certificate missing: CAVA");
    expect(list).toContain('href="/staff/signatures"');

    const member = await renderPage(StaffMemberPage({ params: Promise.resolve({ membershipId: world.shared.membershipA.id }) }));
    expect(member).toContain("For the next external verifier visit");
    expect(member).toContain("The last completed visit was on 12 May 2026 (Olive Verifier).");
    expect(member).toContain("No certificate on their record");
    expect(member).toContain("CV and role profile");

    // An IQA (staff.view, not professionalRecord.viewTeam) sees the list without the flags.
    const iqa = await db().user.create({ data: { name: "Ivy Iqa", email: `ivy.${Date.now()}@test.example` } });
    await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
    await signInAs(iqa.id, world.centreA.id);
    const iqaList = await renderPage(StaffPage());
    expect(iqaList).not.toContain("For the next external verifier visit");
  });

  it("with no completed visit the summary says so; another centre's admin cannot open the record", async () => {
    const world = await createCentreWorld();
    await signInAs(world.adminA.user.id, world.centreA.id);
    const list = await renderPage(StaffPage());
    expect(list).toContain("No completed external verifier visit is recorded, so all 2 team members count as new");

    await signInAs(world.adminB.user.id, world.centreB.id);
    await expect(renderPage(StaffMemberPage({ params: Promise.resolve({ membershipId: world.assessorA.membership.id }) }))).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
  });

  it("the centre sees its awarding body's approval of each assessor, and an ended approval in red on the list and the member's page", async () => {
    const world = await createAwardingBodyWorld();
    const admin = await createUser("Ada Admin");
    await db().membership.create({ data: { centreId: world.icsCentre.id, userId: admin.id, role: "CENTRE_ADMIN" } });
    const membership = await db().membership.findFirstOrThrow({ where: { centreId: world.icsCentre.id, userId: world.icsAssessor.id } });
    await signInAs(admin.id, world.icsCentre.id);
    const memberPage = () => renderPage(StaffMemberPage({ params: Promise.resolve({ membershipId: membership.id }) }));

    const approved = await memberPage();
    expect(approved).toContain(`Approval by ${world.ics.name}`);
    expect(approved).toContain("Single sign-off");
    expect(approved).toContain("since 1 Sept 2025");
    expect(await renderPage(StaffPage())).not.toContain("Approval: ");

    await db().assessorApprovalEvent.create({
      data: {
        awardingBodyId: world.ics.id,
        approvalId: world.icsApproval.id,
        sequence: 4,
        type: "ceaseActing",
        event: { type: "ceaseActing", on: "2026-03-02" },
        occurredOn: new Date("2026-03-02"),
        reason: "Left the sector",
      },
    });
    await db().assessorApproval.update({ where: { id: world.icsApproval.id }, data: { state: "ceased" } });
    const list = await renderPage(StaffPage());
    expect(list).toContain("Approval: Ceased acting");
    expect(list).toMatch(/bg-danger-50[^"]*"[^>]*>Approval: Ceased acting/);
    const withdrawn = await memberPage();
    expect(withdrawn).toContain("since 2 Mar 2026");
    expect(withdrawn).toContain(`${world.ics.name} no longer approves Ivan Assessor as an assessor`);
  });
});
