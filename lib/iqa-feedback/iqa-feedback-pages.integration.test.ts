import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";

// The /iqa-feedback pages rendered from the real database as the assessor, the IQA, the centre
// admin and people who may not see them.

const { default: IqaFeedbackPage } = await import("@/app/(app)/iqa-feedback/page");
const { default: IqaFeedbackRecordPage } = await import("@/app/(app)/iqa-feedback/[feedbackId]/page");
const { default: NewIqaFeedbackPage } = await import("@/app/(app)/iqa-feedback/new/page");
const { OverdueActions } = await import("@/app/(app)/iqa-feedback/overdue-actions");

const db = () => getPrisma();
/** The home page's overdue-actions card as the person sees it ("" when it renders nothing). */
const renderOverdue = async (access: AccessContext | null) =>
  renderPage((await OverdueActions({ access: access! })) ?? createElement(Fragment));
const today = isoDay(new Date());
const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** An RD07 from an IQA to centre A's assessor with one overdue and one open action. */
async function createFeedbackWorld() {
  const world = await createAssessmentWorld();
  const iqa = await createUser("Ivy Iqa");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
  const feedback = await db().iqaFeedback.create({
    data: {
      centreId: world.centreA.id,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: iqa.id,
      feedbackOnPractice: "Record how each criterion was met, in the candidate's words where you can.",
      givenOn: day(addDays(today, -10)),
      actions: {
        create: [
          {
            centreId: world.centreA.id,
            ownerUserId: world.assessorA.user.id,
            setById: iqa.id,
            description: "Rewrite the rationale of two decisions",
            dueOn: day(addDays(today, -3)),
          },
          {
            centreId: world.centreA.id,
            ownerUserId: world.assessorA.user.id,
            setById: iqa.id,
            description: "Observe a colleague's professional discussion",
            dueOn: day(addDays(today, 14)),
          },
        ],
      },
    },
  });
  return { ...world, iqa, feedback };
}

const notFoundPage = { digest: expect.stringContaining("404") };

describe("the IQA feedback pages", () => {
  it("the assessor sees the feedback waiting for their response and their actions, overdue in words", async () => {
    const world = await createFeedbackWorld();
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const list = await renderPage(IqaFeedbackPage());
    expect(list).toContain("Feedback from your IQA");
    expect(list).toContain("1 waiting for your response");
    expect(list).toContain(`href="/iqa-feedback/${world.feedback.id}"`);
    expect(list).toContain("Read and respond");
    expect(list).toContain("Your actions");
    expect(list).toContain("Overdue by 3 days");
    expect(list).toContain("Set by Ivy Iqa");
    expect(list).not.toContain("Feedback you gave");
    expect(list).not.toContain("RD07 register");

    const record = await renderPage(IqaFeedbackRecordPage({ params: Promise.resolve({ feedbackId: world.feedback.id }) }));
    expect(record).toContain("From Ivy Iqa to you");
    expect(record).toContain("Given on its own, not from a sample");
    expect(record).toContain("Acknowledge and send response");
    expect(record).toContain('aria-label="Complete: Rewrite the rationale of two decisions"');
    expect(record).toContain('method="post"');

    const home = await renderOverdue(await signInAs(world.assessorA.user.id, world.centreA.id));
    expect(home).toContain("Overdue actions");
    expect(home).toContain("Rewrite the rationale of two decisions");
    expect(home).toContain("Yours, set by Ivy Iqa");
    expect(home).not.toContain("professional discussion");
  });

  it("the IQA sees the feedback they gave and the actions they set; the form lists the centre's other assessors", async () => {
    const world = await createFeedbackWorld();
    const access = await signInAs(world.iqa.id, world.centreA.id);
    const list = await renderPage(IqaFeedbackPage());
    expect(list).toContain("Give feedback to an assessor");
    expect(list).toContain("Feedback you gave");
    expect(list).toContain("Awaiting response");
    expect(list).toContain("Actions you set");
    expect(list).toContain("For Alan Assessor");
    expect(list).toContain("Overdue by 3 days");
    expect(list).not.toContain("Mark as done");

    const record = await renderPage(IqaFeedbackRecordPage({ params: Promise.resolve({ feedbackId: world.feedback.id }) }));
    expect(record).toContain("Not yet acknowledged");
    expect(record).not.toContain("Acknowledge and send response");

    const form = await renderPage(NewIqaFeedbackPage());
    expect(form).toContain(">Alan Assessor</option>");
    expect(form).toContain(">Sam Shared</option>");
    expect(form).not.toContain(">Ivy Iqa</option>");
    expect(form).toContain("Add an action");

    const home = await renderOverdue(access);
    expect(home).toContain("For Alan Assessor, set by you");
  });

  it("the admin reads the centre's register; a candidate, another assessor and another centre get not found", async () => {
    const world = await createFeedbackWorld();
    await signInAs(world.adminA.user.id, world.centreA.id);
    const list = await renderPage(IqaFeedbackPage());
    expect(list).toContain("The centre&#x27;s RD07 register");
    expect(list).toContain("Alan Assessor");
    expect(list).toContain("2 open, 0 done, 1 overdue");
    await expect(renderPage(NewIqaFeedbackPage())).rejects.toMatchObject(notFoundPage);

    await signInAs(world.candidateA.user.id, world.centreA.id);
    await expect(renderPage(IqaFeedbackPage())).rejects.toMatchObject(notFoundPage);
    await signInAs(world.shared.user.id, world.centreA.id);
    await expect(renderPage(IqaFeedbackRecordPage({ params: Promise.resolve({ feedbackId: world.feedback.id }) }))).rejects.toMatchObject(
      notFoundPage,
    );
    expect(await renderOverdue(await signInAs(world.shared.user.id, world.centreA.id))).not.toContain("Overdue actions");
    await signInAs(world.assessorB.user.id, world.centreB.id);
    await expect(renderPage(IqaFeedbackRecordPage({ params: Promise.resolve({ feedbackId: world.feedback.id }) }))).rejects.toMatchObject(
      notFoundPage,
    );
  });
});
