import { getPrisma } from "@/lib/db/client";
import type { AssessmentWorld } from "./assessment-world";

// Ready-to-sign-off set-ups on top of createAssessmentWorld(): unit A of centre A's candidate
// fully evidenced, and an assessor record (qualification, occupational competence) that centre A
// has verified, so that it counts there.

/** Unit A fully evidenced: the world's evidence item accepted, and an accepted E3 meeting the third criterion. */
export async function evidenceUnitAInFull(world: AssessmentWorld) {
  const db = getPrisma();
  const a = world.centreA.id;
  await db.evidenceItem.update({ where: { id: world.inCentreA.evidence.id }, data: { status: "ACCEPTED" } });
  await db.evidenceItem.create({
    data: {
      centreId: a,
      candidateId: world.candidateInA.id,
      reference: "E3",
      title: "Escalation email",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      status: "ACCEPTED",
      submittedById: world.candidateA.user.id,
      criteria: { create: [{ centreId: a, criterionId: world.unitA.criteria[2]!.id, judgement: "MET" }] },
    },
  });
}

/** Centre A's admin has seen the proof behind the row (only verified rows count at the centre). */
export async function verifiedAtCentreA(
  world: AssessmentWorld,
  row: { staffQualificationId: string } | { occupationalCompetenceId: string },
) {
  await getPrisma().staffRecordVerification.create({ data: { centreId: world.centreA.id, ...row, verifiedById: world.adminA.user.id } });
}

/** The person is occupationally competent for unit A, verified by centre A. */
export async function competentForUnitA(world: AssessmentWorld, userId: string, basis = "Ten years in a contact centre") {
  const row = await getPrisma().occupationalCompetence.create({ data: { userId, unitId: world.unitA.id, basis } });
  await verifiedAtCentreA(world, { occupationalCompetenceId: row.id });
  return row;
}

/** An assessor qualification on the person's record: held (verified by centre A) or working towards it. */
export async function assessorQualification(world: AssessmentWorld, userId: string, code: string, held: boolean) {
  const row = await getPrisma().staffQualification.create({ data: { userId, code, held } });
  if (held) await verifiedAtCentreA(world, { staffQualificationId: row.id });
  return row;
}
