import { describe, expect, it } from "vitest";
import { signInAs, renderPage } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { assessorQualification, competentForUnitA, evidenceUnitAInFull } from "@/tests/factories/professional-record";
import { testPassword } from "@/tests/factories/centre-world";
import type { AssessmentWorld } from "@/tests/factories/assessment-world";

// The candidate and unit pages rendered from the real database, as an assessor and as the
// candidate: what each sees and may do. The session is replaced by the access of the person named
// (tests/support/page-session.ts, imported before the pages).

const { default: CandidatePage } = await import("@/app/(app)/candidates/[candidateId]/page");
const { default: UnitPage } = await import("@/app/(app)/candidates/[candidateId]/units/[unitId]/page");

/**
 * The benchmark's heavy candidate (npm run bench:data): 38 more units of 12 criteria each (40 in all),
 * every criterion covered by accepted evidence (some only partly) and an observation, one unit left
 * with nothing yet; a history of a few hundred events.
 */
async function fortyUnits(world: AssessmentWorld) {
  const db = getPrisma();
  const centreId = world.centreA.id;
  const candidateId = world.candidateInA.id;
  for (let n = 0; n < 38; n++) {
    const unit = await db.unit.create({
      data: {
        qualificationId: world.qualification.id,
        urn: `Y/${n}/${centreId.slice(0, 6)}`,
        title: `Heavy unit ${n}`,
        credit: 2,
        level: 3,
        glh: 10,
        group: "B",
      },
    });
    const outcomes = await Promise.all(
      [1, 2, 3].map((ref) =>
        db.learningOutcome.create({ data: { unitId: unit.id, ref: String(ref), title: `Outcome ${ref}`, position: ref } }),
      ),
    );
    await db.assessmentCriterion.createMany({
      data: outcomes.flatMap((outcome, o) =>
        [1, 2, 3, 4].map((c) => ({
          unitId: unit.id,
          learningOutcomeId: outcome.id,
          ref: `${o + 1}.${c}`,
          text: `Describe how a customer service practitioner handles situation ${o + 1}.${c} in the workplace`,
          position: o * 4 + c,
        })),
      ),
    });
    if (n === 37) continue; // nothing yet for the last unit
    const criteria = await db.assessmentCriterion.findMany({ where: { unitId: unit.id }, orderBy: { position: "asc" } });
    for (const [half, slice] of [criteria.slice(0, 6), criteria.slice(6)].entries()) {
      await db.evidenceItem.create({
        data: {
          centreId,
          candidateId,
          reference: `H${n}-${half}`,
          title: `Written account ${half + 1} for heavy unit ${n}`,
          method: "WORK_PRODUCT",
          location: "Uploaded",
          status: "ACCEPTED",
          judgedAt: new Date("2026-03-02"),
          judgedById: world.assessorA.user.id,
          submittedById: world.candidateA.user.id,
          criteria: {
            create: slice.map((criterion, i) => ({ centreId, criterionId: criterion.id, judgement: i === 0 ? "PARTLY_MET" : "MET" })),
          },
        },
      });
    }
    await db.assessmentActivity.create({
      data: {
        centreId,
        candidateId,
        assessorUserId: world.assessorA.user.id,
        method: "OBSERVATION",
        occurredOn: new Date("2026-03-01"),
        place: "Contact centre floor",
        description: "Observed a full shift",
        decision: "CRITERIA_MET",
        // 1.1 stays partly met (its evidence was partly accepted and the observation did not cover it).
        criteria: {
          create: criteria.slice(1).map((criterion) => ({ centreId, criterionId: criterion.id, judgement: "MET", howMet: "Seen" })),
        },
      },
    });
  }
}

describe("candidate and unit pages", () => {
  it("the page of a candidate with 40 units stays small: a compact grid, cells linking to the criterion on the unit page", async () => {
    const world = await createAssessmentWorld();
    await fortyUnits(world);
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const html = await renderPage(CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }) }));
    // Before the compact grid (per-cell lists of evidence and activities, the whole history) this was
    // 539 kB of markup, and Next sends an RSC payload of about the same size with it.
    expect(html.length).toBeLessThan(150_000);
    const base = `/candidates/${world.candidateInA.id}`;
    const heavy0 = await getPrisma().unit.findFirstOrThrow({ where: { qualificationId: world.qualification.id, title: "Heavy unit 0" } });
    // Each cell: the criterion with its standing in words, linking to its row on the unit page.
    expect(html).toContain(`href="${base}/units/${heavy0.id}#criterion-1-1" aria-label="1.1 partly met"`);
    expect(html).toContain(`href="${base}/units/${heavy0.id}#criterion-1-2" aria-label="1.2 met"`);
    expect(html).toContain("11 of 12 criteria met, 1 partly");
    // A unit with nothing yet shows its summary, not its cells.
    expect(html).toContain("0 of 12 criteria met");
    expect(html).toContain("Nothing met yet: open the unit for its criteria.");
    // The latest 50 events of the history, with a link to the rest.
    expect(html.match(/border-l-2 border-line-subtle pl-3/g)).toHaveLength(50);
    expect(html).toMatch(new RegExp(`href="${base}\\?history=all#history">Show the whole history \\(\\d+ events\\)`));
    const whole = await renderPage(
      CandidatePage({ params: Promise.resolve({ candidateId: world.candidateInA.id }), searchParams: Promise.resolve({ history: "all" }) }),
    );
    expect(whole.match(/border-l-2 border-line-subtle pl-3/g)!.length).toBeGreaterThan(150);
    expect(whole).not.toContain("Show the whole history");
    // The unit page holds the row each cell links to, with the evidence and activities behind it.
    const unitHtml = await renderPage(UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: heavy0.id }) }));
    expect(unitHtml).toMatch(/<li id="criterion-1-2"[^>]*>.*?Written account 1 for heavy unit 0.*?Observation 2026-03-01/);
    for (const n of [0, 36, 37]) expect(html).toContain(`Heavy unit ${n}`);
  });

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
    expect(html).toContain("the unit shows your declaration and decisions");
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
