import { describe, expect, it } from "vitest";
import { signInAs, renderPage } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { assessorQualification, competentForUnitA, evidenceUnitAInFull } from "@/tests/factories/assessor-record";
import { testPassword } from "@/tests/factories/centre-world";

// The candidate and unit pages rendered from the real database, as an assessor and as the
// candidate: what each sees and may do. The session is replaced by the access of the person named
// (tests/support/page-session.ts, imported before the pages).

const { default: CandidatePage } = await import("@/app/(app)/candidates/[candidateId]/page");
const { default: UnitPage } = await import("@/app/(app)/candidates/[candidateId]/units/[unitId]/page");

describe("candidate and unit pages", () => {
  it("the assessor sees the profile, the grid with links behind each cell, the rule of combination and the history", async () => {
    const world = await createAssessmentWorld();
    await getPrisma().candidate.update({
      where: { id: world.candidateInA.id },
      data: { specialAssessmentRequirements: "Extra time for written questions" },
    });
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const html = await renderPage(CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }) }));
    expect(html).toContain("Special assessment requirements");
    expect(html).toContain("Extra time for written questions");
    expect(html).toContain(`href="/candidates/${world.candidateInA.id}/activities/${world.inCentreA.activity.id}"`);
    expect(html).toContain(`href="/candidates/${world.candidateInA.id}/evidence/${world.inCentreA.evidence.id}"`);
    expect(html).toContain("1 of 3 criteria met, 1 partly");
    expect(html).toContain("Every unit in Mandatory (mandatory)");
    expect(html).toContain("Units to complete");
    expect(html).toContain(`href="/record?candidate=${world.candidateInA.id}"`);
    expect(html).toContain("Formative decision on Resolve complaints");
  });

  it("the candidate sees their own profile and progress, with the appeal link and without staff tools", async () => {
    const world = await createAssessmentWorld();
    await getPrisma().candidate.update({ where: { id: world.candidateInA.id }, data: { specialAssessmentRequirements: "Large print" } });
    await signInAs(world.candidateA.user.id, world.centreA.id);
    const html = await renderPage(CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }) }));
    expect(html).toContain("Cara Candidate");
    expect(html).toContain("Large print");
    expect(html).toContain(`href="/candidates/${world.candidateInA.id}/appeals/new"`);
    expect(html).toContain("Open the unit: your declaration and decisions");
    expect(html).not.toContain("/record?candidate=");
    expect(html).not.toContain("Edit registration");
  });

  it("another centre's candidate is not found", async () => {
    const world = await createAssessmentWorld();
    await signInAs(world.assessorB.user.id, world.centreB.id);
    const notFoundPage = { digest: expect.stringContaining("404") };
    await expect(CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }) })).rejects.toMatchObject(notFoundPage);
    await expect(
      UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id }) }),
    ).rejects.toMatchObject(notFoundPage);
    // A unit of another qualification (or a made-up id) is not found either.
    await signInAs(world.assessorA.user.id, world.centreA.id);
    await expect(
      UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: "00000000-0000-4000-8000-000000000000" }) }),
    ).rejects.toMatchObject(notFoundPage);
  });

  it("the unit page lists every unmet condition to the assessor and offers no sign-off; the candidate is offered the declaration", async () => {
    const world = await createAssessmentWorld();
    const params = Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id });
    await signInAs(world.assessorA.user.id, world.centreA.id);
    let html = await renderPage(UnitPage({ params }));
    expect(html).toContain("This unit cannot be signed off yet");
    expect(html).toContain("No accepted evidence covers assessment criteria 1.2 and 1.3");
    expect(html).toContain("The candidate has not signed the declaration");
    expect(html).toContain("To assess you must hold, or be working towards, one of");
    expect(html).not.toContain("Sign the unit off");
    expect(html).toContain("Record a formative decision");

    await signInAs(world.candidateA.user.id, world.centreA.id);
    html = await renderPage(UnitPage({ params }));
    expect(html).toContain("Sign: the work is my own");
    expect(html).toContain("E1</span> Complaint log");
    expect(html).not.toContain("Ready to sign off?");
  });

  it("a sign-off by an assessor working towards their qualification shows as awaiting countersignature to a qualified colleague", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    const a = world.centreA.id;
    await evidenceUnitAInFull(world);
    // Centre A's admin has seen the CV: only a verified competence counts there.
    await competentForUnitA(world, world.assessorA.user.id, "Team leader");
    await assessorQualification(world, world.assessorA.user.id, "CAVA", false);
    const params = Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id });

    const candidateAccess = await signInAs(world.candidateA.user.id, world.centreA.id);
    const { signUnitDeclaration } = await import("@/lib/sign-off/sign-unit-declaration");
    const { getUnitPage } = await import("@/lib/sign-off/queries");
    const before = await getUnitPage(candidateAccess as never, world.candidateInA.id, world.unitA.id);
    expect(
      await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, a), {
        candidateId: world.candidateInA.id,
        unitId: world.unitA.id,
        contentSha256: before.declaration.contentSha256,
        password: testPassword,
      }),
    ).toMatchObject({ ok: true });

    const assessorAccess = await signInAs(world.assessorA.user.id, a);
    let html = await renderPage(UnitPage({ params }));
    expect(html).toContain("Every condition for sign-off is met");
    expect(html).toContain("awaits countersignature by a qualified assessor");
    expect(html).toContain("Sign the unit off");
    const shown = await getUnitPage(assessorAccess as never, world.candidateInA.id, world.unitA.id);
    expect(
      await runAction(signOffUnit, world.actor(world.assessorA.user.id, a), {
        candidateId: world.candidateInA.id,
        unitId: world.unitA.id,
        rationale: "All met",
        decidedOn: "2026-03-20",
        contentSha256: shown.assessor?.evidenceSha256,
        password: testPassword,
      }),
    ).toMatchObject({ ok: true, data: { status: "AWAITING_COUNTERSIGNATURE" } });
    html = await renderPage(UnitPage({ params }));
    expect(html).toContain("Awaiting countersignature");
    expect(html).not.toContain("Countersign this decision");

    const colleague = await db.user.create({ data: { name: "Cleo Colleague", email: `cleo.${a}@test.example` } });
    await db.membership.create({ data: { centreId: a, userId: colleague.id, role: "ASSESSOR" } });
    await assessorQualification(world, colleague.id, "CAVA", true);
    await signInAs(colleague.id, a);
    html = await renderPage(UnitPage({ params }));
    expect(html).toContain("Countersign this decision");
    expect(html).toContain("Assessor: Alan Assessor");
    html = await renderPage(CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }) }));
    expect(html).toContain("awaiting countersignature: does not count yet");
  });
});
