import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";

// The staff member page rendered from the real database as a centre admin: the assessor record
// with, per row, whether this centre has verified it (when and by whom) and the button to verify it.

const { default: StaffMemberPage } = await import("@/app/(app)/staff/[membershipId]/page");

async function render(userId: string, centreId: string, membershipId: string) {
  await signInAs(userId, centreId);
  return renderPage(StaffMemberPage({ params: Promise.resolve({ membershipId }) }));
}

describe("the staff member page's assessor record", () => {
  it("shows the centre admin which rows this centre has verified, when and by whom, with a Verify button for the others", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    const userId = world.assessorA.user.id;
    await db.staffQualification.create({ data: { userId, code: "CAVA", held: true, achievedOn: new Date("2019-06-30") } });
    const competence = await db.occupationalCompetence.create({ data: { userId, unitId: world.unitA.id, basis: "Ten years" } });
    await db.staffRecordVerification.create({
      data: {
        centreId: world.centreA.id,
        occupationalCompetenceId: competence.id,
        verifiedById: world.adminA.user.id,
        verifiedAt: new Date("2026-03-03T10:00:00Z"),
      },
    });
    const html = await render(world.adminA.user.id, world.centreA.id, world.assessorA.membership.id);
    expect(html).toContain('aria-label="Verify Certificate in Assessing Vocational Achievement (CAVA) for this centre"');
    expect(html).toContain(`Verified for this centre on 3 Mar 2026 by ${world.adminA.user.name}`);
    expect(html).toContain(`aria-label="Withdraw verification of ${world.unitA.urn} Resolve complaints"`);
    expect(html).toContain('method="post"');
    // Unverified, the "held" CAVA counts here as working towards it.
    expect(html).toContain(`Not yet verified by ${world.centreA.name}: Certificate in Assessing Vocational Achievement (CAVA).`);
  });

  it("offers no verifying to a colleague without staff.manage, nor to an admin on their own record", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    await db.staffQualification.create({ data: { userId: world.assessorA.user.id, code: "CAVA", held: false } });
    const html = await render(world.shared.user.id, world.centreA.id, world.assessorA.membership.id).catch(() => "");
    expect(html).not.toContain('for this centre"');
    const adminMembership = await db.membership.findFirstOrThrow({ where: { centreId: world.centreA.id, userId: world.adminA.user.id } });
    const own = await render(world.adminA.user.id, world.centreA.id, adminMembership.id);
    expect(own).not.toContain('for this centre"');
  });
});
