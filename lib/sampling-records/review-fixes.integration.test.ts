import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { amendUnitDecision } from "@/lib/sign-off/amend-unit-decision";
import { evidenceToSignSha256 } from "@/lib/sign-off/decisions";
import { readUnitPage } from "@/lib/sign-off/queries";
import { signUnitDecision } from "@/lib/sign-off/sign-unit-decision";
import { testPassword } from "@/tests/factories/centre-world";
import type { AssessmentWorld } from "@/tests/factories/assessment-world";
import { inDays, iqaOfCentreA, planWithItem, samplingInputNow, shownOf, signedOffWorld, today } from "@/tests/support/sampling-world";
import { countersignAsIqa } from "./countersign-as-iqa";
import { readSamplingItemPage } from "./queries";
import { recordSampling } from "./record-sampling";

// The security review's findings on sampling records, each shown fixed through the actions and
// reads themselves on a real database: F1 (the version shown), F2 (dates), F3 (a disagreement is
// resolved only by a follow-up sampling), F4 (bounds), F10 (reopened / changed decisions), F11
// (the candidate's view), F12 (countersign against a concurrent disagree).

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string): Promise<CentreAccess> {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access || access.workspace.kind !== "centre") throw new Error("no centre access");
  return access as CentreAccess;
}

async function latestVersion(world: AssessmentWorld, decisionId: string) {
  return db().recordVersion.findFirstOrThrow({
    where: { centreId: world.centreA.id, recordType: "UNIT_DECISION", recordId: decisionId },
    orderBy: { version: "desc" },
  });
}

async function currentRowVersion(decisionId: string) {
  return (await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).version;
}

/** The assessor changes the decision and signs it again (a new signed version). */
async function changeAndSignAgain(world: AssessmentWorld, decisionId: string, rationale: string) {
  const assessor = world.actor(world.assessorA.user.id, world.centreA.id);
  const amended = await runAction(amendUnitDecision, assessor, {
    decisionId,
    version: await currentRowVersion(decisionId),
    rationale,
    decidedOn: "2026-03-20",
  });
  if (!amended.ok) throw new Error(amended.message);
  const signed = await runAction(signUnitDecision, assessor, {
    decisionId,
    version: await currentRowVersion(decisionId),
    contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
    password: testPassword,
  });
  if (!signed.ok) throw new Error(signed.message);
}

const changedWhileReading = {
  ok: false,
  code: "CONFLICT",
  message: expect.stringContaining("This decision changed while you were reading it"),
};

describe("sampling records: review fixes", () => {
  it("F1: the sampling carries the version and hash the page showed; a change since (signed or not) is refused, agree or disagree", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const shown = await samplingInputNow(world, item.id);
    expect(shown).toMatchObject({ version: 1, decisionVersion: 1, contentSha256: (await latestVersion(world, decisionId)).contentSha256 });

    // The assessor changes the rationale and signs again while the IQA reads version 1.
    await changeAndSignAgain(world, decisionId, "Every criterion met; see also the professional discussion.");
    expect(await runAction(recordSampling, actor, shown)).toMatchObject(changedWhileReading);
    expect(await runAction(recordSampling, actor, { ...shown, outcome: "DISAGREE", feedbackOnPractice: "No." })).toMatchObject(
      changedWhileReading,
    );
    // A wrong hash for the right version, or the right record version at an older row version: refused too.
    const now = await samplingInputNow(world, item.id);
    expect(await runAction(recordSampling, actor, { ...now, contentSha256: "f".repeat(64) })).toMatchObject(changedWhileReading);
    expect(await runAction(recordSampling, actor, { ...now, version: now.version - 1 })).toMatchObject(changedWhileReading);
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(0);
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "SIGNED_OFF" });

    // Read again, it is recorded against the version shown (2), and countersigned on that version.
    const recorded = await runAction(recordSampling, actor, now);
    if (!recorded.ok) throw new Error(recorded.message);
    expect(await db().samplingRecord.findUniqueOrThrow({ where: { id: recorded.data.samplingRecordId } })).toMatchObject({
      decisionVersion: 2,
    });
    // The item page puts exactly these into the form.
    const page = await readSamplingItemPage(await accessOf(iqa.id, world.centreA.id), item.planId, item.id);
    expect(page.shown).toEqual(await shownOf(item.id));
  });

  it("F1: an unsigned formative decision is sampled at the decision's version; a change to it is refused", async () => {
    const { world, iqa } = await signedOffWorld();
    const formativeId = world.inCentreA.decision.id;
    const { item } = await planWithItem(world, iqa.id, formativeId, { stage: "INTERIM" });
    const shown = await samplingInputNow(world, item.id);
    expect(shown).toMatchObject({ decisionVersion: 0, contentSha256: "" });
    const amended = await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
      decisionId: formativeId,
      version: shown.version,
      rationale: "Progress: 1.1 met, 1.2 to come.",
      decidedOn: "2026-03-03",
    });
    expect(amended).toMatchObject({ ok: true });
    expect(await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), shown)).toMatchObject(changedWhileReading);
  });

  it("F2: the date sampled is not before the decision was made, nor before 2000, nor in the future", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const input = await samplingInputNow(world, item.id);
    expect(await runAction(recordSampling, actor, { ...input, sampledOn: "1900-01-01" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { sampledOn: ["The date sampled cannot be before 1 January 2000."] },
    });
    // The decision was made on 2026-03-20.
    expect(await runAction(recordSampling, actor, { ...input, sampledOn: "2026-03-19" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { sampledOn: [expect.stringContaining("cannot be before the decision was made")] },
    });
    expect(await runAction(recordSampling, actor, { ...input, sampledOn: inDays(3) })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { sampledOn: ["The date sampled cannot be in the future."] },
    });
    expect(await runAction(recordSampling, actor, { ...input, sampledOn: "2026-03-20" })).toMatchObject({ ok: true });
  });

  it("F3: after a disagree, the item is sampled again only once the decision is changed and signed again; the claim stays blocked until the IQA agrees", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const claim = async () =>
      (await readUnitPage(db(), await accessOf(world.adminA.user.id, world.centreA.id), world.candidateInA.id, world.unitA.id)).claim;

    const disagree = { outcome: "DISAGREE", rationale: "1.2 rests on an unauthenticated log.", feedbackOnPractice: "Authenticate E1." };
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id, disagree))).toMatchObject({ ok: true });
    // Reopened: not sampled again yet (the assessor has not changed it).
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("the assessor must change it and sign it again before you sample it again"),
    });
    expect((await claim()).findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("The assessor must change the decision and sign it again"),
    ]);

    // Changed (recorded, not signed): still not.
    const assessor = world.actor(world.assessorA.user.id, world.centreA.id);
    expect(
      await runAction(amendUnitDecision, assessor, {
        decisionId,
        version: await currentRowVersion(decisionId),
        rationale: "E1 authenticated.",
        decidedOn: "2026-03-20",
      }),
    ).toMatchObject({ ok: true });
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id))).toMatchObject({ ok: false, code: "CONFLICT" });

    // Signed again: the claim waits for the IQA; the IQA may sample it again on the same item.
    expect(
      await runAction(signUnitDecision, assessor, {
        decisionId,
        version: await currentRowVersion(decisionId),
        contentSha256: await evidenceToSignSha256(db(), world.centreA.id, world.candidateInA, world.unitA.id, world.assessorA.user.id),
        password: testPassword,
      }),
    ).toMatchObject({ ok: true });
    const waiting = await claim();
    expect(waiting.canBeClaimed).toBe(false);
    expect(waiting.findings.map((finding) => [finding.code, finding.message])).toEqual([
      [
        "claim.awaiting-iqa-resample",
        `Changed and signed again after the IQA disagreed on ${today()}; waiting for the IQA to sample it again.`,
      ],
    ]);
    const page = await readSamplingItemPage(await accessOf(iqa.id, world.centreA.id), item.planId, item.id);
    expect(page.viewer).toMatchObject({ maySample: true, followUp: true });
    expect(page.records.map((record) => record.outcome)).toEqual(["DISAGREE"]);

    // Two follow-ups at the same moment: one is recorded, the other told it is already sampled (the item row is held).
    const input = await samplingInputNow(world, item.id);
    const results = await Promise.all([
      runAction(recordSampling, actor, input),
      runAction(recordSampling, actor, { ...input, rationale: "Agreed, in another tab." }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("already been sampled"),
    });
    expect(
      (await db().samplingRecord.findMany({ where: { planItemId: item.id }, orderBy: { createdAt: "asc" } })).map((r) => r.outcome),
    ).toEqual(["DISAGREE", "AGREE"]);
    expect(await claim()).toMatchObject({ canBeClaimed: true, findings: [] });
    // Agreed: no more sampling of the item.
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("already been sampled"),
    });
    // The audit names the disagreement the follow-up followed.
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { centreId: world.centreA.id, action: "sampling.recordSampling" },
      orderBy: { sequence: "desc" },
    });
    expect(audit.summary).toMatchObject({ followUpOf: expect.any(String), decisionVersion: 2 });
  });

  it("F3: a follow-up that disagrees again reopens the decision again and blocks the claim again", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const disagree = { outcome: "DISAGREE", rationale: "Still not authenticated.", feedbackOnPractice: "Authenticate E1." };
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id, disagree))).toMatchObject({ ok: true });
    await changeAndSignAgain(world, decisionId, "E1 authenticated, I think.");
    expect(
      await runAction(recordSampling, actor, await samplingInputNow(world, item.id, { ...disagree, sampledOn: "2026-03-20" })),
    ).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { sampledOn: [expect.stringContaining("cannot be before your earlier sampling")] },
    });
    expect(await runAction(recordSampling, actor, await samplingInputNow(world, item.id, disagree))).toMatchObject({
      ok: true,
      data: { reopened: true, followUp: true },
    });
    expect(await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } })).toMatchObject({ status: "REOPENED" });
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(2);
  });

  it("F4: lists are bounded and each entry ticked once; at most 10 actions, due within two years; errors next to the fields", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const actor = world.actor(iqa.id, world.centreA.id);
    const input = await samplingInputNow(world, item.id);
    const criterion = world.unitA.criteria[0]!.id;
    const tooMany = Array.from({ length: 201 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    const result = await runAction(recordSampling, actor, {
      ...input,
      criterionIds: [criterion, criterion],
      evidenceItemIds: tooMany,
      methods: ["OBSERVATION", "OBSERVATION"],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        criterionIds: ["Tick each of the assessment criteria once."],
        evidenceItemIds: ["At most 200 evidence items at a time."],
        methods: ["Tick each method once."],
      },
    });
    const actions = Array.from({ length: 11 }, (_, index) => ({ description: `Action ${index}`, dueOn: inDays(7) }));
    expect(
      await runAction(recordSampling, actor, { ...input, outcome: "AGREE_WITH_ACTION", feedbackOnPractice: "Do these.", actions }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { actions: ["At most 10 actions at a time."] } });
    expect(
      await runAction(recordSampling, actor, {
        ...input,
        outcome: "AGREE_WITH_ACTION",
        feedbackOnPractice: "Do this.",
        actions: [{ description: "Far away", dueOn: inDays(800) }],
      }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { "actions.0.dueOn": ["The due date must be within 2 years."] } });
    expect(await db().samplingRecord.count({ where: { planItemId: item.id } })).toBe(0);
  });

  it("F10: a reopened decision, or a sign-off changed and not signed again, is not sampled (from another plan too)", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const other = await iqaOfCentreA(world, "Olive Other");
    const otherPlan = await planWithItem(world, other.id, decisionId);
    const disagree = { outcome: "DISAGREE", rationale: "Not authenticated.", feedbackOnPractice: "Authenticate E1." };
    expect(
      await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id, disagree)),
    ).toMatchObject({
      ok: true,
    });
    const otherActor = world.actor(other.id, world.centreA.id);
    expect(await runAction(recordSampling, otherActor, await samplingInputNow(world, otherPlan.item.id))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("reopened after an IQA disagreed"),
    });
    expect(
      await runAction(amendUnitDecision, world.actor(world.assessorA.user.id, world.centreA.id), {
        decisionId,
        version: await currentRowVersion(decisionId),
        rationale: "E1 authenticated.",
        decidedOn: "2026-03-20",
      }),
    ).toMatchObject({ ok: true });
    expect(await runAction(recordSampling, otherActor, await samplingInputNow(world, otherPlan.item.id))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("changed and has not been signed again"),
    });
    const page = await readSamplingItemPage(await accessOf(other.id, world.centreA.id), otherPlan.plan.id, otherPlan.item.id);
    expect(page.viewer.maySample).toBe(false);
    expect(page.viewer.sampleBlockedBy).toEqual([expect.stringContaining("changed and has not been signed again")]);
  });

  it("F11: the candidate's own unit page carries neither the IQA's rationale nor the sampling; staff see both", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const words = "Poor practice again: the log was never authenticated.";
    expect(
      await runAction(
        recordSampling,
        world.actor(iqa.id, world.centreA.id),
        await samplingInputNow(world, item.id, { outcome: "DISAGREE", rationale: words, feedbackOnPractice: "Authenticate E1." }),
      ),
    ).toMatchObject({ ok: true });
    const asCandidate = await readUnitPage(
      db(),
      await accessOf(world.candidateA.user.id, world.centreA.id),
      world.candidateInA.id,
      world.unitA.id,
    );
    expect(JSON.stringify(asCandidate)).not.toContain("Poor practice again");
    const decision = asCandidate.decisions.find((row) => row.id === decisionId)!;
    expect(decision).toMatchObject({ status: "REOPENED", reopenedReason: null, sampling: [] });
    expect(decision.reopenedAt).toBeInstanceOf(Date);
    expect(asCandidate.claim).toMatchObject({ canBeClaimed: false });
    expect(asCandidate.claim.findings.map((finding) => finding.message)).toEqual([
      `IQA disagreed on ${today()}. The assessor must change the decision and sign it again before the unit can be claimed.`,
    ]);
    const asAssessor = await readUnitPage(
      db(),
      await accessOf(world.assessorA.user.id, world.centreA.id),
      world.candidateInA.id,
      world.unitA.id,
    );
    expect(asAssessor.decisions.find((row) => row.id === decisionId)).toMatchObject({ reopenedReason: words });
    expect(asAssessor.claim.findings[0]?.message).toContain(words.replace(/\.$/, ""));
  });

  it("F12: a countersignature and another IQA's disagree at the same moment never both commit", async () => {
    for (let round = 0; round < 3; round += 1) {
      const { world, decisionId, iqa } = await signedOffWorld();
      const { item } = await planWithItem(world, iqa.id, decisionId);
      const other = await iqaOfCentreA(world, `Olive Other ${round}`);
      const otherPlan = await planWithItem(world, other.id, decisionId);
      const sampled = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
      if (!sampled.ok) throw new Error(sampled.message);
      const latest = await latestVersion(world, decisionId);
      const disagreeInput = await samplingInputNow(world, otherPlan.item.id, {
        outcome: "DISAGREE",
        rationale: "Not sufficient.",
        feedbackOnPractice: "Gather more.",
      });
      const [countersigned, disagreed] = await Promise.all([
        runAction(countersignAsIqa, world.actor(iqa.id, world.centreA.id), {
          samplingRecordId: sampled.data.samplingRecordId,
          decisionVersion: latest.version,
          contentSha256: latest.contentSha256,
          password: testPassword,
        }),
        runAction(recordSampling, world.actor(other.id, world.centreA.id), disagreeInput),
      ]);
      expect([countersigned.ok, disagreed.ok].filter(Boolean)).toHaveLength(1);
      const decision = await db().unitDecision.findUniqueOrThrow({ where: { id: decisionId } });
      const iqaSignatures = await db().signature.count({ where: { recordId: decisionId, role: "IQA" } });
      if (countersigned.ok) {
        expect(disagreed).toMatchObject(changedWhileReading);
        expect({ status: decision.status, iqaSignatures }).toEqual({ status: "SIGNED_OFF", iqaSignatures: 1 });
      } else {
        expect(countersigned).toMatchObject({ ok: false, code: "CONFLICT" });
        expect({ status: decision.status, iqaSignatures }).toEqual({ status: "REOPENED", iqaSignatures: 0 });
      }
    }
  });

  it("F12: a countersignature waits for an uncommitted change to the decision's row, then sees it and refuses", async () => {
    const { world, decisionId, iqa } = await signedOffWorld();
    const { item } = await planWithItem(world, iqa.id, decisionId);
    const sampled = await runAction(recordSampling, world.actor(iqa.id, world.centreA.id), await samplingInputNow(world, item.id));
    if (!sampled.ok) throw new Error(sampled.message);
    const latest = await latestVersion(world, decisionId);
    let settled = false;
    let pending: Promise<{ ok: boolean }> | null = null;
    await db().$transaction(
      async (tx) => {
        const before = await tx.unitDecision.findUniqueOrThrow({ where: { id: decisionId } });
        await tx.unitDecision.updateMany({
          where: { id: decisionId, version: before.version },
          data: { status: "REOPENED", reopenedAt: new Date(), reopenedReason: "Other IQA disagrees", version: { increment: 1 } },
        });
        pending = runAction(countersignAsIqa, world.actor(iqa.id, world.centreA.id), {
          samplingRecordId: sampled.data.samplingRecordId,
          decisionVersion: latest.version,
          contentSha256: latest.contentSha256,
          password: testPassword,
        }).then((result) => {
          settled = true;
          return result;
        });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(settled).toBe(false);
      },
      { timeout: 20_000 },
    );
    expect(await pending!).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().signature.count({ where: { recordId: decisionId, role: "IQA" } })).toBe(0);
  });
});
