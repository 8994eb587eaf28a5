import { describe, expect, it } from "vitest";
import { resolveAccessContext, workspaceKey, type CentreAccess } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { directClaimsPage } from "@/lib/direct-claims/queries";
import { priorLearningPage } from "@/lib/prior-learning/queries";
import { createAssessmentWorld, type AssessmentWorld } from "@/tests/factories/assessment-world";
import { arrangementEditPage, arrangementsPage } from "./queries";
import { assessorNotesFor, candidatePageNotes, recordScreenNotes } from "./shown-to-assessor";

const db = () => getPrisma();
const accessOf = (userId: string, centreId: string) =>
  resolveAccessContext(db(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) }).then((access) => access! as CentreAccess);
const today = new Date("2026-03-10T00:00:00Z");

async function withNotes(world: AssessmentWorld) {
  const arrangement = await db().assessmentArrangement.create({
    data: {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      kind: "REASONABLE_ADJUSTMENT",
      reason: "Dyslexia",
      arrangement: "Questions read aloud",
      appliesFrom: new Date("2026-01-05"),
      recordedById: world.adminA.user.id,
    },
  });
  // Ended before today: not shown to the assessor.
  await db().assessmentArrangement.create({
    data: {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      kind: "SPECIAL_CONSIDERATION",
      reason: "Illness",
      arrangement: "Observation repeated",
      unitId: world.unitA.id,
      appliesFrom: new Date("2026-02-01"),
      appliesUntil: new Date("2026-02-28"),
      recordedById: world.adminA.user.id,
    },
  });
  await db().priorLearningClaim.create({
    data: {
      centreId: world.centreA.id,
      candidateId: world.candidateInA.id,
      unitId: world.unitA.id,
      assessmentCriterionIds: [world.unitA.criteria[0]!.id],
      priorLearning: "Call centre",
      evidence: "Reference",
      status: "ACCEPTED",
      decisionNotes: "Current",
      decidedOn: new Date("2026-03-01"),
      decidedById: world.assessorA.user.id,
      recordedById: world.assessorA.user.id,
    },
  });
  return arrangement;
}

describe("shown to the assessor", () => {
  it("the assessor sees arrangements in force and prior learning; the candidate their own arrangements; another centre nothing", async () => {
    const world = await createAssessmentWorld();
    const arrangement = await withNotes(world);
    const asAssessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    expect(await candidatePageNotes(asAssessor, world.candidateInA.id, today)).toEqual({
      arrangements: [
        {
          id: arrangement.id,
          kind: "Reasonable adjustment",
          reason: "Dyslexia",
          arrangement: "Questions read aloud",
          unit: "Every unit",
          until: null,
        },
      ],
      priorLearning: [
        { id: expect.any(String), unit: `${world.unitA.urn} Resolve complaints`, criteria: "1.1", status: "Accepted", accepted: true },
      ],
    });
    const own = await candidatePageNotes(await accessOf(world.candidateA.user.id, world.centreA.id), world.candidateInA.id, today);
    expect(own).toMatchObject({ arrangements: [{ arrangement: "Questions read aloud" }], priorLearning: [] });
    await expect(
      candidatePageNotes(await accessOf(world.adminB.user.id, world.centreB.id), world.candidateInA.id, today),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const screen = await recordScreenNotes(asAssessor, [world.candidateInA.id, world.candidateInB.id], today);
    expect(Object.keys(screen)).toEqual([world.candidateInA.id]);
    // Centre B's record screen never reads centre A's rows, even named.
    expect(await assessorNotesFor(db(), { centreId: world.centreB.id, candidateIds: [world.candidateInA.id], on: today })).toEqual({});
  });

  it("pages: staff read arrangements and prior learning; only admin or head manage arrangements and DCS; an assessor records prior learning", async () => {
    const world = await createAssessmentWorld();
    const arrangement = await withNotes(world);
    const asAssessor = await accessOf(world.assessorA.user.id, world.centreA.id);
    const asAdmin = await accessOf(world.adminA.user.id, world.centreA.id);
    const seen = await arrangementsPage(asAssessor, world.candidateInA.id, today);
    expect(seen.mayManage).toBe(false);
    expect(seen.arrangements.map((row) => [row.kind, row.inForce])).toEqual([
      ["SPECIAL_CONSIDERATION", false],
      ["REASONABLE_ADJUSTMENT", true],
    ]);
    expect((await arrangementsPage(asAdmin, world.candidateInA.id, today)).mayManage).toBe(true);
    await expect(arrangementEditPage(asAssessor, world.candidateInA.id, arrangement.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await arrangementEditPage(asAdmin, world.candidateInA.id, arrangement.id)).arrangement.id).toBe(arrangement.id);
    await expect(
      arrangementEditPage(await accessOf(world.adminB.user.id, world.centreB.id), world.candidateInA.id, arrangement.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rpl = await priorLearningPage(asAssessor, world.candidateInA.id);
    expect(rpl.mayRecord).toBe(true);
    expect(rpl.claims).toHaveLength(1);
    expect(rpl.units.map((unit) => unit.title).sort()).toEqual(["Deliver service", "Resolve complaints"]);
    await expect(
      priorLearningPage(await accessOf(world.candidateA.user.id, world.centreA.id), world.candidateInA.id),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await expect(directClaimsPage(asAssessor, today)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const dcs = await directClaimsPage(asAdmin, today);
    expect(dcs.statuses).toEqual([]);
    expect(dcs.qualifications.map((qualification) => qualification.id)).toContain(world.qualification.id);
  });
});
