import { getPrisma } from "@/lib/db/client";
import { createCentreWorld, createUser } from "./centre-world";

// The two-centre world with something to assess: a small qualification (two units with criteria,
// published catalogue content), a registered candidate at each centre allocated to that centre's
// assessor, and in centre A one of each assessment record. Integration tests of every area and
// the two-centre isolation walk start here.

export async function createAssessmentWorld() {
  const world = await createCentreWorld();
  const db = getPrisma();
  const stamp = world.centreA.id.slice(0, 8);
  const qualification = await db.qualification.create({
    data: {
      awardingBodyId: world.body.id,
      qualificationNumber: `T/${stamp}/1`,
      title: "Test Diploma in Customer Service",
      level: 3,
      ruleOfCombination: {
        groups: [
          { id: "A", name: "Mandatory" },
          { id: "B", name: "Optional" },
        ],
        rules: [
          { kind: "allOfGroup", group: "A" },
          { kind: "minimumTotalCredit", credit: 7 },
        ],
      },
    },
  });

  async function unit(urn: string, title: string, group: string, credit: number, criteria: string[]) {
    const row = await db.unit.create({ data: { qualificationId: qualification.id, urn, title, credit, level: 3, glh: credit * 8, group } });
    const outcome = await db.learningOutcome.create({
      data: { unitId: row.id, ref: "1", title: `Understand ${title.toLowerCase()}`, position: 1 },
    });
    const rows = [];
    for (const [index, ref] of criteria.entries()) {
      rows.push(
        await db.assessmentCriterion.create({
          data: { unitId: row.id, learningOutcomeId: outcome.id, ref, text: `${title}: criterion ${ref}`, position: index + 1 },
        }),
      );
    }
    return { ...row, outcome, criteria: rows };
  }
  const unitA = await unit(`A/${stamp}/1`, "Resolve complaints", "A", 4, ["1.1", "1.2", "1.3"]);
  const unitB = await unit(`B/${stamp}/2`, "Deliver service", "B", 3, ["1.1", "1.2"]);

  async function candidate(centreId: string, userId: string | null, name: string, assessorUserId: string) {
    return db.candidate.create({
      data: {
        centreId,
        userId,
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}.${stamp}@test.example`,
        dateOfBirth: new Date("2000-05-01"),
        uln: "1000000000",
        qualificationId: qualification.id,
        entryType: "FULL_AWARD",
        entryUnitIds: [],
        startDate: new Date("2026-01-05"),
        assessorUserId,
      },
    });
  }
  const candidateUserB = await createUser("Cody Candidate");
  await db.membership.create({ data: { centreId: world.centreB.id, userId: candidateUserB.id, role: "CANDIDATE" } });
  const candidateInA = await candidate(world.centreA.id, world.candidateA.user.id, "Cara Candidate", world.assessorA.user.id);
  const candidateInB = await candidate(world.centreB.id, candidateUserB.id, "Cody Candidate", world.assessorB.user.id);

  // One of each record in centre A, made directly (each area's own tests make them through actions).
  const a = world.centreA.id;
  const assessorId = world.assessorA.user.id;
  const plan = await db.assessmentPlan.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      title: "Complaints observation",
      activities: "Observe two complaint calls",
      methods: ["OBSERVATION"],
      evidenceSources: "Call logs",
      unitIds: [unitA.id],
      createdById: assessorId,
    },
  });
  const activity = await db.assessmentActivity.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      assessorUserId: assessorId,
      method: "OBSERVATION",
      occurredOn: new Date("2026-03-02"),
      place: "Contact centre",
      description: "Handled a billing complaint",
      decision: "CRITERIA_MET",
      criteria: { create: [{ centreId: a, criterionId: unitA.criteria[0]!.id, judgement: "MET", howMet: "Confirmed the cause" }] },
    },
  });
  const evidence = await db.evidenceItem.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      reference: "E1",
      title: "Complaint log",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      submittedById: world.candidateA.user.id,
      criteria: { create: [{ centreId: a, criterionId: unitA.criteria[1]!.id }] },
    },
  });
  const witnessEvidence = await db.evidenceItem.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      reference: "E2",
      title: "Statement from the team leader",
      method: "WITNESS_TESTIMONY",
      location: "Uploaded",
      submittedById: assessorId,
    },
  });
  const witnessStatement = await db.witnessStatement.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      evidenceItemId: witnessEvidence.id,
      form: "WRITTEN",
      witnessName: "Wendy Witness",
      createdById: assessorId,
    },
  });
  const feedback = await db.feedback.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      evidenceItemId: evidence.id,
      achieved: "Clear log",
      nextSteps: "Show escalation",
      givenById: assessorId,
    },
  });
  const decision = await db.unitDecision.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      unitId: unitA.id,
      decisionType: "FORMATIVE",
      outcome: "NOT_YET_ACHIEVED",
      rationale: "Two criteria to go",
      decidedOn: new Date("2026-03-03"),
      assessorUserId: assessorId,
    },
  });
  // The evidence item's uploaded file (the row only: no bytes are stored for it).
  const file = await db.storedFile.create({
    data: {
      centreId: a,
      candidateId: candidateInA.id,
      evidenceItemId: evidence.id,
      storageKey: `${a}/${candidateInA.id}`,
      fileName: "complaint-log.pdf",
      contentType: "application/pdf",
      byteSize: 1024,
      sha256: "0".repeat(64),
      uploadedById: world.candidateA.user.id,
    },
  });
  const conflict = await db.conflictOfInterestDeclaration.create({
    data: {
      centreId: a,
      staffUserId: world.shared.user.id,
      candidateId: candidateInA.id,
      relationship: "SOCIAL",
      declaredOn: new Date("2026-01-10"),
    },
  });

  return {
    ...world,
    qualification,
    unitA,
    unitB,
    candidateUserB,
    candidateInA,
    candidateInB,
    inCentreA: { plan, activity, evidence, witnessEvidence, witnessStatement, feedback, decision, conflict, file },
  };
}

export type AssessmentWorld = Awaited<ReturnType<typeof createAssessmentWorld>>;

/** Everything centre A holds in the assessment tables, to prove an action from elsewhere changed nothing. */
export async function centreAssessmentSnapshot(centreId: string) {
  const db = getPrisma();
  const where = { where: { centreId } };
  return {
    candidates: await db.candidate.findMany(where),
    plans: await db.assessmentPlan.findMany(where),
    activities: await db.assessmentActivity.findMany(where),
    activityCriteria: await db.activityCriterion.findMany(where),
    evidence: await db.evidenceItem.findMany(where),
    evidenceCriteria: await db.evidenceCriterion.findMany(where),
    witnessStatements: await db.witnessStatement.findMany(where),
    feedback: await db.feedback.findMany(where),
    decisions: await db.unitDecision.findMany(where),
    versions: await db.recordVersion.findMany(where),
    signatures: await db.signature.findMany(where),
    conflicts: await db.conflictOfInterestDeclaration.findMany(where),
    appeals: await db.appeal.findMany(where),
    malpracticeCases: await db.malpracticeCase.findMany(where),
    malpracticeNotes: await db.malpracticeNote.findMany(where),
    files: await db.storedFile.findMany(where),
    outcomes: await db.learningOutcome.findMany(where),
    criteria: await db.assessmentCriterion.findMany(where),
    drafts: await db.activityDraft.findMany(where),
    staffRecordVerifications: await db.staffRecordVerification.findMany(where),
    iqaFeedback: await db.iqaFeedback.findMany(where),
    iqaActions: await db.iqaAction.findMany(where),
    standardisationMeetings: await db.standardisationMeeting.findMany(where),
    standardisationExercises: await db.standardisationExercise.findMany(where),
    standardisationJudgements: await db.standardisationJudgement.findMany(where),
    riskRatings: await db.assessorRiskRating.findMany(where),
    samplingPlans: await db.samplingPlan.findMany(where),
    samplingPlanItems: await db.samplingPlanItem.findMany(where),
    samplingRecords: await db.samplingRecord.findMany(where),
  };
}
