import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { recordActivity } from "@/lib/activities/record-activity";
import { workspaceKey } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { isoDay } from "@/lib/format/dates";
import { builtInPolicies } from "@/lib/rules/policies";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser } from "@/tests/factories/centre-world";
import { editAwardingBodyPolicy } from "./edit-awarding-body-policy";
import { policyNumbers } from "./policy-numbers";

// The rules read the body's stored numbers: the Institute's staff lower the daily maximum of
// assessments (ICS A4) and the centre's assessor is asked to justify the next one that day.

const db = () => getPrisma();
const today = isoDay(new Date());

const observation = (world: AssessmentWorld, busyDayJustification = "") => ({
  clientDraftId: "",
  candidateId: world.candidateInA.id,
  method: "OBSERVATION",
  occurredOn: today,
  place: "Contact centre, Leeds",
  description: "Handled a refund complaint from first call to resolution.",
  criteria: [{ criterionId: world.unitA.criteria[0]!.id, judgement: "MET", howMet: "" }],
  decision: "PARTLY_MET",
  simulated: false,
  fileIds: [],
  feedbackAchieved: "",
  feedbackNextSteps: "",
  candidateComment: "",
  busyDayJustification,
});

describe("rules reading the awarding body's stored policy", () => {
  it("an assessor meets the daily maximum the body's staff set, not the built-in one", async () => {
    const world = await createAssessmentWorld();
    await db().awardingBody.update({ where: { id: world.body.id }, data: { legalName: "Institute of Customer Service" } });
    const staff = await createUser("Isla Institute");
    await db().awardingBodyMembership.create({ data: { awardingBodyId: world.body.id, userId: staff.id } });
    const asAssessor = world.actor(world.assessorA.user.id, world.centreA.id);

    expect(await runAction(recordActivity, asAssessor, observation(world))).toMatchObject({ ok: true });
    // Under the built-in 4 a day a second assessment needs no reason; the body lowers it to 1.
    const edited = await runAction(
      editAwardingBodyPolicy,
      { userId: staff.id, workspaceKey: workspaceKey.awardingBody(world.body.id) },
      { version: 0, ...policyNumbers(builtInPolicies.ICS), maximumAssessmentsPerDay: 1 },
    );
    expect(edited).toEqual({ ok: true, data: { version: 1 } });

    const refused = await runAction(recordActivity, asAssessor, observation(world));
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { busyDayJustification: [expect.stringContaining("You already have 1 assessment on this day")] },
    });
    expect(await runAction(recordActivity, asAssessor, observation(world, "The candidate's only shift this month."))).toMatchObject({
      ok: true,
    });
  });
});
