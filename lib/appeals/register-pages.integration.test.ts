import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";

// The appeals register and malpractice pages rendered from the real database: who sees what.

const { default: AppealsRegisterPage } = await import("@/app/(app)/appeals/page");
const { default: AppealPage } = await import("@/app/(app)/appeals/[appealId]/page");
const { default: MalpracticePage } = await import("@/app/(app)/malpractice/page");
const { default: MalpracticeCasePage } = await import("@/app/(app)/malpractice/[caseId]/page");

const db = () => getPrisma();
const notFoundPage = { digest: expect.stringContaining("404") };
const show = (value: string) => ({ searchParams: Promise.resolve({ show: value }) });

async function world() {
  const base = await createAssessmentWorld();
  const head = await createUser("Hana Head");
  await db().membership.create({ data: { centreId: base.centreA.id, userId: head.id, role: "CENTRE_ADMIN", isHeadOfCentre: true } });
  const appeal = await db().appeal.create({
    data: {
      centreId: base.centreA.id,
      candidateId: base.candidateInA.id,
      unitDecisionId: base.inCentreA.decision.id,
      grounds: "Criterion 1.2 was met by E1.",
      lodgedOn: new Date("2026-03-10"),
      status: "ACKNOWLEDGED",
      acknowledgedOn: new Date("2026-03-11"),
      version: 2,
      lodgedById: base.candidateA.user.id,
    },
  });
  const malpractice = await db().malpracticeCase.create({
    data: {
      centreId: base.centreA.id,
      subject: "STAFF",
      staffUserId: base.assessorA.user.id,
      suspicion: "Signed off a unit without seeing the evidence.",
      cameToLightOn: new Date("2026-04-01"),
      recordedById: head.id,
      notes: { create: { centreId: base.centreA.id, writtenOn: new Date("2026-04-02"), note: "Spoke to the IQA.", authorId: head.id } },
    },
  });
  return { ...base, head, appeal, malpractice };
}

describe("appeals register pages", () => {
  it("the admin sees open appeals with a link to each, its steps and the forms the appeal allows next", async () => {
    const w = await world();
    await signInAs(w.adminA.user.id, w.centreA.id);
    const open = await renderPage(AppealsRegisterPage(show("open")));
    expect(open).toContain("Appeals register");
    expect(open).toContain(`href="/appeals/${w.appeal.id}"`);
    expect(open).toContain("Acknowledged");
    expect(open).toContain('aria-current="page"');
    expect(await renderPage(AppealsRegisterPage(show("decided")))).toContain("No appeal has been decided or withdrawn yet.");
    const page = await renderPage(AppealPage({ params: Promise.resolve({ appealId: w.appeal.id }) }));
    expect(page).toContain("Appeal by Cara Candidate");
    expect(page).toContain(`href="/candidates/${w.candidateInA.id}/units/${w.unitA.id}"`);
    expect(page).toContain("Start the review");
    expect(page).toContain("Record a withdrawal");
    expect(page).not.toContain("Record the decision");
    expect(page).toContain("Open: it blocks the claim");
  });

  it("another centre's admin and an assessor get 404", async () => {
    const w = await world();
    await signInAs(w.adminB.user.id, w.centreB.id);
    await expect(renderPage(AppealPage({ params: Promise.resolve({ appealId: w.appeal.id }) }))).rejects.toMatchObject(notFoundPage);
    expect(await renderPage(AppealsRegisterPage(show("all")))).toContain("No candidate has lodged an appeal.");
    await signInAs(w.assessorA.user.id, w.centreA.id);
    await expect(renderPage(AppealsRegisterPage(show("all")))).rejects.toMatchObject(notFoundPage);
  });
});

describe("malpractice pages", () => {
  it("the head of centre sees the case, its notes and the report form", async () => {
    const w = await world();
    await signInAs(w.head.id, w.centreA.id);
    const list = await renderPage(MalpracticePage(show("open")));
    expect(list).toContain(`href="/malpractice/${w.malpractice.id}"`);
    expect(list).toContain("Alan Assessor");
    expect(list).toContain("Not yet reported");
    expect(list).toContain("Record a suspected case");
    const page = await renderPage(MalpracticeCasePage({ params: Promise.resolve({ caseId: w.malpractice.id }) }));
    expect(page).toContain("Suspected malpractice: Alan Assessor");
    expect(page).toContain("Spoke to the IQA.");
    expect(page).toContain("Record the report");
    expect(page).not.toContain("Close the case");
  });

  it("a centre admin who is not head of centre, an assessor and an external verifier get 404", async () => {
    const w = await world();
    const ev = await createUser("Eve Verifier");
    await db().membership.create({ data: { centreId: w.centreA.id, userId: ev.id, role: "EXTERNAL_VERIFIER" } });
    for (const userId of [w.adminA.user.id, w.assessorA.user.id, ev.id]) {
      await signInAs(userId, w.centreA.id);
      await expect(renderPage(MalpracticePage(show("all")))).rejects.toMatchObject(notFoundPage);
      await expect(renderPage(MalpracticeCasePage({ params: Promise.resolve({ caseId: w.malpractice.id }) }))).rejects.toMatchObject(
        notFoundPage,
      );
    }
  });
});
