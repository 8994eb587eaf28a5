import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { recordRiskRating } from "./record-risk-rating";
import { saveSamplingStrategy } from "./save-sampling-strategy";
import { defaultStrategyNumbers } from "./strategy";

// The /sampling/strategy and /sampling/assessors pages rendered from the real database as the
// IQA, the centre admin and people who may not see them.

const { default: StrategiesPage } = await import("@/app/(app)/sampling/strategy/page");
const { default: StrategyPage } = await import("@/app/(app)/sampling/strategy/[qualificationId]/page");
const { default: AssessorsPage } = await import("@/app/(app)/sampling/assessors/page");

const db = () => getPrisma();
const notFoundPage = { digest: expect.stringContaining("404") };

async function createWorld() {
  const world = await createAssessmentWorld();
  const iqa = await createUser("Iris Iqa");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "ASSESSOR" } });
  return { ...world, iqa };
}

describe("the sampling strategy pages", () => {
  it("list the centre's qualifications with defaults or the saved strategy, and prefill the form", async () => {
    const world = await createWorld();
    await signInAs(world.iqa.id, world.centreA.id);
    const before = await renderPage(StrategiesPage());
    expect(before).toContain("Test Diploma in Customer Service");
    expect(before).toContain("Defaults");
    expect(before).toContain("The centre has not set a strategy yet: these defaults apply.");
    expect(before).toContain(`href="/sampling/strategy/${world.qualification.id}"`);
    expect(before).toContain("Change the strategy");

    const saved = await runAction(saveSamplingStrategy, world.actor(world.iqa.id, world.centreA.id), {
      qualificationId: world.qualification.id,
      version: 0,
      ...defaultStrategyNumbers,
      rateLowPercent: 17,
      interimPercent: 45,
    });
    expect(saved.ok).toBe(true);
    const after = await renderPage(StrategiesPage());
    expect(after).toContain("Set by the centre");
    expect(after).toContain("17%");
    expect(after).toContain("at least 45%");

    const form = await renderPage(StrategyPage({ params: Promise.resolve({ qualificationId: world.qualification.id }) }));
    expect(form).toContain('aria-label="Sampling strategy"');
    expect(form).toContain('method="post"');
    expect(form).toContain('value="17"');
    expect(form).toContain('value="45"');
    expect(form).toContain("by Iris Iqa (version 1)");
    expect(form).toContain("Experienced, low risk (%)");
  });

  it("an assessor, a candidate and a qualification the centre does not deliver get not found", async () => {
    const world = await createWorld();
    await signInAs(world.assessorA.user.id, world.centreA.id);
    await expect(renderPage(StrategiesPage())).rejects.toMatchObject(notFoundPage);
    await signInAs(world.candidateA.user.id, world.centreA.id);
    await expect(renderPage(AssessorsPage())).rejects.toMatchObject(notFoundPage);
    await signInAs(world.adminA.user.id, world.centreA.id);
    await expect(
      renderPage(StrategyPage({ params: Promise.resolve({ qualificationId: "00000000-0000-4000-8000-000000000000" }) })),
    ).rejects.toMatchObject(notFoundPage);
    await expect(renderPage(StrategyPage({ params: Promise.resolve({ qualificationId: "not-an-id" }) }))).rejects.toMatchObject(
      notFoundPage,
    );
  });
});

describe("the assessor risk ratings page", () => {
  it("shows each assessor's current rating and history; the IQA gets a form for everyone but themselves", async () => {
    const world = await createWorld();
    const asIqa = world.actor(world.iqa.id, world.centreA.id);
    for (const [risk, ratedOn] of [
      ["NEW", "2026-01-05"],
      ["LOW", "2026-03-10"],
    ] as const) {
      const result = await runAction(recordRiskRating, asIqa, {
        assessorUserId: world.assessorA.user.id,
        risk,
        reason: `Rated ${risk.toLowerCase()} after sampling`,
        ratedOn,
        standardisationExerciseId: "",
      });
      expect(result.ok).toBe(true);
    }
    await signInAs(world.iqa.id, world.centreA.id);
    const page = await renderPage(AssessorsPage());
    expect(page).toContain("Alan Assessor");
    expect(page).toContain("Experienced, low risk");
    expect(page).toContain("Rated low after sampling");
    expect(page).toContain("History (2 ratings, newest first)");
    expect(page.indexOf("Rated low after sampling", page.indexOf("History"))).toBeLessThan(
      page.indexOf("Rated new after sampling", page.indexOf("History")),
    );
    expect(page).toContain("Sam Shared");
    expect(page).toContain("New assessor (no rating yet)");
    expect(page).toContain('aria-label="Record a risk rating for Alan Assessor"');
    expect(page).toContain('aria-label="Record a risk rating for Sam Shared"');
    expect(page).not.toContain('aria-label="Record a risk rating for Iris Iqa"');
    expect(page).toContain("You cannot rate your own assessment practice: ask another IQA to rate it.");

    await signInAs(world.adminA.user.id, world.centreA.id);
    const asAdmin = await renderPage(AssessorsPage());
    expect(asAdmin).toContain("Rated low after sampling");
    expect(asAdmin).not.toContain("Record a risk rating");

    await signInAs(world.adminB.user.id, world.centreB.id);
    const fromB = await renderPage(AssessorsPage());
    expect(fromB).not.toContain("Alan Assessor");
    expect(fromB).not.toContain("after sampling");
  });
});
