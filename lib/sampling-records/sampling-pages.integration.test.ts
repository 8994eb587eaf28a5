import { describe, expect, it } from "vitest";
import { renderPage, signInAs } from "@/tests/support/page-session";
import { runAction } from "@/lib/actions/run-action";
import { getPrisma } from "@/lib/db/client";
import { createUser, testPassword } from "@/tests/factories/centre-world";
import { planWithItem, samplingInputNow, signedOffWorld } from "@/tests/support/sampling-world";
import { countersignAsIqa } from "./countersign-as-iqa";
import { recordSampling } from "./record-sampling";

// The sampling item page, the RD11 and the candidate's unit page rendered from the real database
// as the plan's IQA, the centre admin, the assessor and another centre's IQA.

const { default: SamplingItemPage } = await import("@/app/(app)/sampling/plans/[planId]/items/[itemId]/page");
const { default: Rd11Page } = await import("@/app/(app)/sampling/plans/[planId]/rd11/page");
const { default: UnitPage } = await import("@/app/(app)/candidates/[candidateId]/units/[unitId]/page");

const db = () => getPrisma();
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

describe("sampling pages", () => {
  it("the plan's IQA sees the RD10 and the sampling form; the admin sees it is not sampled; another centre's IQA gets not found", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const params = Promise.resolve({ planId: plan.id, itemId: item.id });

    await signInAs(iqa.id, world.centreA.id);
    const asIqa = text(await renderPage(SamplingItemPage({ params })));
    expect(asIqa).toContain("Sampling: Resolve complaints");
    expect(asIqa).toContain("Every criterion met through the observation and the work products.");
    expect(asIqa).toContain("E1 Complaint log");
    expect(asIqa).toContain("Record the sampling");
    expect(asIqa).toContain("Assessment criteria sampled");
    expect(asIqa).toContain("Add an action");

    await signInAs(world.adminA.user.id, world.centreA.id);
    const asAdmin = text(await renderPage(SamplingItemPage({ params: Promise.resolve({ planId: plan.id, itemId: item.id }) })));
    expect(asAdmin).toContain("Not sampled yet. Only the plan's IQA, Iris Quality, records the sampling.");
    expect(asAdmin).not.toContain("Record the sampling");

    const iqaB = await createUser("Ian Iqa");
    await db().membership.create({ data: { centreId: world.centreB.id, userId: iqaB.id, role: "IQA" } });
    await signInAs(iqaB.id, world.centreB.id);
    await expect(renderPage(SamplingItemPage({ params: Promise.resolve({ planId: plan.id, itemId: item.id }) }))).rejects.toThrow();
    await expect(renderPage(Rd11Page({ params: Promise.resolve({ planId: plan.id }) }))).rejects.toThrow();
  });

  it("after agreeing and countersigning, the item page and RD11 show the record and who signed which version", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const sampled = await runAction(
      recordSampling,
      actor,
      await samplingInputNow(world, item.id, {
        outcome: "AGREE_WITH_ACTION",
        feedbackOnPractice: "Record the questions you asked.",
        actions: [{ description: "Write up the questioning", dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) }],
      }),
    );
    if (!sampled.ok) throw new Error(sampled.message);
    await signInAs(iqa.id, world.centreA.id);
    let page = text(await renderPage(SamplingItemPage({ params: Promise.resolve({ planId: plan.id, itemId: item.id }) })));
    expect(page).toContain("Agree with action");
    expect(page).toContain("Write up the questioning");
    expect(page).toContain("Countersign as IQA");
    const version = await db().recordVersion.findFirstOrThrow({ where: { recordId: decisionId }, orderBy: { version: "desc" } });
    const signed = await runAction(countersignAsIqa, actor, {
      samplingRecordId: sampled.data.samplingRecordId,
      decisionVersion: version.version,
      contentSha256: version.contentSha256,
      password: testPassword,
    });
    expect(signed).toMatchObject({ ok: true });
    page = text(await renderPage(SamplingItemPage({ params: Promise.resolve({ planId: plan.id, itemId: item.id }) })));
    expect(page).toContain("Version 1 countersigned by Iris Quality as IQA");
    expect(page).not.toContain("Your password");

    const rd11 = text(await renderPage(Rd11Page({ params: Promise.resolve({ planId: plan.id }) })));
    expect(rd11).toContain("Record of internal quality assurance (RD11)");
    expect(rd11).toContain("Cara Candidate: ");
    expect(rd11).toContain("Write up the questioning · due");
    expect(rd11).toMatch(/(Met: the sample meets|Not met: the sample does not yet meet) the sampling strategy/);
    expect(rd11).toContain("Each assessor: required and sampled");

    await signInAs(world.adminA.user.id, world.centreA.id);
    const unit = text(
      await renderPage(UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id }) })),
    );
    expect(unit).toContain("Can be claimed");
    expect(unit).toMatch(/IQA sampling on .* by Iris Quality: Agree with action/);
    expect(unit).toMatch(/Countersigned by the IQA: Iris Quality, .* \(version 1\)/);
  });

  it("after a disagreement, the assessor's unit page says why, what to do next, and that the unit cannot be claimed yet", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const result = await runAction(
      recordSampling,
      world.actor(iqa.id, world.centreA.id),
      await samplingInputNow(world, item.id, {
        outcome: "DISAGREE",
        rationale: "E1 was never authenticated",
        feedbackOnPractice: "Authenticate work products before relying on them.",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    await signInAs(world.assessorA.user.id, world.centreA.id);
    const unit = text(
      await renderPage(UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id }) })),
    );
    expect(unit).toMatch(/Reopened on .* after the IQA disagreed: E1 was never authenticated/);
    expect(unit).toContain("It does not count until you change it");
    expect(unit).toContain("This unit cannot be claimed yet:");
    expect(unit).toMatch(/IQA disagreed on \d{4}-\d{2}-\d{2}: E1 was never authenticated\. The assessor must change the decision/);
    expect(unit).toContain("Change this decision");
    // An assessor has no sampling.view: the sampling is not a link for them.
    expect(unit).not.toContain("/sampling/plans/");

    // The candidate sees that the unit was reopened after internal quality assurance and that their assessor
    // will review it, and the claim status, but never the IQA's words about their assessor's practice.
    await signInAs(world.candidateA.user.id, world.centreA.id);
    const own = text(
      await renderPage(UnitPage({ params: Promise.resolve({ candidateId: world.candidateInA.id, unitId: world.unitA.id }) })),
    );
    expect(own).toMatch(/Reopened on .* after internal quality assurance: your assessor will review it\./);
    expect(own).toContain("This unit cannot be claimed yet:");
    expect(own).toMatch(/IQA disagreed on \d{4}-\d{2}-\d{2}\. The assessor must change the decision and sign it again/);
    expect(own).not.toContain("E1 was never authenticated");
    expect(own).not.toContain("Authenticate work products");
  });

  it("the item page shows every sampling record of the item and offers the follow-up form once the decision is signed again", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { plan, item } = await planWithItem(world, iqa.id, decisionId);
    const disagreed = await runAction(
      recordSampling,
      world.actor(iqa.id, world.centreA.id),
      await samplingInputNow(world, item.id, {
        outcome: "DISAGREE",
        rationale: "E1 was never authenticated",
        feedbackOnPractice: "Authenticate E1.",
      }),
    );
    expect(disagreed).toMatchObject({ ok: true });
    const params = Promise.resolve({ planId: plan.id, itemId: item.id });
    await signInAs(iqa.id, world.centreA.id);
    let page = text(await renderPage(SamplingItemPage({ params })));
    expect(page).toContain("Sample this decision again");
    expect(page).toContain("the assessor must change it and sign it again before you sample it again.");
    expect(page).not.toContain("Record the sampling");

    // The assessor changes it and signs it again (as the unit page's forms do).
    const { amendUnitDecision } = await import("@/lib/sign-off/amend-unit-decision");
    const { signUnitDecision } = await import("@/lib/sign-off/sign-unit-decision");
    const { evidenceToSignSha256 } = await import("@/lib/sign-off/decisions");
    const assessor = world.actor(world.assessorA.user.id, world.centreA.id);
    expect(
      await runAction(amendUnitDecision, assessor, {
        decisionId,
        version: 2,
        rationale: "E1 authenticated by the team leader.",
        decidedOn: "2026-03-20",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await runAction(signUnitDecision, assessor, {
        decisionId,
        version: 3,
        contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
        password: testPassword,
      }),
    ).toMatchObject({ ok: true });
    page = text(await renderPage(SamplingItemPage({ params })));
    expect(page).toContain("Sample this decision again");
    expect(page).toContain("Record the sampling");
    expect(page).toContain("E1 was never authenticated");

    expect(await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id))).toMatchObject({
      ok: true,
    });
    page = text(await renderPage(SamplingItemPage({ params })));
    expect(page).toContain("Sampling record 1 of 2 (RD11)");
    expect(page).toContain("Sampling record 2 of 2 (RD11)");
    expect(page).not.toContain("Record the sampling");
    expect(page).toContain("Countersign as IQA");
  });
});
