import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { recordActivity } from "@/lib/activities/record-activity";
import { createAssessmentPlan } from "@/lib/assessment-plans/create-assessment-plan";
import { getPrisma } from "@/lib/db/client";
import { giveFeedback } from "@/lib/feedback/give-feedback";
import { isoDay } from "@/lib/format/dates";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { allocateStaff } from "./allocate-staff";

// A trainee assessor registered as a candidate at their own centre (one account, both roles)
// never assesses, plans for, gives feedback to or is allocated to their own record; and an
// assessor's busy day counts every centre they assess for (ICS A4).

const db = () => getPrisma();
const today = isoDay(new Date());
const observation = (candidateId: string, criterionId: string) => ({
  clientDraftId: "",
  candidateId,
  method: "OBSERVATION",
  occurredOn: today,
  place: "Shop floor",
  description: "Handled a complaint.",
  criteria: [{ criterionId, judgement: "MET", howMet: "" }],
  decision: "CRITERIA_MET",
  simulated: false,
  fileIds: [],
  feedbackAchieved: "",
  feedbackNextSteps: "",
  candidateComment: "",
  busyDayJustification: "",
});

async function assessorRegisteredAsCandidate(world: AssessmentWorld) {
  const centreId = world.centreA.id;
  const me = world.assessorA.user;
  await db().membership.create({ data: { centreId, userId: me.id, role: "CANDIDATE" } });
  return db().candidate.create({
    data: {
      centreId,
      userId: me.id,
      name: me.name,
      email: me.email,
      dateOfBirth: new Date("1990-01-01"),
      qualificationId: world.qualification.id,
      entryType: "FULL_AWARD",
      entryUnitIds: [],
      startDate: new Date("2026-01-05"),
    },
  });
}

describe("nobody assesses their own record", () => {
  it("an assessor cannot record, plan or give feedback for their own candidate record, and nothing is written", async () => {
    const world = await createAssessmentWorld();
    const self = await assessorRegisteredAsCandidate(world);
    const asSelf = world.actor(world.assessorA.user.id, world.centreA.id);
    const before = await db().auditEvent.count({ where: { centreId: world.centreA.id } });

    const activity = await runAction(recordActivity, asSelf, observation(self.id, world.unitA.criteria[0]!.id));
    const feedback = await runAction(giveFeedback, asSelf, {
      candidateId: self.id,
      evidenceItemId: "",
      activityId: "",
      achieved: "All of it",
      nextSteps: "None",
      plannedActions: "",
    });
    const plan = await runAction(createAssessmentPlan, asSelf, {
      candidateId: self.id,
      title: "Me",
      activities: "Observe me",
      methods: ["OBSERVATION"],
      evidenceSources: "Me",
      unitIds: [world.unitA.id],
      plannedOn: today,
      reviewOn: "",
      place: "",
      peopleInvolved: "",
    });
    for (const result of [activity, feedback, plan]) {
      expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("your own candidate record") });
    }
    expect(await db().assessmentActivity.count({ where: { candidateId: self.id } })).toBe(0);
    expect(await db().feedback.count({ where: { candidateId: self.id } })).toBe(0);
    expect(await db().assessmentPlan.count({ where: { candidateId: self.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { centreId: world.centreA.id } })).toBe(before);
  });

  it("the admin cannot allocate a person as assessor or IQA of their own record", async () => {
    const world = await createAssessmentWorld();
    const self = await assessorRegisteredAsCandidate(world);
    const admin = world.actor(world.adminA.user.id, world.centreA.id);
    const result = await runAction(allocateStaff, admin, {
      candidateId: self.id,
      version: self.version,
      assessorUserId: world.assessorA.user.id,
      iqaUserId: "",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { assessorUserId: [expect.stringContaining("is the candidate")] },
    });
    expect(await db().candidate.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({ assessorUserId: null, version: 1 });
  });
});

describe("an assessor's busy day (ICS A4)", () => {
  it("counts the assessments at every centre they assess for", async () => {
    const world = await createAssessmentWorld();
    // The Institute of Customer Service sets a daily maximum of 4; OCR sets none.
    await db().awardingBody.update({ where: { id: world.body.id }, data: { legalName: "Institute of Customer Service" } });
    const me = world.assessorA.user.id;
    await db().membership.create({ data: { centreId: world.centreB.id, userId: me, role: "ASSESSOR" } });
    for (let count = 0; count < 4; count += 1) {
      const recorded = await runAction(
        recordActivity,
        world.actor(me, world.centreA.id),
        observation(world.candidateInA.id, world.unitA.criteria[0]!.id),
      );
      expect(recorded.ok).toBe(true);
    }
    const fifthElsewhere = await runAction(
      recordActivity,
      world.actor(me, world.centreB.id),
      observation(world.candidateInB.id, world.unitA.criteria[0]!.id),
    );
    expect(fifthElsewhere).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { busyDayJustification: [expect.any(String)] } });
    const justified = await runAction(recordActivity, world.actor(me, world.centreB.id), {
      ...observation(world.candidateInB.id, world.unitA.criteria[0]!.id),
      busyDayJustification: "The candidate's only shift this month.",
    });
    expect(justified.ok).toBe(true);
    expect(await db().assessmentActivity.count({ where: { assessorUserId: me, busyDayJustification: { not: null } } })).toBe(1);
  });
});
