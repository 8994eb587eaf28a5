import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { createUser } from "@/tests/factories/centre-world";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { recordRiskRating } from "./record-risk-rating";
import { currentRiskRatings } from "./risk-ratings";
import { saveSamplingStrategy } from "./save-sampling-strategy";
import type { RecordRiskRatingInput, SaveSamplingStrategyInput } from "./schemas";
import { defaultStrategyNumbers, loadSamplingStrategy, toSamplingPolicy } from "./strategy";
import { getSamplingStrategy, listAssessorRiskRatings, listSamplingStrategies } from "./strategy-queries";

const db = () => getPrisma();

async function withIqa(world: AssessmentWorld) {
  const iqa = await createUser("Iris Iqa");
  await db().membership.create({ data: { centreId: world.centreA.id, userId: iqa.id, role: "IQA" } });
  return { ...world, iqa, asIqa: world.actor(iqa.id, world.centreA.id), asAdmin: world.actor(world.adminA.user.id, world.centreA.id) };
}

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access) throw new Error("no access");
  return access;
}

function strategyInput(world: AssessmentWorld, changes: Partial<SaveSamplingStrategyInput> = {}): SaveSamplingStrategyInput {
  return {
    qualificationId: world.qualification.id,
    version: 0,
    ...defaultStrategyNumbers,
    rateLowPercent: 15,
    interimPercent: 40,
    mustCover: ["assessors", "units", "sites"],
    ...changes,
  };
}

function ratingInput(assessorUserId: string, changes: Partial<RecordRiskRatingInput> = {}): RecordRiskRatingInput {
  return {
    assessorUserId,
    risk: "MEDIUM",
    reason: "Two sampled decisions needed more evidence of criterion 1.2.",
    ratedOn: "2026-03-10",
    standardisationExerciseId: "",
    ...changes,
  };
}

describe("sampling strategy", () => {
  it("defaults when the centre has none; the rule's policy carries the interim share", async () => {
    const world = await withIqa(await createAssessmentWorld());
    expect(await loadSamplingStrategy(db(), world.centreA.id, world.qualification.id)).toMatchObject({
      id: null,
      version: 0,
      ...defaultStrategyNumbers,
    });
    const page = await getSamplingStrategy(await accessOf(world.iqa.id, world.centreA.id), world.qualification.id);
    expect(page).toMatchObject({ strategy: { id: null, version: 0 }, updatedBy: null, canEdit: true });
    const list = await listSamplingStrategies(await accessOf(world.adminA.user.id, world.centreA.id));
    expect(list.qualifications).toEqual([
      expect.objectContaining({ id: world.qualification.id, activeCandidates: 1, strategy: expect.objectContaining({ id: null }) }),
    ]);
    expect(toSamplingPolicy(defaultStrategyNumbers)).toMatchObject({ interimShare: 0.3, rates: { new: 1, low: 0.1 } });
  });

  it("is created at version 0, then changed naming the version read; an older version or a second create is refused", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const created = await runAction(saveSamplingStrategy, world.asAdmin, strategyInput(world));
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    const again = await runAction(saveSamplingStrategy, world.asIqa, strategyInput(world, { rateLowPercent: 5 }));
    expect(again).toMatchObject({ ok: false, code: "STALE" });

    const changed = await runAction(saveSamplingStrategy, world.asIqa, strategyInput(world, { version: 1, rateLowPercent: 20 }));
    expect(changed).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await runAction(saveSamplingStrategy, world.asAdmin, strategyInput(world, { version: 1, rateLowPercent: 50 }));
    expect(stale).toMatchObject({ ok: false, code: "STALE" });

    const stored = await loadSamplingStrategy(db(), world.centreA.id, world.qualification.id);
    expect(stored).toMatchObject({ version: 2, rateLowPercent: 20, interimPercent: 40, mustCover: ["assessors", "units", "sites"] });
    expect(toSamplingPolicy(stored)).toMatchObject({ interimShare: 0.4, rates: { low: 0.2 } });
    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: "sampling.saveStrategy" },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((audit) => audit.summary)).toEqual([
      expect.objectContaining({ before: null, after: expect.objectContaining({ rateLowPercent: 15 }) }),
      expect.objectContaining({
        before: expect.objectContaining({ rateLowPercent: 15 }),
        after: expect.objectContaining({ rateLowPercent: 20 }),
      }),
    ]);
    const page = await getSamplingStrategy(await accessOf(world.adminA.user.id, world.centreA.id), world.qualification.id);
    expect(page.updatedBy).toBe("Iris Iqa");

    // Centre B delivers the same qualification: it has its own strategy, and saving it leaves A's alone.
    const inB = await runAction(saveSamplingStrategy, world.actor(world.adminB.user.id, world.centreB.id), strategyInput(world));
    expect(inB).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await loadSamplingStrategy(db(), world.centreA.id, world.qualification.id)).toEqual(stored);
  });

  it("bad input changes nothing and says what is wrong next to each field", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const result = await runAction(
      saveSamplingStrategy,
      world.asIqa,
      strategyInput(world, {
        rateNewPercent: 101,
        rateHighPercent: -1,
        rateMediumPercent: 12.5,
        minimumPerAssessor: 51,
        interimPercent: Number.NaN,
        mustCover: [],
        planPeriodMonths: 0,
        standardisationIntervalMonths: 13,
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        rateNewPercent: ["Enter the rate for new assessors as a whole number from 0 to 100."],
        rateHighPercent: ["Enter the rate for assessors under action as a whole number from 0 to 100."],
        rateMediumPercent: ["Enter the rate for medium-risk assessors as a whole number from 0 to 100."],
        minimumPerAssessor: ["Enter the minimum per assessor as a whole number from 0 to 50."],
        interimPercent: ["Enter the interim share as a whole number from 0 to 100."],
        mustCover: ["Choose at least one thing the sample must cover."],
        planPeriodMonths: ["Enter the plan period as a whole number of months from 1 to 12."],
        standardisationIntervalMonths: ["Enter how often standardisation is held, in months from 1 to 12."],
      },
    });
    const unknownDimension = await runAction(
      saveSamplingStrategy,
      world.asIqa,
      strategyInput(world, { mustCover: ["assessors", "colours" as never] }),
    );
    expect(unknownDimension).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db().samplingStrategy.count({ where: { centreId: world.centreA.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });

  it("a qualification the centre has no candidates for is not found; an assessor cannot set the strategy", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const other = await db().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `T/${world.centreA.id.slice(0, 8)}/9`,
        title: "Another diploma",
        level: 2,
        ruleOfCombination: { groups: [], rules: [] },
      },
    });
    expect(await runAction(saveSamplingStrategy, world.asIqa, strategyInput(world, { qualificationId: other.id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expect(getSamplingStrategy(await accessOf(world.iqa.id, world.centreA.id), other.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);
    expect(await runAction(saveSamplingStrategy, asAssessor, strategyInput(world))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(listSamplingStrategies(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().samplingStrategy.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});

describe("assessor risk ratings", () => {
  it("are recorded with reason and date; the history is kept and the newest is current", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const first = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.assessorA.user.id, { risk: "NEW", ratedOn: "2026-01-05" }),
    );
    expect(first.ok).toBe(true);
    const second = await runAction(recordRiskRating, world.asIqa, ratingInput(world.assessorA.user.id));
    expect(second.ok).toBe(true);

    const current = await currentRiskRatings(db(), world.centreA.id);
    expect(current.get(world.assessorA.user.id)).toMatchObject({ risk: "MEDIUM", ratedById: world.iqa.id });
    const rows = await db().assessorRiskRating.findMany({ where: { centreId: world.centreA.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => row.risk)).toEqual(["NEW", "MEDIUM"]);

    const page = await listAssessorRiskRatings(await accessOf(world.iqa.id, world.centreA.id));
    expect(page.canManage).toBe(true);
    const alan = page.assessors.find((assessor) => assessor.userId === world.assessorA.user.id);
    expect(alan?.current).toMatchObject({ risk: "MEDIUM", ratedBy: "Iris Iqa", reason: expect.stringContaining("criterion 1.2") });
    expect(alan?.history.map((rating) => rating.risk)).toEqual(["MEDIUM", "NEW"]);
    const sam = page.assessors.find((assessor) => assessor.userId === world.shared.user.id);
    expect(sam).toMatchObject({ current: null, history: [] });
    // The admin reads them but cannot record one.
    const asAdmin = await listAssessorRiskRatings(await accessOf(world.adminA.user.id, world.centreA.id));
    expect(asAdmin.canManage).toBe(false);
    // Centre B sees none of centre A's ratings, even for Sam who assesses at both.
    const fromB = await listAssessorRiskRatings(await accessOf(world.adminB.user.id, world.centreB.id));
    expect(fromB.assessors.every((assessor) => assessor.history.length === 0)).toBe(true);

    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: "sampling.recordRiskRating" },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((audit) => audit.summary)).toEqual([
      {
        assessor: "Alan Assessor",
        before: null,
        after: expect.objectContaining({ risk: "NEW", ratedOn: "2026-01-05" }),
        standardisationExercise: null,
      },
      {
        assessor: "Alan Assessor",
        before: expect.objectContaining({ risk: "NEW" }),
        after: expect.objectContaining({ risk: "MEDIUM", ratedOn: "2026-03-10" }),
        standardisationExercise: null,
      },
    ]);
  });

  it("can name only a closed standardisation exercise of the centre that the assessor took part in; another centre's is not found", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const exercise = (centreId: string, title: string, data: { status?: "OPEN" | "CLOSED"; participantUserIds?: string[] }) =>
      db().standardisationExercise.create({
        data: {
          centreId,
          qualificationId: world.qualification.id,
          unitId: world.unitA.id,
          title,
          evidenceDescription: "An anonymised complaint log",
          criterionIds: [],
          participantUserIds: data.participantUserIds ?? [world.assessorA.user.id],
          status: data.status ?? "CLOSED",
          closedAt: data.status === "OPEN" ? null : new Date(),
          createdById: world.iqa.id,
        },
      });
    const own = await exercise(world.centreA.id, "Complaint log (A)", {});
    const stillOpen = await exercise(world.centreA.id, "Witness statements (open)", { status: "OPEN" });
    const withoutAlan = await exercise(world.centreA.id, "Observation notes (Sam only)", { participantUserIds: [world.shared.user.id] });
    const foreign = await exercise(world.centreB.id, "Complaint log (B)", { participantUserIds: [world.assessorA.user.id] });

    const fromB = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.assessorA.user.id, { standardisationExerciseId: foreign.id }),
    );
    expect(fromB).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const open = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.assessorA.user.id, { standardisationExerciseId: stillOpen.id }),
    );
    expect(open).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        standardisationExerciseId: ["This standardisation exercise is still open: close it with the agreed judgement first."],
      },
    });
    const notThere = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.assessorA.user.id, { standardisationExerciseId: withoutAlan.id }),
    );
    expect(notThere).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { standardisationExerciseId: ["Alan Assessor did not take part in this standardisation exercise."] },
    });
    expect(await db().assessorRiskRating.count({ where: { centreId: world.centreA.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "sampling.recordRiskRating" } })).toBe(0);

    const accepted = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.assessorA.user.id, { risk: "HIGH", standardisationExerciseId: own.id }),
    );
    expect(accepted.ok).toBe(true);
    expect(await db().assessorRiskRating.findFirstOrThrow({ where: { centreId: world.centreA.id } })).toMatchObject({
      risk: "HIGH",
      standardisationExerciseId: own.id,
    });
    // Sam took part in the other closed exercise, so it is fine for Sam.
    const forSam = await runAction(
      recordRiskRating,
      world.asIqa,
      ratingInput(world.shared.user.id, { standardisationExerciseId: withoutAlan.id }),
    );
    expect(forSam.ok).toBe(true);

    // The form offers only the centre's closed exercises, each with who took part.
    const page = await listAssessorRiskRatings(await accessOf(world.iqa.id, world.centreA.id));
    expect(page.exercises.map((row) => row.id).sort()).toEqual([own.id, withoutAlan.id].sort());
    expect(page.exercises.find((row) => row.id === own.id)?.participantUserIds).toEqual([world.assessorA.user.id]);
    expect(page.assessors.find((assessor) => assessor.userId === world.assessorA.user.id)?.current?.standardisationExercise).toBe(
      "Complaint log (A)",
    );
  });

  it("the current rating is the one with the latest date (ties: entered last), not the one typed in last; dates from 2000 to today", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const alan = world.assessorA.user.id;
    const today = new Date().toISOString().slice(0, 10);
    expect((await runAction(recordRiskRating, world.asIqa, ratingInput(alan, { risk: "HIGH", ratedOn: today }))).ok).toBe(true);
    // An older paper rating typed up afterwards joins the history but does not become current.
    expect((await runAction(recordRiskRating, world.asIqa, ratingInput(alan, { risk: "LOW", ratedOn: "2001-06-01" }))).ok).toBe(true);
    expect((await currentRiskRatings(db(), world.centreA.id)).get(alan)).toMatchObject({ risk: "HIGH" });
    let page = await listAssessorRiskRatings(await accessOf(world.iqa.id, world.centreA.id));
    let row = page.assessors.find((assessor) => assessor.userId === alan);
    expect(row?.current?.risk).toBe("HIGH");
    expect(row?.history.map((rating) => rating.risk)).toEqual(["HIGH", "LOW"]);
    // Two ratings on the same day: the one entered last is current.
    expect((await runAction(recordRiskRating, world.asIqa, ratingInput(alan, { risk: "MEDIUM", ratedOn: today }))).ok).toBe(true);
    expect((await currentRiskRatings(db(), world.centreA.id)).get(alan)).toMatchObject({ risk: "MEDIUM" });
    page = await listAssessorRiskRatings(await accessOf(world.iqa.id, world.centreA.id));
    row = page.assessors.find((assessor) => assessor.userId === alan);
    expect(row?.history.map((rating) => rating.risk)).toEqual(["MEDIUM", "HIGH", "LOW"]);
    // The audit's "before" is the rating that was current.
    const audits = await db().auditEvent.findMany({
      where: { centreId: world.centreA.id, action: "sampling.recordRiskRating" },
      orderBy: { sequence: "asc" },
    });
    expect(audits.map((audit) => (audit.summary as { before: { risk: string } | null }).before?.risk ?? null)).toEqual([
      null,
      "HIGH",
      "HIGH",
    ]);

    for (const ratedOn of ["1900-01-01", "1999-12-31"]) {
      const tooEarly = await runAction(recordRiskRating, world.asIqa, ratingInput(alan, { risk: "LOW", ratedOn }));
      expect(tooEarly).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { ratedOn: ["The date of the rating cannot be before 1 January 2000."] },
      });
    }
    expect((await runAction(recordRiskRating, world.asIqa, ratingInput(alan, { risk: "LOW", ratedOn: "2000-01-01" }))).ok).toBe(true);
    expect(await db().assessorRiskRating.count({ where: { centreId: world.centreA.id } })).toBe(4);
    expect((await currentRiskRatings(db(), world.centreA.id)).get(alan)).toMatchObject({ risk: "MEDIUM" });
  });

  it("refuses someone who is not an active assessor of the centre, the IQA's own practice, a future date and a missing reason", async () => {
    const world = await withIqa(await createAssessmentWorld());
    // The IQA also assesses at the centre: they still may not rate themselves.
    await db().membership.create({ data: { centreId: world.centreA.id, userId: world.iqa.id, role: "ASSESSOR" } });
    const self = await runAction(recordRiskRating, world.asIqa, ratingInput(world.iqa.id));
    expect(self).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      fieldErrors: { assessorUserId: ["Ask another IQA to rate your own assessment practice."] },
    });
    // An admin, a candidate, centre B's assessor, and a deactivated assessor are not assessors here.
    for (const userId of [world.adminA.user.id, world.candidateA.user.id, world.assessorB.user.id]) {
      expect(await runAction(recordRiskRating, world.asIqa, ratingInput(userId))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    await db().membership.update({ where: { id: world.assessorA.membership.id }, data: { status: "DEACTIVATED" } });
    expect(await runAction(recordRiskRating, world.asIqa, ratingInput(world.assessorA.user.id))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const future = await runAction(recordRiskRating, world.asIqa, ratingInput(world.shared.user.id, { ratedOn: "2999-01-01" }));
    expect(future).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { ratedOn: ["The date of the rating cannot be in the future."] },
    });
    const noReason = await runAction(recordRiskRating, world.asIqa, ratingInput(world.shared.user.id, { reason: "  " }));
    expect(noReason).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say why the assessor has this rating."] },
    });
    const badDate = await runAction(recordRiskRating, world.asIqa, ratingInput(world.shared.user.id, { ratedOn: "2026-02-30" }));
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { ratedOn: ["Enter a real date, for example 2026-11-22."] } });
    expect(await db().assessorRiskRating.count({ where: { centreId: world.centreA.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id, action: "sampling.recordRiskRating" } })).toBe(0);
  });

  it("a person without sampling.manage (an assessor, an admin) is refused", async () => {
    const world = await withIqa(await createAssessmentWorld());
    const asAssessor = world.actor(world.shared.user.id, world.centreA.id);
    expect(await runAction(recordRiskRating, asAssessor, ratingInput(world.assessorA.user.id))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await runAction(recordRiskRating, world.asAdmin, ratingInput(world.assessorA.user.id))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await expect(listAssessorRiskRatings(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().assessorRiskRating.count({ where: { centreId: world.centreA.id } })).toBe(0);
  });
});
