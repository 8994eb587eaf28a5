import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma, type PrismaClient } from "@/lib/db/client";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { readCandidateProgress } from "./queries";

// The candidate page's read: a fixed number of queries however many units the candidate has, and
// nothing of another centre's.

/** The database client, counting every model call made through it. */
function countingClient() {
  const db = getPrisma();
  const calls: string[] = [];
  const client = new Proxy(db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== "string" || property.startsWith("$") || value === null || typeof value !== "object") return value;
      return new Proxy(value, {
        get(model, method, modelReceiver) {
          const fn = Reflect.get(model, method, modelReceiver) as unknown;
          if (typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            calls.push(`${property}.${String(method)}`);
            return (fn as (...a: unknown[]) => unknown).apply(model, args);
          };
        },
      });
    },
  }) as PrismaClient;
  return { client, calls };
}

async function accessOf(world: AssessmentWorld): Promise<CentreAccess> {
  const access = await resolveAccessContext(getPrisma(), {
    userId: world.assessorA.user.id,
    requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
  });
  return access as CentreAccess;
}

async function addUnits(world: AssessmentWorld, count: number) {
  const db = getPrisma();
  for (let n = 0; n < count; n++) {
    const unit = await db.unit.create({
      data: {
        qualificationId: world.qualification.id,
        urn: `X/${n}/${world.centreA.id.slice(0, 6)}`,
        title: `Extra unit ${n}`,
        credit: 2,
        level: 3,
        glh: 10,
        group: "B",
      },
    });
    const outcome = await db.learningOutcome.create({ data: { unitId: unit.id, ref: "1", title: "Outcome", position: 1 } });
    const criteria = await Promise.all(
      ["1.1", "1.2", "1.3", "1.4"].map((ref, position) =>
        db.assessmentCriterion.create({
          data: { unitId: unit.id, learningOutcomeId: outcome.id, ref, text: `Criterion ${ref}`, position },
        }),
      ),
    );
    await db.evidenceItem.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        reference: `X${n}`,
        title: `Evidence for unit ${n}`,
        method: "WORK_PRODUCT",
        location: "Uploaded",
        status: "ACCEPTED",
        submittedById: world.candidateA.user.id,
        criteria: { create: criteria.slice(0, 2).map((criterion) => ({ centreId: world.centreA.id, criterionId: criterion.id })) },
      },
    });
    await db.unitDecision.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        unitId: unit.id,
        decisionType: "SUMMATIVE",
        outcome: "ACHIEVED",
        status: n % 2 === 0 ? "SIGNED_OFF" : "AWAITING_COUNTERSIGNATURE",
        rationale: "Met",
        decidedOn: new Date("2026-03-01"),
        assessorUserId: world.assessorA.user.id,
      },
    });
  }
}

describe("candidate progress", () => {
  it("reads a candidate with 40 units in the same fixed number of queries as one with 2", async () => {
    const world = await createAssessmentWorld();
    const access = await accessOf(world);
    const small = countingClient();
    const few = await readCandidateProgress(small.client, access, world.candidateInA.id);
    expect(few.units).toHaveLength(2);

    await addUnits(world, 38);
    const large = countingClient();
    const many = await readCandidateProgress(large.client, access, world.candidateInA.id);
    expect(many.units).toHaveLength(40);
    expect(large.calls.sort()).toEqual(small.calls.sort());
    expect(large.calls.length).toBeLessThanOrEqual(12);
    // Half the extra units are signed off and count; the other half await countersignature and do not.
    expect(many.ruleOfCombination.achievedUnits).toHaveLength(19);
    expect(many.units.filter((unit) => unit.achievement.state === "awaitingCountersignature")).toHaveLength(19);
    const extra = many.units.find((unit) => unit.unit.title === "Extra unit 0");
    expect(extra?.criteria.map((cell) => cell.standing)).toEqual(["met", "met", "notYet", "notYet"]);
  });

  it("another centre's candidate is not found; a candidate sees only their own record", async () => {
    const world = await createAssessmentWorld();
    const accessB = (await resolveAccessContext(getPrisma(), {
      userId: world.assessorB.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreB.id),
    })) as CentreAccess;
    await expect(readCandidateProgress(getPrisma(), accessB, world.candidateInA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = (await resolveAccessContext(getPrisma(), {
      userId: world.candidateA.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    })) as CentreAccess;
    expect((await readCandidateProgress(getPrisma(), own, world.candidateInA.id)).candidate.id).toBe(world.candidateInA.id);
    const other = await getPrisma().candidate.create({
      data: {
        ...world.candidateInA,
        id: undefined,
        userId: null,
        email: `other.${world.centreA.id}@test.example`,
        name: "Someone Else",
        version: 1,
      },
    });
    await expect(readCandidateProgress(getPrisma(), own, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
