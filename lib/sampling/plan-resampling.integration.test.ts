import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { displayDay } from "@/lib/format/dates";
import { recordSampling } from "@/lib/sampling-records/record-sampling";
import { amendUnitDecision } from "@/lib/sign-off/amend-unit-decision";
import { evidenceToSignSha256 } from "@/lib/sign-off/decisions";
import { signUnitDecision } from "@/lib/sign-off/sign-unit-decision";
import { testPassword } from "@/tests/factories/centre-world";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { planWithItem, samplingInputNow, signedOffWorld, today } from "@/tests/support/sampling-world";
import { getSamplingHub, getSamplingPlan } from "./plan-queries";

// Lead's decision (issue 9): a "disagree" is resolved only when, after the assessor has changed the
// decision and signed it again, the IQA samples it again on the same plan item and agrees. Until
// then the plan page says where the item stands, and the plan's counts do not treat it as sampled.

const { default: SamplingHubPage } = await import("@/app/(app)/sampling/page");
const { default: SamplingPlanPage } = await import("@/app/(app)/sampling/plans/[planId]/page");

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

describe("a plan item disagreed with", () => {
  it("is not cleared: reopened for the assessor, then changed and signed again to be sampled again; the counts leave it out of 'sampled'", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const iqaAccess = await accessOf(iqa.id, world.centreA.id);
    const itemState = async () => (await getSamplingPlan(iqaAccess, plan.id)).items.find((row) => row.id === item.id)?.status;
    const hubRow = async () => (await getSamplingHub(iqaAccess)).plans.find((row) => row.id === plan.id);
    const planPage = async () => {
      await signInAs(iqa.id, world.centreA.id);
      return renderPage(SamplingPlanPage({ params: Promise.resolve({ planId: plan.id }) }));
    };
    expect(await itemState()).toEqual({ kind: "planned" });

    const disagreed = await runAction(
      recordSampling,
      world.actor(iqa.id, world.centreA.id),
      await samplingInputNow(world, item.id, {
        outcome: "DISAGREE",
        rationale: "Criterion 1.2 rests on a complaint log nobody authenticated.",
        feedbackOnPractice: "Authenticate work products before relying on them.",
      }),
    );
    expect(disagreed).toMatchObject({ ok: true });
    const on = new Date(`${today()}T00:00:00.000Z`);

    // Reopened: with the assessor.
    expect(await itemState()).toEqual({ kind: "disagreed", disagreedOn: on, next: "assessor" });
    expect(await hubRow()).toMatchObject({ planned: 1, sampled: 0, disagreed: 1 });
    let page = await planPage();
    expect(page).toContain(`Disagreed on ${displayDay(on)}: reopened for the assessor.`);
    expect(page).toContain("Not cleared");
    expect(page).toContain("1 planned (0 sampled so far; 1 disagreed with and not cleared yet)");
    expect(page).not.toContain("Sampled " + displayDay(on));

    // Changed, not yet signed again: still with the assessor.
    const amended = await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 2,
      rationale: "Every criterion met; E1 authenticated by the team leader on the day.",
      decidedOn: "2026-03-20",
    });
    expect(amended).toMatchObject({ ok: true });
    expect(await itemState()).toEqual({ kind: "disagreed", disagreedOn: on, next: "assessor" });

    // Signed again: the IQA is to sample it again; it is still not counted as sampled.
    const signedAgain = await runAction(signUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId,
      version: 3,
      contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
      password: testPassword,
    });
    expect(signedAgain).toMatchObject({ ok: true, data: { status: "SIGNED_OFF" } });
    expect(await itemState()).toEqual({ kind: "disagreed", disagreedOn: on, next: "sampleAgain" });
    expect(await hubRow()).toMatchObject({ planned: 1, sampled: 0, disagreed: 1 });
    page = await planPage();
    expect(page).toContain(`Disagreed on ${displayDay(on)}. Changed and signed again: sample it again.`);
    expect(page).not.toContain("reopened for the assessor");
    expect(page).toContain("1 planned (0 sampled so far; 1 disagreed with and not cleared yet, 1 of them to sample again)");
    // The item stays linked so the IQA can sample it again.
    expect(page).toContain(`href="/sampling/plans/${plan.id}/items/${item.id}"`);

    await signInAs(iqa.id, world.centreA.id);
    let hub = await renderPage(SamplingHubPage());
    expect(hub).toContain("1 disagreed: not cleared yet");

    // The IQA samples it again on the same item and agrees: cleared, and counted as sampled.
    const again = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
    expect(again).toMatchObject({ ok: true });
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(2);
    expect(await itemState()).toEqual({ kind: "sampled", outcome: "AGREE", sampledOn: on, afterDisagreeOn: on });
    expect(await hubRow()).toMatchObject({ planned: 1, sampled: 1, disagreed: 0 });
    page = await planPage();
    expect(page).toContain(`Sampled again after the disagreement on ${displayDay(on)}.`);
    expect(page).toContain("1 planned (1 sampled so far)");
    expect(page).not.toContain("Not cleared");
    await signInAs(iqa.id, world.centreA.id);
    hub = await renderPage(SamplingHubPage());
    expect(hub).not.toContain("not cleared yet");
  });
});
