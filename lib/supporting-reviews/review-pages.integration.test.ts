import { describe, expect, it } from "vitest";
import { renderPage, signInAs, signInAtAwardingBody } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { createQaRequest } from "@/lib/qa-requests/create-qa-request";
import { addDays } from "@/lib/rules/dates";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";
import { createUser } from "@/tests/factories/centre-world";
import { recordBreach } from "./record-breach";
import { recordCorrespondence } from "./record-correspondence";

const { default: ReviewPage } = await import("@/app/(app)/assessors/[userId]/reviews/[reviewId]/page");
const { default: OwnQaRequestsPage } = await import("@/app/(app)/professional-record/qa-requests/page");

const today = isoDay(new Date());

describe("supporting review and QA request pages, as rendered", () => {
  it("an open review shows its breach, its letters, the unanswered one, and the forms to record no response, close or withdraw", async () => {
    const world = await createAwardingBodyWorld();
    const staff = world.actor(world.icsStaff.id, world.ics.id);
    const breach = await runAction(recordBreach, staff, {
      userId: world.icsAssessor.id,
      occurredOn: addDays(today, -30),
      description: "Assessed a candidate they coach.",
    });
    if (!breach.ok) throw new Error(breach.message);
    await runAction(recordCorrespondence, staff, {
      reviewId: breach.data.reviewId,
      direction: "TO_ASSESSOR",
      sentOn: addDays(today, -20),
      summary: "Asked for an account of the assessment.",
      responseDueOn: addDays(today, -6),
    });
    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const html = await renderPage(
      ReviewPage({ params: Promise.resolve({ userId: world.icsAssessor.id, reviewId: breach.data.reviewId }) }),
    );
    expect(html).toContain("Supporting review: Ivan Assessor");
    expect(html).toContain("Approval now: Supporting review.");
    expect(html).toContain("Assessed a candidate they coach.");
    expect(html).toContain("Asked for an account of the assessment.");
    expect(html).toContain("Unanswered");
    for (const form of ["Record correspondence", "Record no response", "Close the review", "Withdraw approval"])
      expect(html).toContain(form);
  });

  it("the assessor's own requests page lists only theirs, with the answer form; another assessor sees none", async () => {
    const world = await createAwardingBodyWorld();
    const sent = await runAction(createQaRequest, world.actor(world.icsStaff.id, world.ics.id), {
      userId: world.icsAssessor.id,
      kind: "OBSERVE_ASSESSMENT",
      details: "Let us observe your next professional discussion.",
      dueOn: addDays(today, 21),
    });
    expect(sent).toMatchObject({ ok: true });
    await signInAs(world.icsAssessor.id, world.icsCentre.id);
    const own = await renderPage(OwnQaRequestsPage());
    expect(own).toContain("Observe an assessment");
    expect(own).toContain("Let us observe your next professional discussion.");
    expect(own).toContain("Send your answer");
    expect(own).toContain("Completed and cancelled");

    const other = await createUser("Otto Other");
    await getPrisma().membership.create({ data: { centreId: world.icsCentre.id, userId: other.id, role: "ASSESSOR" } });
    await signInAs(other.id, world.icsCentre.id);
    const theirs = await renderPage(OwnQaRequestsPage());
    expect(theirs).toContain("No open requests.");
    expect(theirs).not.toContain("Let us observe");
  });
});
