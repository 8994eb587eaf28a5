import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { displayDay, isoDay } from "@/lib/format/dates";
import { addDays } from "@/lib/rules/dates";
import { createAwardingBodyWorld, type AwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { answerQaRequest } from "./answer-qa-request";
import { createQaRequest } from "./create-qa-request";
import { qaRequestsOfAssessor } from "./queries";

// The pages render after the session mock is in place (page-session).
const { default: OwnQaRequestsPage } = await import("@/app/(app)/professional-record/qa-requests/page");
const { default: CompliancePage } = await import("@/app/(app)/assessors/[userId]/page");
const { default: QaRequestPage } = await import("@/app/(app)/assessors/[userId]/qa-requests/[requestId]/page");

const db = () => getPrisma();
const today = isoDay(new Date());
const todayShown = displayDay(new Date(`${today}T00:00:00Z`));

/** A request sent 40 days ago and due 12 days ago, still open. */
async function overdueRequest(world: AwardingBodyWorld) {
  const sent = await runAction(createQaRequest, world.actor(world.icsStaff.id, world.ics.id), {
    userId: world.icsAssessor.id,
    kind: "SAMPLE_DECISIONS",
    details: "Send the decisions for two candidates you signed off this quarter.",
    dueOn: addDays(today, 14),
  });
  if (!sent.ok) throw new Error(sent.message);
  await db().qualityAssuranceRequest.update({
    where: { id: sent.data.requestId },
    data: { requestedOn: new Date(`${addDays(today, -40)}T00:00:00Z`), dueOn: new Date(`${addDays(today, -12)}T00:00:00Z`) },
  });
  return sent.data.requestId;
}

describe("quality-assurance request pages, before and after the assessor answers", () => {
  it("unanswered past its due date: overdue for the assessor and for the body's staff", async () => {
    const world = await createAwardingBodyWorld();
    await overdueRequest(world);
    await signInAs(world.icsAssessor.id, world.icsCentre.id);
    const own = await renderPage(OwnQaRequestsPage());
    expect(own).toContain("Overdue by 12 days");
    expect(own).toContain("Send your answer");
    expect(own).not.toContain("Answered, waiting for the awarding body");

    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const review = await renderPage(CompliancePage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }));
    expect(review).toContain("1 open, 1 overdue");
    expect(review).toContain("Not yet");
  });

  it("answered late: no longer overdue; the assessor sees when they answered, how late, and the answer; staff see the answer and when it came", async () => {
    const world = await createAwardingBodyWorld();
    const requestId = await overdueRequest(world);
    const { version } = await db().qualityAssuranceRequest.findUniqueOrThrow({ where: { id: requestId } });
    const answered = await runAction(answerQaRequest, world.centreActor(world.icsAssessor.id, world.icsCentre.id), {
      requestId,
      version,
      response: "Sent two signed-off portfolios (candidates 14 and 22) by secure email today.",
    });
    expect(answered).toMatchObject({ ok: true });

    const [row] = (await qaRequestsOfAssessor(db(), { awardingBodyId: world.ics.id, userId: world.icsAssessor.id, asOf: today })).filter(
      (request) => request.id === requestId,
    );
    expect(row).toMatchObject({ status: "OPEN", overdueByDays: 0, answeredDaysLate: 12 });

    await signInAs(world.icsAssessor.id, world.icsCentre.id);
    const own = await renderPage(OwnQaRequestsPage());
    expect(own).not.toContain("Overdue by");
    expect(own).toContain("None waiting for your answer.");
    expect(own).toContain("Answered, waiting for the awarding body");
    expect(own).toContain(`Answered ${todayShown} (12 days after the due date) — waiting for ${world.ics.name}.`);
    expect(own).toContain("Sent two signed-off portfolios (candidates 14 and 22) by secure email today.");
    expect(own).toContain("Change your answer");

    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const review = await renderPage(CompliancePage({ params: Promise.resolve({ userId: world.icsAssessor.id }) }));
    expect(review).not.toContain("overdue");
    expect(review).toContain(`1 open, 1 answered and waiting for ${world.ics.name} to complete.`);
    expect(review).toContain(`Answered ${todayShown} (12 days after the due date)`);
    expect(review).toContain("Sent two signed-off portfolios (candidates 14 and 22)");
    const page = await renderPage(QaRequestPage({ params: Promise.resolve({ userId: world.icsAssessor.id, requestId }) }));
    expect(page).toContain("Answered</span>");
    expect(page).not.toContain("Overdue by");
    expect(page).toContain(`Answered ${todayShown} (12 days after the due date)`);
    expect(page).toContain("Complete the request");
  });
});
