import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { readUnitPage } from "@/lib/sign-off/queries";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { createUser, testPassword } from "@/tests/factories/centre-world";
import { getOwnPortfolio } from "./queries";

const db = () => getPrisma();

async function accessOf(userId: string, centreId: string) {
  const access = await resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  if (!access || access.workspace.kind !== "centre") throw new Error("no access");
  return access as CentreAccess;
}

describe("the candidate's portfolio", () => {
  it("shows the candidate their own registration only, with what waits for them", async () => {
    const world = await createAssessmentWorld();
    // Another candidate of the same centre, with a plan of their own.
    const otherUser = await createUser("Olly Other");
    await db().membership.create({ data: { centreId: world.centreA.id, userId: otherUser.id, role: "CANDIDATE" } });
    const other = await db().candidate.create({
      data: {
        centreId: world.centreA.id,
        userId: otherUser.id,
        name: "Olly Other",
        email: `olly.${world.centreA.id.slice(0, 8)}@test.example`,
        dateOfBirth: new Date("2001-01-01"),
        qualificationId: world.qualification.id,
        entryType: "FULL_AWARD",
        entryUnitIds: [],
        startDate: new Date("2026-01-05"),
      },
    });
    await db().assessmentPlan.create({
      data: {
        centreId: world.centreA.id,
        candidateId: other.id,
        title: "Olly's plan",
        activities: "Observe",
        methods: ["OBSERVATION"],
        evidenceSources: "Logs",
        unitIds: [],
        createdById: world.assessorA.user.id,
      },
    });

    const [mine] = await getOwnPortfolio(await accessOf(world.candidateA.user.id, world.centreA.id));
    expect(mine?.candidate.id).toBe(world.candidateInA.id);
    expect(mine?.plansToConfirm.map((plan) => plan.id)).toEqual([world.inCentreA.plan.id]);
    expect(mine?.feedbackToReply.map((feedback) => feedback.id)).toEqual([world.inCentreA.feedback.id]);
    expect(mine?.evidence).toEqual({ awaitingJudgement: 2, accepted: 0, rejected: 0 });
    expect(mine?.units.map((unit) => [unit.unit.id, unit.summary.total])).toEqual([
      [world.unitA.id, 3],
      [world.unitB.id, 2],
    ]);
    expect(mine?.ruleOfCombination).toMatchObject({ applies: true, achieved: false });
    expect(mine?.declarationsToSign).toEqual([]);

    const theirs = await getOwnPortfolio(await accessOf(otherUser.id, world.centreA.id));
    expect(theirs.map((portfolio) => portfolio.candidate.id)).toEqual([other.id]);
    expect(theirs[0]?.plansToConfirm.map((plan) => plan.title)).toEqual(["Olly's plan"]);
    expect(theirs[0]?.feedbackToReply).toEqual([]);

    // Centre B's candidate sees only their registration at centre B.
    const inB = await getOwnPortfolio(await accessOf(world.candidateUserB.id, world.centreB.id));
    expect(inB.map((portfolio) => portfolio.candidate.id)).toEqual([world.candidateInB.id]);
    expect(inB[0]?.plansToConfirm).toEqual([]);
  });

  it("asks for the declaration on a unit whose criteria are all met, until it is signed as it stands", async () => {
    const world = await createAssessmentWorld();
    const a = world.centreA.id;
    const [b1, b2] = world.unitB.criteria;
    await db().evidenceItem.create({
      data: {
        centreId: a,
        candidateId: world.candidateInA.id,
        reference: "E9",
        title: "Service log",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        status: "ACCEPTED",
        submittedById: world.candidateA.user.id,
        criteria: {
          create: [
            { centreId: a, criterionId: b1!.id },
            { centreId: a, criterionId: b2!.id },
          ],
        },
      },
    });
    const access = await accessOf(world.candidateA.user.id, a);
    const [before] = await getOwnPortfolio(access);
    expect(before?.declarationsToSign.map((unit) => unit.id)).toEqual([world.unitB.id]);

    const page = await readUnitPage(db(), access, world.candidateInA.id, world.unitB.id);
    const signed = await runAction(signUnitDeclaration, world.actor(world.candidateA.user.id, a), {
      candidateId: world.candidateInA.id,
      unitId: world.unitB.id,
      contentSha256: page.declaration.contentSha256,
      password: testPassword,
    });
    expect(signed).toMatchObject({ ok: true });
    const [after] = await getOwnPortfolio(access);
    expect(after?.declarationsToSign).toEqual([]);
  });

  it("is not open to staff", async () => {
    const world = await createAssessmentWorld();
    await expect(getOwnPortfolio(await accessOf(world.assessorA.user.id, world.centreA.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
