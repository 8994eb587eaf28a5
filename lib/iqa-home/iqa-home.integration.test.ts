import { createElement } from "react";
import { prerender } from "react-dom/static";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "@/tests/support/page-session";
import { ToastProvider } from "@/components/ui/toast";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import type { SamplingOutcome } from "@/lib/db/generated/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { iqaNextSteps } from "./next-steps";
import { fromYourIqa, iqaHome } from "./queries";

// The home page renders OverdueActions, an async server component: rendered here as the server
// does, with React's streaming prerender (renderPage's renderToStaticMarkup cannot wait for it).
const { default: HomePage } = await import("@/app/(app)/page");

async function renderHome(userId: string, centreId: string) {
  await signInAs(userId, centreId);
  const { prelude } = await prerender(createElement(ToastProvider, null, await HomePage()));
  // Without React's separators between adjacent text, so that sentences read as a person sees them.
  return (await new Response(prelude).text()).replace(/<!-- -->/g, "");
}

const db = () => getPrisma();
const now = new Date("2026-11-22T12:00:00Z");

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

async function iqaAt(centreId: string, name: string) {
  const user = await createUser(name);
  await db().membership.create({ data: { centreId, userId: user.id, role: "IQA" } });
  return user;
}

/** An IQA's sampling history at a centre, written directly (the sampling areas' own tests go through their actions). */
function historyIn(world: AssessmentWorld, centreId: string, candidateId: string) {
  const decide = (assessorUserId: string, decidedOn: string, decisionType: "FORMATIVE" | "SUMMATIVE" = "SUMMATIVE") =>
    db().unitDecision.create({
      data: {
        centreId,
        candidateId,
        unitId: world.unitA.id,
        decisionType,
        outcome: "ACHIEVED",
        rationale: "All criteria met",
        decidedOn: new Date(decidedOn),
        assessorUserId,
        status: decisionType === "SUMMATIVE" ? "SIGNED_OFF" : "RECORDED",
      },
    });
  const plan = (iqaUserId: string, status: "DRAFT" | "RECORDED", periodFrom: string, periodTo: string) =>
    db().samplingPlan.create({
      data: {
        centreId,
        qualificationId: world.qualification.id,
        iqaUserId,
        periodFrom: new Date(periodFrom),
        periodTo: new Date(periodTo),
        seed: "test",
        status,
        strategySnapshot: {},
        exclusions: { own: 0, conflict: 0 },
        recordedAt: status === "RECORDED" ? new Date(periodFrom) : null,
        createdById: iqaUserId,
      },
    });
  const item = (planId: string, decision: { id: string; decisionType: string }, dropped = false) =>
    db().samplingPlanItem.create({
      data: {
        centreId,
        planId,
        unitDecisionId: decision.id,
        stage: decision.decisionType === "SUMMATIVE" ? "SUMMATIVE" : "INTERIM",
        origin: "PROPOSED",
        reason: "Chosen by the sampling rule",
        ...(dropped ? { droppedAt: new Date("2026-05-02"), droppedReason: "Already seen at standardisation" } : {}),
      },
    });
  const sample = (
    planItem: { id: string; unitDecisionId: string },
    decision: { assessorUserId: string },
    iqaUserId: string,
    sampledOn: string,
    outcome: SamplingOutcome,
  ) =>
    // As recordSampling does: a disagree reopens the decision for its assessor.
    (outcome === "DISAGREE"
      ? db().unitDecision.update({
          where: { id: planItem.unitDecisionId },
          data: { status: "REOPENED", reopenedReason: "Sampled: disagree" },
        })
      : Promise.resolve()
    ).then(() =>
      db().samplingRecord.create({
        data: {
          centreId,
          planItemId: planItem.id,
          unitDecisionId: planItem.unitDecisionId,
          decisionVersion: 1,
          candidateId,
          unitId: world.unitA.id,
          assessorUserId: decision.assessorUserId,
          iqaUserId,
          stage: "SUMMATIVE",
          sampledOn: new Date(sampledOn),
          criterionIds: [],
          evidenceItemIds: [],
          methods: ["OBSERVATION"],
          outcome,
          rationale: "Sampled",
        },
      }),
    );
  return { decide, plan, item, sample };
}

async function sampledWorld() {
  const world = await createAssessmentWorld();
  const a = world.centreA.id;
  const iqa = await iqaAt(a, "Ines Iqa");
  const colleague = await iqaAt(a, "Colin Colleague");
  const iqaB = await iqaAt(world.centreB.id, "Bob Iqa");
  const alan = world.assessorA.user.id;
  const sam = world.shared.user.id;
  const inA = historyIn(world, a, world.candidateInA.id);

  // The current plan: Alan's two decisions and Sam's one to sample (one of Alan's sampled: disagree), Sam's other dropped.
  const d1 = await inA.decide(alan, "2026-05-01");
  const d2 = await inA.decide(alan, "2026-06-01", "FORMATIVE");
  const d3 = await inA.decide(sam, "2026-07-01");
  const d4 = await inA.decide(sam, "2026-08-01");
  const current = await inA.plan(iqa.id, "RECORDED", "2026-04-01", "2026-12-31");
  const i1 = await inA.item(current.id, d1);
  const i2 = await inA.item(current.id, d2);
  const i3 = await inA.item(current.id, d3);
  await inA.item(current.id, d4, true);
  await inA.sample(i1, d1, iqa.id, "2026-07-10", "DISAGREE");

  // Last quarter's plan, sampled in full: no longer current, but its outcome counts in the rates.
  const d5 = await inA.decide(alan, "2026-02-01");
  const earlier = await inA.plan(iqa.id, "RECORDED", "2026-01-01", "2026-03-31");
  await inA.sample(await inA.item(earlier.id, d5), d5, iqa.id, "2026-03-15", "AGREE");
  // A draft plan of the IQA's, and a colleague's plan (their items are not this IQA's to sample; their outcomes count).
  const draft = await inA.plan(iqa.id, "DRAFT", "2027-01-01", "2027-03-31");
  const d6 = await inA.decide(alan, "2026-09-01");
  const colleaguePlan = await inA.plan(colleague.id, "RECORDED", "2026-07-01", "2026-12-31");
  await inA.sample(await inA.item(colleaguePlan.id, d6), d6, colleague.id, "2026-10-05", "AGREE_WITH_ACTION");
  await inA.item(colleaguePlan.id, await inA.decide(sam, "2026-09-02"));
  // An outcome older than the last four quarters does not count.
  const d7 = await inA.decide(sam, "2025-11-01");
  const old = await inA.plan(iqa.id, "RECORDED", "2025-10-01", "2025-12-31");
  await inA.sample(await inA.item(old.id, d7), d7, iqa.id, "2025-12-01", "DISAGREE");

  await db().standardisationMeeting.create({
    data: {
      centreId: a,
      qualificationId: world.qualification.id,
      heldOn: new Date("2026-06-01"),
      ledById: iqa.id,
      attendeeUserIds: [alan, sam],
      unitIds: [world.unitA.id],
      evidenceStandardised: "Complaint logs",
      decisionsReached: "Agreed what a full log shows",
    },
  });

  // Centre B: its IQA's plan with one decision awaiting, and one sampled (disagree).
  const inB = historyIn(world, world.centreB.id, world.candidateInB.id);
  const b1 = await inB.decide(world.assessorB.user.id, "2026-08-01");
  const b2 = await inB.decide(world.assessorB.user.id, "2026-08-02");
  const planB = await inB.plan(iqaB.id, "RECORDED", "2026-07-01", "2026-12-31");
  await inB.item(planB.id, b1);
  await inB.sample(await inB.item(planB.id, b2), b2, iqaB.id, "2026-10-01", "DISAGREE");

  return { world, iqa, iqaB, colleague, current, draft, inA, d1, d2, d3, i1, i2, i3 };
}

describe("the IQA home", () => {
  it("lists the decisions awaiting the IQA's sampling, oldest first, each linking to its plan item; dropped and sampled items are not among them", async () => {
    const { world, iqa, current, i2, i3, draft } = await sampledWorld();
    const home = await iqaHome(await accessOf(iqa.id, world.centreA.id), now);
    expect(home.awaiting.total).toBe(2);
    expect(home.awaiting.items.map((item) => [item.href, item.stage, item.assessorName, item.candidateName])).toEqual([
      [`/sampling/plans/${current.id}/items/${i2.id}`, "INTERIM", "Alan Assessor", "Cara Candidate"],
      [`/sampling/plans/${current.id}/items/${i3.id}`, "SUMMATIVE", "Sam Shared", "Cara Candidate"],
    ]);
    expect(home.awaiting.items[0]!.unit).toBe(`${world.unitA.urn} Resolve complaints`);
    expect(home.drafts.map((plan) => plan.href)).toEqual([`/sampling/plans/${draft.id}`]);
  });

  it("shows progress against each current plan per assessor: planned (not dropped) against sampled", async () => {
    const { world, iqa, current } = await sampledWorld();
    const home = await iqaHome(await accessOf(iqa.id, world.centreA.id), now);
    expect(home.plans).toHaveLength(1);
    // Alan's disagreed decision is reopened: sampled, but not cleared until the IQA agrees again.
    expect(home.plans[0]).toMatchObject({ planId: current.id, href: `/sampling/plans/${current.id}`, planned: 3, sampled: 0 });
    expect(home.plans[0]!.byAssessor.map((row) => [row.name, row.planned, row.sampled])).toEqual([
      ["Alan Assessor", 2, 0],
      ["Sam Shared", 1, 0],
    ]);
  });

  it("brings a disagreed decision back to the IQA once the assessor signs it again, and clears it when a follow-up sampling agrees", async () => {
    const { world, iqa, current, inA, d1, i1 } = await sampledWorld();
    const access = await accessOf(iqa.id, world.centreA.id);
    await db().unitDecision.update({ where: { id: d1.id }, data: { status: "SIGNED_OFF", version: { increment: 1 } } });
    let home = await iqaHome(access, now);
    expect(home.awaiting.total).toBe(3);
    expect(home.awaiting.items.map((item) => item.href)).toContain(`/sampling/plans/${current.id}/items/${i1.id}`);

    await inA.sample(i1, d1, iqa.id, "2026-10-20", "AGREE");
    home = await iqaHome(access, now);
    expect(home.awaiting.total).toBe(2);
    expect(home.awaiting.items.map((item) => item.href)).not.toContain(`/sampling/plans/${current.id}/items/${i1.id}`);
    // One item, sampled twice: counted once.
    expect(home.plans[0]).toMatchObject({ planned: 3, sampled: 1 });
  });

  it("charts each assessor's disagree rate per quarter over the last year from every RD11 entry of the centre, whichever IQA made it", async () => {
    const { world, iqa } = await sampledWorld();
    const home = await iqaHome(await accessOf(iqa.id, world.centreA.id), now);
    expect(home.disagree.periods).toEqual(["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]);
    // Sam's only outcome is older than a year: Sam has no series.
    expect(home.disagree.series.map((series) => [series.name, series.points.map((point) => point.text)])).toEqual([
      ["Alan Assessor", ["0% (0 of 1)", "none sampled", "100% (1 of 1)", "0% (0 of 1)"]],
    ]);
    expect(home.disagree.series[0]!.points.map((point) => point.value)).toEqual([0, null, 100, 0]);
  });

  it("says when standardisation is due per qualification, from the last meeting and the strategy's interval", async () => {
    const { world, iqa, iqaB } = await sampledWorld();
    const home = await iqaHome(await accessOf(iqa.id, world.centreA.id), now);
    expect(home.standardisation.map((row) => [row.qualification.id, row.due, row.dueOn])).toEqual([
      [world.qualification.id, true, "2026-09-01"],
    ]);
    const homeB = await iqaHome(await accessOf(iqaB.id, world.centreB.id), now);
    expect(homeB.standardisation.map((row) => [row.due, row.dueOn, row.lastHeldOn])).toEqual([[true, null, null]]);
    expect(iqaNextSteps(home).map((step) => step.text)).toEqual([
      "Record your sampling plan for Test Diploma in Customer Service (1 Jan 2027 to 31 Mar 2027): it is still a draft.",
      "2 decisions await your sampling.",
      "Standardisation for Test Diploma in Customer Service has been due since 1 Sept 2026.",
    ]);
  });

  it("shows another centre's IQA none of it: only their own centre's plans, outcomes and meetings", async () => {
    const { world, iqaB, colleague } = await sampledWorld();
    const homeB = await iqaHome(await accessOf(iqaB.id, world.centreB.id), now);
    expect(homeB.awaiting.items.map((item) => item.assessorName)).toEqual(["Ben Assessor"]);
    // B's sampled decision was disagreed with: reopened, so not yet cleared.
    expect(homeB.plans.map((plan) => [plan.planned, plan.sampled])).toEqual([[2, 0]]);
    expect(homeB.drafts).toEqual([]);
    expect(homeB.disagree.series.map((series) => [series.name, series.points.map((point) => point.text)])).toEqual([
      ["Ben Assessor", ["none sampled", "none sampled", "none sampled", "100% (1 of 1)"]],
    ]);
    // The colleague IQA at centre A sees their own plan only (Sam's decision awaiting), not Ines's.
    const colleagueHome = await iqaHome(await accessOf(colleague.id, world.centreA.id), now);
    expect(colleagueHome.awaiting.items.map((item) => item.assessorName)).toEqual(["Sam Shared"]);
    expect(colleagueHome.drafts).toEqual([]);
  });

  it("is not open to an assessor or an admin", async () => {
    const { world } = await sampledWorld();
    await expect(iqaHome(await accessOf(world.assessorA.user.id, world.centreA.id), now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(iqaHome(await accessOf(world.adminA.user.id, world.centreA.id), now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the assessor's 'From your IQA' counts", () => {
  it("counts feedback not yet acknowledged and open actions, the assessor's own at their centre only", async () => {
    const { world, iqa, iqaB } = await sampledWorld();
    const alan = world.assessorA.user.id;
    const feedback = (acknowledgedAt: Date | null) =>
      db().iqaFeedback.create({
        data: {
          centreId: world.centreA.id,
          assessorUserId: alan,
          iqaUserId: iqa.id,
          feedbackOnPractice: "Write fuller rationales",
          givenOn: new Date("2026-10-01"),
          acknowledgedAt,
        },
      });
    const unread = await feedback(null);
    await feedback(new Date("2026-10-02"));
    const action = (ownerUserId: string, status: "OPEN" | "DONE", centreId = world.centreA.id, setById = iqa.id) =>
      db().iqaAction.create({
        data: {
          centreId,
          feedbackId: centreId === world.centreA.id ? unread.id : null,
          ownerUserId,
          setById,
          description: "Re-read the unit",
          dueOn: new Date("2026-11-01"),
          status,
        },
      });
    await action(alan, "OPEN");
    await action(alan, "OPEN");
    await action(alan, "DONE");
    await action(world.shared.user.id, "OPEN");
    // The shared assessor's action at centre B is not counted at centre A.
    await action(world.shared.user.id, "OPEN", world.centreB.id, iqaB.id);
    expect(await fromYourIqa(await accessOf(alan, world.centreA.id))).toEqual({ unacknowledged: 1, openActions: 2 });
    expect(await fromYourIqa(await accessOf(world.shared.user.id, world.centreA.id))).toEqual({ unacknowledged: 0, openActions: 1 });
    expect(await fromYourIqa(await accessOf(world.assessorB.user.id, world.centreB.id))).toEqual({ unacknowledged: 0, openActions: 0 });
    await expect(fromYourIqa(await accessOf(iqa.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the home page", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the IQA what awaits their sampling, their plans' progress, the disagree-rate chart with its table, overdue actions and standardisation due", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    const { world, iqa, current, i2 } = await sampledWorld();
    const html = await renderHome(iqa.id, world.centreA.id);
    expect(html).toContain("Hello, Ines");
    expect(html).toContain("Decisions awaiting your sampling");
    expect(html).toContain(`href="/sampling/plans/${current.id}/items/${i2.id}"`);
    expect(html).toContain("Interim decision by Alan Assessor, 1 Jun 2026");
    expect(html).toContain("Progress against your sampling plans");
    expect(html).toMatch(/<th scope="row"[^>]*>Sam Shared<\/th><td[^>]*>1<\/td><td[^>]*>0<\/td><td[^>]*>1<\/td>/);
    // The chart: a figure named by its title, the summary in words, and the table of the same numbers.
    expect(html).toMatch(/<figure aria-labelledby="[^"]+"/);
    expect(html).toContain("Disagree rate per quarter: the numbers");
    expect(html).toContain("Disagree rate per quarter, 2026 Q1 to 2026 Q4 (1 assessor). Alan Assessor: highest 100% (1 of 1) in 2026 Q3");
    expect(html).toMatch(
      /<th scope="row"[^>]*>Alan Assessor<\/th><td[^>]*>0% \(0 of 1\)<\/td><td[^>]*>none sampled<\/td><td[^>]*>100% \(1 of 1\)<\/td>/,
    );
    // The chart itself is drawn in the browser: nothing of recharts, and no style attribute, in the server's HTML.
    expect(html).not.toContain("recharts");
    expect(html).not.toMatch(/ style="/);
    expect(html).toContain("Overdue actions");
    expect(html).toContain("No actions are overdue.");
    expect(html).toContain("last held 1 Jun 2026, due since 1 Sept 2026");
    expect(html).toContain("Record your sampling plan for Test Diploma in Customer Service (1 Jan 2027 to 31 Mar 2027)");
    expect(html).not.toContain("From your IQA");
  });

  it("shows an assessor what came from their IQA: feedback to acknowledge, open actions and the overdue ones", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    const { world, iqa } = await sampledWorld();
    const feedback = await db().iqaFeedback.create({
      data: {
        centreId: world.centreA.id,
        assessorUserId: world.assessorA.user.id,
        iqaUserId: iqa.id,
        feedbackOnPractice: "Write fuller rationales",
        givenOn: new Date("2026-10-01"),
      },
    });
    await db().iqaAction.create({
      data: {
        centreId: world.centreA.id,
        feedbackId: feedback.id,
        ownerUserId: world.assessorA.user.id,
        setById: iqa.id,
        description: "Re-read the unit's assessment guidance",
        dueOn: new Date("2026-11-01"),
      },
    });
    const html = await renderHome(world.assessorA.user.id, world.centreA.id);
    expect(html).toContain("Your caseload");
    expect(html).toContain("From your IQA");
    expect(html).toContain("1 piece of feedback (RD07) to read and acknowledge. 1 action is open for you.");
    expect(html).toContain('href="/iqa-feedback"');
    expect(html).toContain("Re-read the unit&#x27;s assessment guidance");
    expect(html).not.toContain("Decisions awaiting your sampling");
    expect(html).not.toContain("Disagree rate");
  });
});
