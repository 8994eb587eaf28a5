import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { renderPage, signInAs } from "@/tests/support/page-session";

// The visits list and a visit's page rendered from the real database: who sees what, and which forms.

const { default: VisitsPage } = await import("@/app/(app)/visits/page");
const { default: VisitPage } = await import("@/app/(app)/visits/[visitId]/page");

const db = () => getPrisma();
const notFoundPage = { digest: expect.stringContaining("404") };
const day = (offset: number) => new Date(`${isoDay(new Date(Date.now() + offset * 86_400_000))}T00:00:00Z`);

async function world() {
  const base = await createAssessmentWorld();
  const ev = await createUser("Eleanor Price");
  await db().membership.create({ data: { centreId: base.centreA.id, userId: ev.id, role: "EXTERNAL_VERIFIER" } });
  const completed = await db().externalVerifierVisit.create({
    data: {
      centreId: base.centreA.id,
      visitOn: day(-165),
      status: "COMPLETED",
      externalVerifierName: "Eleanor Price",
      purpose: "Annual verification visit",
      reportSummary: "Assessment decisions are sound.",
      reportRecordedOn: day(-160),
      dcsRecommendation: "CONTINUE",
    },
  });
  const point = (description: string, dueOn: Date, done = false) =>
    db().visitActionPoint.create({
      data: {
        centreId: base.centreA.id,
        visitId: completed.id,
        kind: "ACTION_POINT",
        description,
        ownerUserId: base.assessorA.user.id,
        dueOn,
        createdById: base.adminA.user.id,
        ...(done
          ? { status: "COMPLETED", completedOn: day(-100), completedById: base.adminA.user.id, completionEvidence: "Sampled all." }
          : {}),
      },
    });
  await point("Sample unit 3 for every assessor.", day(-30));
  await point("Update the CVs.", day(30));
  await point("Hold standardisation.", day(-120), true);
  const planned = await db().externalVerifierVisit.create({
    data: { centreId: base.centreA.id, visitOn: day(40), status: "PLANNED", externalVerifierName: "Eleanor Price", purpose: "Next visit" },
  });
  return { ...base, ev, completed, planned };
}

describe("visit pages", () => {
  it("the admin sees upcoming and past visits, overdue action points, and the schedule form", async () => {
    const w = await world();
    await signInAs(w.adminA.user.id, w.centreA.id);
    const list = await renderPage(VisitsPage());
    expect(list).toContain("Overdue action points (1)");
    expect(list).toContain("Sample unit 3 for every assessor.");
    expect(list).not.toContain("Update the CVs.");
    expect(list).toContain(`href="/visits/${w.planned.id}"`);
    expect(list).toContain(`href="/visits/${w.completed.id}"`);
    expect(list).toContain("Schedule the visit");
  });

  it("a completed visit shows its report, its action points with the overdue one highlighted, and the pack link", async () => {
    const w = await world();
    await signInAs(w.adminA.user.id, w.centreA.id);
    const page = await renderPage(VisitPage({ params: Promise.resolve({ visitId: w.completed.id }) }));
    expect(page).toContain("Assessment decisions are sound.");
    expect(page).toContain("Continue Direct Claims Status");
    expect(page).toContain("Overdue");
    expect(page).toContain("Sampled all.");
    expect(page).toContain("Record point");
    expect(page).toContain("Add an action point or recommendation");
    expect(page).toContain(`href="/visits/${w.completed.id}/pack"`);
    const planned = await renderPage(VisitPage({ params: Promise.resolve({ visitId: w.planned.id }) }));
    expect(planned).toContain("The report can be recorded once the visit has taken place");
    expect(planned).toContain("Cancel the visit");
  });

  it("the external verifier reads the visits and reports with no forms and no pack link", async () => {
    const w = await world();
    await signInAs(w.ev.id, w.centreA.id);
    const list = await renderPage(VisitsPage());
    expect(list).toContain(`href="/visits/${w.completed.id}"`);
    expect(list).not.toContain("<form");
    const page = await renderPage(VisitPage({ params: Promise.resolve({ visitId: w.completed.id }) }));
    expect(page).toContain("Assessment decisions are sound.");
    expect(page).not.toContain("<form");
    expect(page).not.toContain("/pack");
  });

  it("another centre's admin gets 404; an assessor reads the visit with no forms (they may own an action point)", async () => {
    const w = await world();
    await signInAs(w.adminB.user.id, w.centreB.id);
    await expect(renderPage(VisitPage({ params: Promise.resolve({ visitId: w.completed.id }) }))).rejects.toMatchObject(notFoundPage);
    expect(await renderPage(VisitsPage())).toContain("No visit is planned.");
    await signInAs(w.assessorA.user.id, w.centreA.id);
    const page = await renderPage(VisitPage({ params: Promise.resolve({ visitId: w.completed.id }) }));
    expect(page).not.toContain("<form");
    expect(page).not.toContain("/pack");
  });
});
