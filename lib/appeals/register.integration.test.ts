import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { getUnitPage } from "@/lib/sign-off/queries";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { acknowledgeAppeal } from "./acknowledge-appeal";
import { decideAppeal } from "./decide-appeal";
import { openCasesFor } from "./open-cases";
import { appealInRegister, appealRegister } from "./queries";
import { recordAppealReferralOutcome } from "./record-appeal-referral-outcome";
import { referAppeal } from "./refer-appeal";
import { startAppealReview } from "./start-appeal-review";
import { withdrawAppeal } from "./withdraw-appeal";

const db = () => getPrisma();
const now = new Date("2026-04-30T10:00:00Z");
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access!);
const asAdmin = (world: AssessmentWorld) => world.actor(world.adminA.user.id, world.centreA.id);

/** An appeal lodged by centre A's candidate against the world's unit decision on 10 March. */
async function lodged(world: AssessmentWorld, lodgedOn = "2026-03-10") {
  return db().appeal.create({
    data: {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      unitDecisionId: world.inCentreA.decision.id,
      grounds: "Criterion 1.2 was met by E1.",
      lodgedOn: new Date(lodgedOn),
      lodgedById: world.candidateA.user.id,
    },
  });
}

/** Lodged → acknowledged → under review, by the admin. */
async function underReview(world: AssessmentWorld) {
  const appeal = await lodged(world);
  expect(
    await runAction(acknowledgeAppeal, asAdmin(world), { appealId: appeal.id, version: 1, acknowledgedOn: "2026-03-11" }, { now }),
  ).toMatchObject({ ok: true });
  expect(
    await runAction(startAppealReview, asAdmin(world), { appealId: appeal.id, version: 2, reviewStartedOn: "2026-03-12" }, { now }),
  ).toMatchObject({ ok: true });
  return appeal;
}

const decision = (world: AssessmentWorld, appealId: string, overrides: Record<string, unknown> = {}) => ({
  appealId,
  version: 3,
  outcome: "NOT_UPHELD",
  decidedOn: "2026-03-20",
  decidedById: world.adminA.user.id,
  outcomeReasons: "E1 shows the log but not the escalation criterion 1.2 asks for.",
  ...overrides,
});

const claimBlocked = async (world: AssessmentWorld) =>
  (
    await getUnitPage(await accessOf(world.adminA.user.id, world.centreA.id), world.candidateInA.id, world.unitA.id, now)
  ).claim.findings.some((finding) => finding.code === "claim.open-appeal");

describe("the centre's appeals register", () => {
  it("takes an appeal through the procedure with each step's date, the outcome, reasons and who decided; each step audited", async () => {
    const world = await createAssessmentWorld();
    const appeal = await underReview(world);
    const decided = await runAction(decideAppeal, asAdmin(world), decision(world, appeal.id), { now });
    expect(decided).toMatchObject({ ok: true });
    const referred = await runAction(
      referAppeal,
      asAdmin(world),
      { appealId: appeal.id, version: 4, referredOn: "2026-03-25", referralNote: "OCR appeals form sent by the candidate" },
      { now },
    );
    expect(referred).toMatchObject({ ok: true });
    const stored = await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    expect(stored).toMatchObject({
      status: "NOT_UPHELD",
      decidedById: world.adminA.user.id,
      outcomeReasons: "E1 shows the log but not the escalation criterion 1.2 asks for.",
      referralNote: "OCR appeals form sent by the candidate",
      version: 5,
    });
    expect(
      [stored.acknowledgedOn, stored.reviewStartedOn, stored.decidedOn, stored.referredOn].map((d) => d?.toISOString().slice(0, 10)),
    ).toEqual(["2026-03-11", "2026-03-12", "2026-03-20", "2026-03-25"]);
    const audit = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, targetId: appeal.id },
      orderBy: { sequence: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["appeal.acknowledge", "appeal.startReview", "appeal.decide", "appeal.refer"]);
    expect(audit[2]!.summary).toMatchObject({ before: "Under review", after: "Not upheld", on: "2026-03-20", decidedBy: "Ada Admin" });

    // Referred: open again until the awarding body's outcome is recorded.
    const admin = await accessOf(world.adminA.user.id, world.centreA.id);
    expect((await appealRegister(admin, "open")).map((row) => row.id)).toEqual([appeal.id]);
    const closed = await runAction(
      recordAppealReferralOutcome,
      asAdmin(world),
      { appealId: appeal.id, version: 5, awardingBodyOutcomeOn: "2026-04-20", awardingBodyOutcome: "OCR upheld the centre's decision." },
      { now },
    );
    expect(closed).toMatchObject({ ok: true });
    expect(await appealRegister(admin, "open")).toEqual([]);
    expect((await appealRegister(admin, "decided")).map((row) => [row.id, row.open, row.decidedBy?.name])).toEqual([
      [appeal.id, false, "Ada Admin"],
    ]);
    expect((await appealRegister(admin, "all")).length).toBe(1);
  });

  it("a withdrawn appeal is closed; a step out of order is refused and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const appeal = await lodged(world);
    const skipped = await runAction(
      startAppealReview,
      asAdmin(world),
      { appealId: appeal.id, version: 1, reviewStartedOn: "2026-03-12" },
      { now },
    );
    expect(skipped).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: ["Acknowledge the appeal to the candidate before the review starts."] },
    });
    const withdrawn = await runAction(
      withdrawAppeal,
      asAdmin(world),
      { appealId: appeal.id, version: 1, withdrawnOn: "2026-03-13", withdrawalNote: "Talked it through with the assessor." },
      { now },
    );
    expect(withdrawn).toMatchObject({ ok: true });
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      status: "WITHDRAWN",
      withdrawalNote: "Talked it through with the assessor.",
    });
    expect(await openCasesFor(db(), { centreId: world.centreA.id, candidateId: world.candidateInA.id })).toEqual([]);
  });

  it("refuses bad input with messages by the fields and changes nothing", async () => {
    const world = await createAssessmentWorld();
    const appeal = await underReview(world);
    const before = await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    const empty = await runAction(
      decideAppeal,
      asAdmin(world),
      { appealId: appeal.id, version: 3, outcome: "", decidedOn: "", decidedById: "", outcomeReasons: "" },
      { now },
    );
    expect(empty).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        outcome: ["Choose the outcome."],
        decidedOn: ["Enter the date of the decision."],
        decidedById: ["Choose who decided the appeal."],
        outcomeReasons: ["Give the reasons for the decision, as told to the candidate."],
      },
    });
    // Before the review started.
    const early = await runAction(decideAppeal, asAdmin(world), decision(world, appeal.id, { decidedOn: "2026-03-11" }), { now });
    expect(early).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { decidedOn: ["The date cannot be before the review started (2026-03-12)."] },
    });
    // In the future by the action's clock.
    const future = await runAction(decideAppeal, asAdmin(world), decision(world, appeal.id, { decidedOn: "2026-05-01" }), {
      now: new Date("2026-04-01T10:00:00Z"),
    });
    expect(future).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { decidedOn: ["The date cannot be in the future."] } });
    // The assessor of the decision appealed cannot decide it; nor can someone from outside the centre.
    const ownDecision = await runAction(
      decideAppeal,
      asAdmin(world),
      decision(world, appeal.id, { decidedById: world.assessorA.user.id }),
      { now },
    );
    expect(ownDecision).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { decidedById: [expect.stringMatching(/assessor who made the decision/)] },
    });
    const outsider = await runAction(decideAppeal, asAdmin(world), decision(world, appeal.id, { decidedById: world.adminB.user.id }), {
      now,
    });
    expect(outsider).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { decidedById: ["Choose a member of the centre's staff."] },
    });
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "appeal.decide" } })).toBe(0);
    // The page offers only people who may decide: never the decision's assessor.
    const page = await appealInRegister(await accessOf(world.adminA.user.id, world.centreA.id), appeal.id);
    expect(page.deciders.map((person) => person.name)).toEqual(["Ada Admin", "Sam Shared"]);
    expect(page.nextSteps).toEqual(["decide", "withdraw"]);
  });

  it("refuses a stale version, another centre's appeal (as a missing one) and anyone without the permission", async () => {
    const world = await createAssessmentWorld();
    const appeal = await lodged(world);
    const stale = await runAction(
      acknowledgeAppeal,
      asAdmin(world),
      { appealId: appeal.id, version: 2, acknowledgedOn: "2026-03-11" },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    const input = { appealId: appeal.id, version: 1, acknowledgedOn: "2026-03-11" };
    const fromB = await runAction(acknowledgeAppeal, world.actor(world.adminB.user.id, world.centreB.id), input, { now });
    const missing = await runAction(
      acknowledgeAppeal,
      world.actor(world.adminB.user.id, world.centreB.id),
      { ...input, appealId: "00000000-0000-4000-8000-000000000000" },
      { now },
    );
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(fromB).toEqual(missing);
    for (const userId of [world.assessorA.user.id, world.candidateA.user.id]) {
      expect(await runAction(acknowledgeAppeal, world.actor(userId, world.centreA.id), input, { now })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      status: "LODGED",
      version: 1,
      acknowledgedOn: null,
    });
    await expect(appealInRegister(await accessOf(world.adminB.user.id, world.centreB.id), appeal.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(appealRegister(await accessOf(world.assessorA.user.id, world.centreA.id), "all")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await appealRegister(await accessOf(world.adminB.user.id, world.centreB.id), "all")).toEqual([]);
  });

  it("an open appeal blocks the unit's claim and the candidate's records' destruction until it is decided", async () => {
    const world = await createAssessmentWorld();
    const cases = () => openCasesFor(db(), { centreId: world.centreA.id, candidateId: world.candidateInA.id });
    expect(await claimBlocked(world)).toBe(false);
    expect(await cases()).toEqual([]);
    const appeal = await underReview(world);
    expect(await claimBlocked(world)).toBe(true);
    expect(await cases()).toEqual(["appeal"]);
    // Another centre's reader sees nothing of it.
    expect(await openCasesFor(db(), { centreId: world.centreB.id, candidateId: world.candidateInA.id })).toEqual([]);
    expect(await runAction(decideAppeal, asAdmin(world), decision(world, appeal.id, { outcome: "UPHELD" }), { now })).toMatchObject({
      ok: true,
    });
    expect(await claimBlocked(world)).toBe(false);
    expect(await cases()).toEqual([]);
    // Referred to the awarding body: blocked again until its outcome.
    expect(
      await runAction(
        referAppeal,
        asAdmin(world),
        { appealId: appeal.id, version: 4, referredOn: "2026-03-21", referralNote: "" },
        { now },
      ),
    ).toMatchObject({ ok: true });
    expect(await claimBlocked(world)).toBe(true);
    expect(await cases()).toEqual(["appeal"]);
  });
});
