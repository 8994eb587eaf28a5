import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import { allocateEvidenceReference } from "./next-reference";

describe("evidence references", () => {
  it("continue after the candidate's highest reference (E10 sorts after E9)", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    // The world already holds E1 and E2 for the candidate in centre A.
    await db.evidenceItem.create({
      data: {
        centreId: world.centreA.id,
        candidateId: world.candidateInA.id,
        reference: "E9",
        title: "Ninth",
        method: "WORK_PRODUCT",
        location: "Uploaded",
        submittedById: world.assessorA.user.id,
      },
    });
    expect(await db.$transaction((tx) => allocateEvidenceReference(tx, world.centreA.id, world.candidateInA.id))).toBe("E10");
    // Another candidate's numbering is their own.
    expect(await db.$transaction((tx) => allocateEvidenceReference(tx, world.centreB.id, world.candidateInB.id))).toBe("E1");
  });

  it("gives concurrent additions for one candidate distinct codes", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    const add = (index: number) =>
      db.$transaction(async (tx) => {
        const reference = await allocateEvidenceReference(tx, world.centreA.id, world.candidateInA.id);
        // Widen the window between choosing the code and inserting the row.
        await new Promise((resolve) => setTimeout(resolve, 20));
        return tx.evidenceItem.create({
          data: {
            centreId: world.centreA.id,
            candidateId: world.candidateInA.id,
            reference,
            title: `Concurrent ${index}`,
            method: "WORK_PRODUCT",
            location: "Uploaded",
            submittedById: world.assessorA.user.id,
          },
        });
      });
    const created = await Promise.all([0, 1, 2, 3, 4, 5].map(add));
    const references = created.map((item) => item.reference).sort();
    expect(new Set(references).size).toBe(6);
    expect(references).toEqual(["E3", "E4", "E5", "E6", "E7", "E8"]);
  });
});
