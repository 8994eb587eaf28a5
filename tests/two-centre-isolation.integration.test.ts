import { describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { runAction } from "@/lib/actions/run-action";
import { allActions, awardingBodyActions, centreActions, personalActions, publicActions } from "@/lib/actions/registry";
import { resolveAccessContext, workspaceKey } from "@/lib/auth/access-context";
import { getCentreStaffMember, listCentreStaff } from "@/lib/staff/queries";
import { listCentreAuditEvents, listRecordHistory } from "@/lib/audit/queries";
import { getQualificationWithUnits, listQualifications } from "@/lib/qualifications/queries";
import { getRd11, getSamplingItemPage } from "@/lib/sampling-records/queries";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createCentreWorld, createUser, testPassword } from "./factories/centre-world";
import { centreAssessmentSnapshot, createAssessmentWorld, type AssessmentWorld } from "./factories/assessment-world";

// Every action and every read that takes a record id, walked with a person from the other
// centre: each must answer "not found", exactly as for an id that does not exist.

const missingId = "00000000-0000-4000-8000-000000000000";

/**
 * For each centre action that names a record: who in centre B tries it (someone whose role there
 * allows the action, so only the centre stops them), and the input naming centre A's record.
 */
type IsolationWorld = AssessmentWorld & {
  invitationA: { id: string };
  /** An RD07 from centre A's IQA to its assessor, with one action owned by the assessor. */
  iqaFeedbackA: { id: string; actionId: string };
  /** An open standardisation exercise of centre A, opened by its IQA for its assessor and Sam. */
  exerciseA: { id: string };
  /** Centre A's recorded sampling plan (by its IQA): an item not yet sampled, and an item sampled "agree". */
  samplingA: { planId: string; planItemId: string; samplingRecordId: string };
  /** An appeal lodged by centre A's candidate against its unit decision, not yet acknowledged. */
  appealA: { id: string };
  /** A malpractice case of centre A about its candidate, under investigation. */
  malpracticeA: { id: string };
  /** A checked candidate import of centre A, not yet imported, with one row (a bad ULN). */
  candidateImportA: { id: string; rowId: string };
  /** Centre A's claim batch, marked claimed, with one line (its candidate's unit A). */
  claimBatchA: { id: string; lineId: string };
  /** Prior learning put forward for centre A's candidate, not yet decided. */
  priorLearningA: { id: string };
  /** A reasonable adjustment for centre A's candidate. */
  arrangementA: { id: string };
  /** Centre A's Direct Claims Status for the shared qualification, active. */
  directClaimsA: { id: string };
  /** Centre A's external verifier visit, held and not yet reported on. */
  visitA: { id: string };
  /** An open action point from centre A's completed visit, owned by its assessor. */
  actionPointA: { id: string };
  /** Centre A's visit packs for its planned visit: one ready, one failed. */
  visitPackA: { readyId: string; failedId: string };
  /** Centre A's working EV access grant naming its candidate; and an external verifier of centre B. */
  evAccessA: { id: string };
  evB: { id: string };
};
type ForeignCase = { as: "adminB" | "assessorB" | "candidateB" | "iqaB" | "headB"; input: (world: IsolationWorld) => unknown };
/** A witness statement's fields, naming a criterion of centre A's qualification. */
const witnessStatementFields = (w: IsolationWorld) => ({
  form: "WRITTEN",
  title: "Statement",
  witnessName: "Wendy Witness",
  witnessJobTitle: "",
  witnessContactDetails: "",
  relationshipToCandidate: "",
  activityDate: "",
  activityTime: "",
  venue: "",
  description: "",
  writtenOn: "",
  signedOrConfirmedByWitness: true,
  witnessIsRelative: false,
  writtenByCandidate: false,
  isExpertWitness: false,
  expertInOccupationSince: "",
  criterionIds: [w.unitA.criteria[0]!.id],
  authenticityCheckedOn: "",
  authenticityCheckMethod: "",
  fileIds: [],
});

/** One CSV row's values for centre A's qualification (lib/candidate-import/fields.ts). */
const importRowValues = (w: { qualification: { qualificationNumber: string } }) => ({
  name: "Iris Import",
  email: "iris.import@test.example",
  dateOfBirth: "2001-06-15",
  uln: "1234567890",
  publiclyFunded: "no",
  qualificationNumber: w.qualification.qualificationNumber,
  fullAward: "yes",
  units: "",
  startDate: "2026-03-01",
  assessorEmail: "",
  iqaEmail: "",
  phone: "",
  employer: "",
  workplace: "",
});

const foreignInputs: Record<keyof typeof centreActions, ForeignCase | null> = {
  inviteStaffMember: null, // takes no record id: it always invites to the actor's own centre (tested in run-action)
  recordActivity: {
    as: "assessorB",
    input: (w) => ({
      clientDraftId: "",
      candidateId: w.candidateInA.id,
      method: "OBSERVATION",
      occurredOn: "2026-03-02",
      place: "Contact centre",
      description: "Observed a complaint call",
      criteria: [{ criterionId: w.unitA.criteria[0]!.id, judgement: "MET", howMet: "" }],
      decision: "CRITERIA_MET",
      simulated: false,
      fileIds: [],
      feedbackAchieved: "",
      feedbackNextSteps: "",
      candidateComment: "",
      busyDayJustification: "",
    }),
  },
  saveActivityDraft: { as: "assessorB", input: (w) => ({ clientDraftId: "draft-isolation", content: { candidateId: w.candidateInA.id } }) },
  // Acts only on the actor's own drafts in their active centre, by their browser's draft id (lib/activities/activities.integration.test.ts).
  discardActivityDraft: null,
  commentOnActivity: {
    as: "candidateB",
    input: (w) => ({ activityId: w.inCentreA.activity.id, version: 1, candidateComment: "Not my activity" }),
  },
  addEvidence: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      title: "A work product",
      method: "WORK_PRODUCT",
      location: "Uploaded",
      description: "",
      fileIds: [],
      criterionIds: [w.unitA.criteria[0]!.id],
      anonymisationConfirmed: true,
      simulated: false,
      authenticatedBy: "",
      previousSubmissionId: "",
    }),
  },
  judgeEvidence: {
    as: "assessorB",
    input: (w) => ({
      evidenceItemId: w.inCentreA.evidence.id,
      version: 1,
      outcome: "ACCEPT",
      criteria: [{ criterionId: w.unitA.criteria[1]!.id, judgement: "MET" }],
      rejectionReason: "",
      authenticatedBy: "",
    }),
  },
  updateEvidenceCriteria: {
    as: "candidateB",
    input: (w) => ({ evidenceItemId: w.inCentreA.evidence.id, version: 1, criterionIds: [w.unitA.criteria[0]!.id] }),
  },
  resendInvitation: { as: "adminB", input: (w) => ({ invitationId: w.invitationA.id }) },
  withdrawInvitation: { as: "adminB", input: (w) => ({ invitationId: w.invitationA.id }) },
  changeStaffRole: {
    as: "adminB",
    input: (w) => ({ membershipId: w.assessorA.membership.id, version: 1, role: "IQA", isHeadOfCentre: false, expiresOn: "" }),
  },
  deactivateStaffMember: { as: "adminB", input: (w) => ({ membershipId: w.assessorA.membership.id, version: 1 }) },
  reactivateStaffMember: { as: "adminB", input: (w) => ({ membershipId: w.assessorA.membership.id, version: 1 }) },
  // The person works at both centres: their centre-A membership is refused before any row is read
  // (rows of their record verified from the other centre: lib/staff/staff-record-verification.integration.test.ts).
  verifyStaffRecord: {
    as: "adminB",
    input: (w) => ({ membershipId: w.shared.membershipA.id, kind: "qualification", rowId: w.unitA.id, claimSha256: "0".repeat(64) }),
  },
  withdrawStaffRecordVerification: {
    as: "adminB",
    input: (w) => ({ membershipId: w.shared.membershipA.id, kind: "competence", rowId: w.unitA.id }),
  },
  // Names centre A's assessor: another centre's staff cannot be allocated (the qualification is shared catalogue).
  registerCandidate: {
    as: "adminB",
    input: (w) => ({ ...registration(w), assessorUserId: w.assessorA.user.id }),
  },
  // Names no record: it checks a file into a new import at the actor's own centre; another centre's
  // qualification or staff in the file is "unknown" there (lib/candidate-import/candidate-import.integration.test.ts).
  previewCandidateImport: null,
  fixCandidateImportRow: {
    as: "adminB",
    input: (w) => ({
      importId: w.candidateImportA.id,
      rowId: w.candidateImportA.rowId,
      version: 1,
      values: { ...importRowValues(w), uln: "" },
    }),
  },
  importCandidates: { as: "adminB", input: (w) => ({ importId: w.candidateImportA.id, version: 1, rows: "VALID_ONLY" }) },
  updateRegistration: { as: "adminB", input: (w) => ({ ...registration(w), candidateId: w.candidateInA.id, version: 1 }) },
  confirmEntry: { as: "adminB", input: (w) => ({ candidateId: w.candidateInA.id, version: 1, entryConfirmedOn: "2026-02-01" }) },
  allocateStaff: { as: "adminB", input: (w) => ({ candidateId: w.candidateInA.id, version: 1, assessorUserId: "", iqaUserId: "" }) },
  withdrawCandidate: {
    as: "adminB",
    input: (w) => ({ candidateId: w.candidateInA.id, version: 1, withdrawnOn: "2026-03-01", withdrawalReason: "Moved away" }),
  },
  reinstateCandidate: { as: "adminB", input: (w) => ({ candidateId: w.candidateInA.id, version: 1 }) },
  enterUnitCriteria: null, // names no centre record: always types content in for the actor's own centre (lib/unit-criteria tests: another centre never sees it)
  createAssessmentPlan: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      title: "Plan",
      activities: "Observe",
      methods: ["OBSERVATION"],
      evidenceSources: "Logs",
      unitIds: [w.unitA.id],
      plannedOn: "",
      reviewOn: "",
      place: "",
      peopleInvolved: "",
    }),
  },
  updateAssessmentPlan: {
    as: "assessorB",
    input: (w) => ({
      planId: w.inCentreA.plan.id,
      version: 1,
      title: "Plan",
      activities: "Observe",
      methods: ["OBSERVATION"],
      evidenceSources: "Logs",
      unitIds: [w.unitA.id],
      plannedOn: "",
      reviewOn: "",
      place: "",
      peopleInvolved: "",
    }),
  },
  confirmAssessmentPlan: {
    as: "candidateB",
    input: (w) => ({ planId: w.inCentreA.plan.id, recordVersion: 1, password: testPassword }),
  },
  giveFeedback: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      evidenceItemId: w.inCentreA.evidence.id,
      activityId: "",
      achieved: "Good",
      nextSteps: "More",
      plannedActions: "",
    }),
  },
  replyToFeedback: { as: "candidateB", input: (w) => ({ feedbackId: w.inCentreA.feedback.id, version: 1, response: "Thanks" }) },
  lodgeAppeal: {
    as: "candidateB",
    input: (w) => ({ candidateId: w.candidateInA.id, unitDecisionId: w.inCentreA.decision.id, decisionDescription: "", grounds: "Unfair" }),
  },
  acknowledgeAppeal: { as: "adminB", input: (w) => ({ appealId: w.appealA.id, version: 1, acknowledgedOn: "2026-03-11" }) },
  startAppealReview: { as: "adminB", input: (w) => ({ appealId: w.appealA.id, version: 1, reviewStartedOn: "2026-03-11" }) },
  decideAppeal: {
    as: "adminB",
    input: (w) => ({
      appealId: w.appealA.id,
      version: 1,
      outcome: "UPHELD",
      decidedOn: "2026-03-11",
      decidedById: w.adminA.user.id,
      outcomeReasons: "Not their appeal",
    }),
  },
  withdrawAppeal: { as: "adminB", input: (w) => ({ appealId: w.appealA.id, version: 1, withdrawnOn: "2026-03-11", withdrawalNote: "" }) },
  referAppeal: { as: "adminB", input: (w) => ({ appealId: w.appealA.id, version: 1, referredOn: "2026-03-11", referralNote: "" }) },
  recordAppealReferralOutcome: {
    as: "adminB",
    input: (w) => ({ appealId: w.appealA.id, version: 1, awardingBodyOutcomeOn: "2026-03-11", awardingBodyOutcome: "Not theirs" }),
  },
  // The head of centre B names centre A's candidate (a staff member of A is not found the same way: lib/malpractice tests).
  recordMalpracticeCase: {
    as: "headB",
    input: (w) => ({
      subject: "CANDIDATE",
      staffUserId: "",
      candidateId: w.candidateInA.id,
      suspicion: "Copied",
      cameToLightOn: "2026-03-11",
    }),
  },
  addMalpracticeNote: {
    as: "headB",
    input: (w) => ({ caseId: w.malpracticeA.id, version: 1, writtenOn: "2026-03-11", note: "Not their case" }),
  },
  recordMalpracticeReport: {
    as: "headB",
    input: (w) => ({ caseId: w.malpracticeA.id, version: 1, reportedToAwardingBodyOn: "2026-03-11", reportNote: "Email" }),
  },
  closeMalpracticeCase: {
    as: "headB",
    input: (w) => ({ caseId: w.malpracticeA.id, version: 1, closedOn: "2026-03-11", outcome: "Not their case" }),
  },
  // Centre B's admin names centre A's candidate, batch and line.
  createClaimBatch: { as: "adminB", input: (w) => ({ items: [`${w.candidateInA.id}/unit/${w.unitA.id}`] }) },
  removeClaimLine: { as: "adminB", input: (w) => ({ batchId: w.claimBatchA.id, version: 1, lineId: w.claimBatchA.lineId }) },
  markBatchClaimed: { as: "adminB", input: (w) => ({ batchId: w.claimBatchA.id, version: 1, claimedOn: "2026-03-11" }) },
  recordCertificateReceived: {
    as: "adminB",
    input: (w) => ({
      batchId: w.claimBatchA.id,
      version: 1,
      lineId: w.claimBatchA.lineId,
      certificateReceivedOn: "2026-03-11",
      certificateNumber: "C-1",
    }),
  },
  downloadClaimBatchFile: { as: "adminB", input: (w) => ({ batchId: w.claimBatchA.id }) },
  recordPriorLearning: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      unitId: w.unitA.id,
      assessmentCriterionIds: [w.unitA.criteria[0]!.id],
      priorLearning: "Call centre work",
      evidence: "Reference",
    }),
  },
  decidePriorLearning: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      claimId: w.priorLearningA.id,
      version: 1,
      decision: "ACCEPTED",
      decisionNotes: "Not theirs",
      decidedOn: "2026-03-11",
    }),
  },
  recordArrangement: {
    as: "adminB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      kind: "REASONABLE_ADJUSTMENT",
      reason: "Dyslexia",
      arrangement: "Extra time",
      unitId: w.unitA.id,
      appliesFrom: "2026-01-05",
      appliesUntil: "",
      approvedByAwardingBodyOn: "",
    }),
  },
  changeArrangement: {
    as: "adminB",
    input: (w) => ({
      ...{
        candidateId: w.candidateInA.id,
        kind: "REASONABLE_ADJUSTMENT",
        reason: "Dyslexia",
        arrangement: "Extra time",
        unitId: w.unitA.id,
        appliesFrom: "2026-01-05",
        appliesUntil: "",
        approvedByAwardingBodyOn: "",
      },
      arrangementId: w.arrangementA.id,
      version: 1,
    }),
  },
  removeArrangement: {
    as: "adminB",
    input: (w) => ({ candidateId: w.candidateInA.id, arrangementId: w.arrangementA.id, version: 1 }),
  },
  // B's admin names the shared catalogue qualification for B itself: nothing of A's is named. A
  // centre's own qualification of another centre is not found (lib/direct-claims/direct-claims.integration.test.ts).
  recordDirectClaimsStatus: null,
  changeDirectClaimsStatus: {
    as: "adminB",
    input: (w) => ({ statusId: w.directClaimsA.id, version: 1, endsOn: "", conditions: "Not theirs", reason: "Not theirs" }),
  },
  withdrawDirectClaimsStatus: {
    as: "adminB",
    input: (w) => ({ statusId: w.directClaimsA.id, version: 1, withdrawnOn: "2026-03-11", reason: "Not theirs" }),
  },
  reinstateDirectClaimsStatus: {
    as: "adminB",
    input: (w) => ({ statusId: w.directClaimsA.id, version: 1, reinstatedOn: "2026-03-11", reason: "Not theirs" }),
  },
  // A visit covers the body's catalogue (shared by both centres) or the centre's own qualification,
  // which another centre is refused like a missing one (lib/visits/visits.integration.test.ts).
  scheduleVisit: null,
  rescheduleVisit: {
    as: "adminB",
    input: (w) => ({
      visitId: w.visitA.id,
      version: 1,
      visitOn: "2026-06-01",
      externalVerifierName: "Eleanor Price",
      purpose: "Not their visit",
      qualificationId: "",
      final: false,
    }),
  },
  cancelVisit: { as: "adminB", input: (w) => ({ visitId: w.visitA.id, version: 1, cancelledReason: "Not their visit" }) },
  recordVisitReport: {
    as: "adminB",
    input: (w) => ({
      visitId: w.visitA.id,
      version: 1,
      reportSummary: "Not their visit",
      sanctions: "",
      dcsRecommendation: "",
      directClaimsConfirmed: true,
      actionPoints: [],
    }),
  },
  addVisitActionPoint: {
    as: "adminB",
    input: (w) => ({
      visitId: w.visitA.id,
      kind: "ACTION_POINT",
      ownerUserId: w.adminB.user.id,
      description: "Not their visit",
      dueOn: "2026-06-01",
    }),
  },
  requestVisitPack: { as: "adminB", input: (w) => ({ visitId: w.visitA.id, workInProgressCandidateIds: [] }) },
  retryVisitPack: { as: "adminB", input: (w) => ({ packId: w.visitPackA.failedId }) },
  downloadVisitPack: { as: "adminB", input: (w) => ({ packId: w.visitPackA.readyId }) },
  completeVisitActionPoint: {
    as: "adminB",
    input: (w) => ({ actionPointId: w.actionPointA.id, version: 1, completedOn: "2026-03-11", completionEvidence: "Not theirs" }),
  },
  // EV access: centre B's admin grants B's own verifier centre A's candidate, or revokes A's grant.
  grantExternalVerifierAccess: {
    as: "adminB",
    input: (w) => ({
      externalVerifierUserId: w.evB.id,
      visitId: "",
      expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      candidateIds: [w.candidateInA.id],
    }),
  },
  revokeExternalVerifierAccess: { as: "adminB", input: (w) => ({ accessId: w.evAccessA.id, version: 1 }) },
  updateWitnessStatement: {
    as: "assessorB",
    input: (w) => ({
      statementId: w.inCentreA.witnessStatement.id,
      version: 1,
      evidenceVersion: 1,
      ...witnessStatementFields(w),
    }),
  },
  recordWitnessStatement: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      ...witnessStatementFields(w),
    }),
  },
  signUnitDeclaration: {
    as: "candidateB",
    input: (w) => ({ candidateId: w.candidateInA.id, unitId: w.unitA.id, contentSha256: "0".repeat(64), password: "a password" }),
  },
  signOffUnit: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      unitId: w.unitA.id,
      rationale: "All met",
      decidedOn: "2026-03-20",
      contentSha256: "0".repeat(64),
      password: "a password",
    }),
  },
  countersignUnitDecision: {
    as: "assessorB",
    input: (w) => ({ decisionId: w.inCentreA.decision.id, version: 1, contentSha256: "0".repeat(64), password: "a password" }),
  },
  recordFormativeDecision: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      unitId: w.unitA.id,
      outcome: "NOT_YET_ACHIEVED",
      rationale: "More",
      decidedOn: "2026-03-20",
    }),
  },
  amendUnitDecision: {
    as: "assessorB",
    input: (w) => ({ decisionId: w.inCentreA.decision.id, version: 1, rationale: "Changed", decidedOn: "2026-03-20" }),
  },
  signUnitDecision: {
    as: "assessorB",
    input: (w) => ({ decisionId: w.inCentreA.decision.id, version: 1, contentSha256: "0".repeat(64), password: "a password" }),
  },
  // Names centre A's assessor: an IQA gives RD07 feedback only to an active assessor of their own centre.
  giveIqaFeedback: {
    as: "iqaB",
    input: (w) => ({
      assessorUserId: w.assessorA.user.id,
      feedbackOnPractice: "Name the criteria in each rationale.",
      givenOn: new Date().toISOString().slice(0, 10),
      actions: [{ description: "Rewrite two rationales", dueOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) }],
    }),
  },
  acknowledgeIqaFeedback: {
    as: "assessorB",
    input: (w) => ({ feedbackId: w.iqaFeedbackA.id, version: 1, assessorResponse: "Not my feedback" }),
  },
  completeIqaAction: {
    as: "assessorB",
    input: (w) => ({ actionId: w.iqaFeedbackA.actionId, version: 1, completionNote: "Not my action" }),
  },
  // Names centre A's assessor: attendees and participants are the IQA's own centre's active staff (checked first).
  recordStandardisationMeeting: {
    as: "iqaB",
    input: (w) => ({
      qualificationId: w.qualification.id,
      heldOn: "2026-03-10",
      attendeeUserIds: [w.assessorA.user.id],
      otherAttendees: "",
      unitIds: [w.unitA.id],
      evidenceStandardised: "Complaint logs",
      decisionsReached: "Escalation must be evidenced",
      actions: [{ ownerUserId: w.assessorA.user.id, description: "Re-read the guidance", dueOn: "2026-04-10" }],
    }),
  },
  openStandardisationExercise: {
    as: "iqaB",
    input: (w) => ({
      qualificationId: w.qualification.id,
      unitId: w.unitA.id,
      meetingId: "",
      title: "Complaint log",
      evidenceDescription: "An anonymised log",
      evidenceItemId: "",
      criterionIds: [w.unitA.criteria[0]!.id],
      participantUserIds: [w.assessorA.user.id, w.shared.user.id],
    }),
  },
  judgeStandardisationExercise: {
    as: "assessorB",
    input: (w) => ({ exerciseId: w.exerciseA.id, outcome: "NOT_YET_ACHIEVED", criteriaMetIds: [], rationale: "Not shown" }),
  },
  closeStandardisationExercise: {
    as: "iqaB",
    input: (w) => ({
      exerciseId: w.exerciseA.id,
      version: 1,
      agreedOutcome: "NOT_YET_ACHIEVED",
      agreedCriterionIds: [],
      agreedRationale: "Not shown",
    }),
  },
  // Names no centre record: it saves the actor's own centre's strategy for a qualification of the shared catalogue
  // that centre delivers; centre A's strategy stays as it was (lib/sampling/strategy.integration.test.ts).
  saveSamplingStrategy: null,
  recordRiskRating: {
    as: "iqaB",
    input: (w) => ({
      assessorUserId: w.assessorA.user.id,
      risk: "HIGH",
      reason: "Not their assessor",
      ratedOn: "2026-03-01",
      standardisationExerciseId: "",
    }),
  },
  // The plan's IQA is centre A's: an IQA of centre B names centre A's plan item (and its unit's criteria and evidence).
  recordSampling: {
    as: "iqaB",
    input: (w) => ({
      planItemId: w.samplingA.planItemId,
      version: 1,
      decisionVersion: 1,
      contentSha256: "0".repeat(64),
      sampledOn: new Date().toISOString().slice(0, 10),
      criterionIds: [w.unitA.criteria[0]!.id],
      evidenceItemIds: [w.inCentreA.evidence.id],
      methods: ["WORK_PRODUCT"],
      outcome: "DISAGREE",
      rationale: "Not their plan",
      feedbackOnPractice: "Not their assessor",
      actions: [],
    }),
  },
  countersignAsIqa: {
    as: "iqaB",
    input: (w) => ({
      samplingRecordId: w.samplingA.samplingRecordId,
      decisionVersion: 1,
      contentSha256: "0".repeat(64),
      password: testPassword,
    }),
  },
  // Names no centre record (the qualification is shared catalogue): it proposes for the actor's own centre from that
  // centre's decisions only (lib/sampling/plans.integration.test.ts "two centres").
  proposeSamplingPlan: null,
  // An IQA of centre B names centre A's plan (its item, its decision): the plan is not found before anything else.
  addPlanItem: {
    as: "iqaB",
    input: (w) => ({ planId: w.samplingA.planId, version: 1, unitDecisionId: w.inCentreA.decision.id, reason: "Sample it" }),
  },
  dropPlanItem: {
    as: "iqaB",
    input: (w) => ({ planId: w.samplingA.planId, version: 1, itemId: w.samplingA.planItemId, reason: "Not needed" }),
  },
  recordSamplingPlan: { as: "iqaB", input: (w) => ({ planId: w.samplingA.planId, version: 1 }) },
  changeRiskAfterStandardisation: {
    as: "iqaB",
    input: (w) => ({ exerciseId: w.exerciseA.id, assessorUserId: w.assessorA.user.id, risk: "HIGH", reason: "Judged it wrongly" }),
  },
  // The route stores the bytes under the actor's own centre first; the action then meets centre A's candidate.
  uploadFile: {
    as: "assessorB",
    input: (w) => ({
      candidateId: w.candidateInA.id,
      fileName: "photo.jpg",
      claimedType: "image/jpeg",
      storageKey: `${w.centreB.id}/6f1c0a52-93d4-4d7e-a1a4-2b9f0c3e5d71`,
      contentType: "image/jpeg",
      byteSize: 2048,
      sha256: "a".repeat(64),
    }),
  },
  // The candidate's own upload (linked to an evidence item): from B it is not found, never "part of a saved record".
  discardFile: { as: "candidateB", input: (w) => ({ fileId: w.inCentreA.file.id }) },
  // Names no record: imports into the actor's own centre. lib/qualification-import tests: centre B
  // never sees centre A's own qualification (list, id, registration) and is never told its number is taken.
  importQualification: null,
};

/** A valid RD01 registration for the world's qualification (full award, nobody allocated). */
function registration(world: AssessmentWorld) {
  return {
    name: "Rita Register",
    email: "rita.register@test.example",
    dateOfBirth: "2000-01-01",
    uln: "",
    publiclyFunded: false,
    phone: "",
    address: "",
    employer: "",
    workplace: "",
    qualificationId: world.qualification.id,
    entryType: "FULL_AWARD",
    entryUnitIds: [],
    startDate: "2026-01-05",
    entryConfirmedOn: "",
    initialAssessmentOn: "",
    initialAssessmentOutcome: "",
    specialAssessmentRequirements: "",
    assessorUserId: "",
    iqaUserId: "",
  };
}

/** The same input with every centre-A id replaced by an id that exists nowhere. */
function withMissingIds(input: unknown, world: IsolationWorld): unknown {
  const text = JSON.stringify(input);
  const ids = new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
  let replaced = text;
  for (const id of ids) if (id !== world.centreB.id) replaced = replaced.replaceAll(id, missingId);
  return JSON.parse(replaced);
}

/**
 * Actions outside a centre, and why another centre's person cannot reach a centre's records
 * through them (each reason names the test that proves it).
 */
const outsideCentre: Record<keyof typeof personalActions | keyof typeof publicActions, string> = {
  switchWorkspace: "a centre the person does not belong to is not found (below)",
  changePassword: "acts only on the signed-in person's own account (lib/account/change-password.integration.test.ts)",
  acceptInvitation:
    "only the account the invitation was sent to, holding its emailed link, may accept (lib/invitations/invitations.integration.test.ts)",
  declineInvitation:
    "only the account the invitation was sent to, holding its emailed link, may decline (lib/invitations/invitations.integration.test.ts)",
  acceptInvitationWithNewAccount: "needs the emailed link and an address no account uses (lib/invitations/invitations.integration.test.ts)",
  requestPasswordReset:
    "emails only the address given, with the same answer for every address (lib/password-reset/password-reset.integration.test.ts)",
  resetPassword:
    "the emailed link's token is the only key and names its own account (lib/password-reset/password-reset.integration.test.ts)",
  unlockSignIn:
    "the emailed link's token is the only key and unlocks only its own account's address (lib/auth/sign-in-throttle.integration.test.ts)",
  recordStaffQualification:
    "a person-level row of the signed-in person only; codes only from their centres' awarding bodies (lib/professional-record/professional-record.integration.test.ts)",
  removeStaffQualification:
    "removes only the signed-in person's own row; another person's is not found (lib/professional-record/professional-record.integration.test.ts)",
  recordOccupationalCompetence:
    "a person-level row; a unit of another awarding body's qualification is not found (lib/professional-record/professional-record.integration.test.ts)",
  removeOccupationalCompetence:
    "removes only the signed-in person's own row; another person's is not found (lib/professional-record/professional-record.integration.test.ts)",
  recordQualificationCompetence:
    "person-level rows of the signed-in person only; a qualification of another awarding body is not found (lib/professional-record/professional-record.integration.test.ts)",
  recordStaffFile:
    "a file on the signed-in person's own record; another person's qualification or CPD entry is not found (lib/staff-files/staff-files.integration.test.ts)",
  removeStaffFile:
    "removes only the signed-in person's own file; another person's is not found (lib/staff-files/staff-files.integration.test.ts)",
  recordCpdEntry: "a person-level row of the signed-in person only (lib/cpd/cpd.integration.test.ts)",
  updateCpdEntry: "changes only the signed-in person's own entry; another person's is not found (lib/cpd/cpd.integration.test.ts)",
  removeCpdEntry: "removes only the signed-in person's own entry; another person's is not found (lib/cpd/cpd.integration.test.ts)",
  notifyCircumstanceChange:
    "creates rows for the signed-in person only, one per awarding body they answer to; names no record (lib/circumstances/circumstances.integration.test.ts)",
  recordSampleSignature:
    "appends a signature for the signed-in person only; names no record (lib/sample-signatures/sample-signatures.integration.test.ts)",
  declareConflict:
    "declares for the signed-in person only; a candidate of a centre where they do not assess, or a centre or school outside their awarding bodies, is not found (lib/conflicts/conflicts.integration.test.ts)",
  endConflict: "ends only the signed-in person's own declaration; anyone else's is not found (lib/conflicts/conflicts.integration.test.ts)",
  answerQaRequest:
    "answers only a request sent to the signed-in person; anyone else's is not found (lib/qa-requests/qa-requests.integration.test.ts)",
};

describe("two-centre isolation", () => {
  for (const [name, definition] of Object.entries(centreActions) as unknown as [string, ActionDefinition][]) {
    const foreignCase = foreignInputs[name as keyof typeof centreActions];
    if (!foreignCase) continue;
    it(`action ${definition.name}: another centre's id is "not found", like a missing one`, async () => {
      const world = await createAssessmentWorld();
      const invitationA = await getPrisma().invitation.create({
        data: {
          centreId: world.centreA.id,
          email: "invited.to.a@test.example",
          name: "Invited To A",
          role: "IQA",
          tokenHash: `isolation-${world.centreA.id}`,
          expiresAt: new Date(Date.now() + 86_400_000),
          sentAt: new Date(),
        },
      });
      const iqaA = await createUser("Ivy Iqa");
      await getPrisma().membership.create({ data: { centreId: world.centreA.id, userId: iqaA.id, role: "IQA" } });
      const iqaFeedbackA = await getPrisma().iqaFeedback.create({
        data: {
          centreId: world.centreA.id,
          assessorUserId: world.assessorA.user.id,
          iqaUserId: iqaA.id,
          feedbackOnPractice: "Name the criteria in each rationale.",
          givenOn: new Date("2026-03-04"),
          actions: {
            create: {
              centreId: world.centreA.id,
              ownerUserId: world.assessorA.user.id,
              setById: iqaA.id,
              description: "Rewrite two rationales",
              dueOn: new Date("2026-04-01"),
            },
          },
        },
        include: { actions: true },
      });
      const exerciseA = await getPrisma().standardisationExercise.create({
        data: {
          centreId: world.centreA.id,
          qualificationId: world.qualification.id,
          unitId: world.unitA.id,
          title: "Complaint log",
          evidenceDescription: "An anonymised complaint log",
          criterionIds: world.unitA.criteria.map((criterion) => criterion.id),
          participantUserIds: [world.assessorA.user.id, world.shared.user.id],
          createdById: iqaA.id,
        },
      });
      const samplingPlanA = await getPrisma().samplingPlan.create({
        data: {
          centreId: world.centreA.id,
          qualificationId: world.qualification.id,
          iqaUserId: iqaA.id,
          periodFrom: new Date("2026-01-01"),
          periodTo: new Date("2026-12-31"),
          seed: "isolation",
          status: "RECORDED",
          strategySnapshot: {},
          exclusions: {},
          recordedAt: new Date("2026-04-01"),
          createdById: iqaA.id,
        },
      });
      const planItem = (decisionId: string, planId = samplingPlanA.id) =>
        getPrisma().samplingPlanItem.create({
          data: { centreId: world.centreA.id, planId, unitDecisionId: decisionId, stage: "INTERIM", origin: "PROPOSED", reason: "Chosen" },
        });
      const unsampled = await planItem(world.inCentreA.decision.id);
      const secondPlan = await getPrisma().samplingPlan.create({
        data: { ...samplingPlanA, id: undefined, createdAt: undefined, updatedAt: undefined, strategySnapshot: {}, exclusions: {} },
      });
      const sampledItem = await planItem(world.inCentreA.decision.id, secondPlan.id);
      const samplingRecordA = await getPrisma().samplingRecord.create({
        data: {
          centreId: world.centreA.id,
          planItemId: sampledItem.id,
          unitDecisionId: world.inCentreA.decision.id,
          decisionVersion: 0,
          candidateId: world.candidateInA.id,
          unitId: world.unitA.id,
          assessorUserId: world.assessorA.user.id,
          iqaUserId: iqaA.id,
          stage: "INTERIM",
          sampledOn: new Date("2026-04-02"),
          criterionIds: [world.unitA.criteria[0]!.id],
          evidenceItemIds: [],
          methods: ["OBSERVATION"],
          outcome: "AGREE",
          rationale: "Sound",
        },
      });
      const appealA = await getPrisma().appeal.create({
        data: {
          centreId: world.centreA.id,
          candidateId: world.candidateInA.id,
          unitDecisionId: world.inCentreA.decision.id,
          grounds: "Criterion 1.2 was met",
          lodgedOn: new Date("2026-03-10"),
          lodgedById: world.candidateA.user.id,
        },
      });
      const malpracticeA = await getPrisma().malpracticeCase.create({
        data: {
          centreId: world.centreA.id,
          subject: "CANDIDATE",
          candidateId: world.candidateInA.id,
          suspicion: "Copied answers",
          cameToLightOn: new Date("2026-03-10"),
          recordedById: world.adminA.user.id,
        },
      });
      const visitA = await getPrisma().externalVerifierVisit.create({
        data: { centreId: world.centreA.id, visitOn: new Date("2026-03-05"), status: "PLANNED", externalVerifierName: "Eleanor Price" },
      });
      const completedVisitA = await getPrisma().externalVerifierVisit.create({
        data: { centreId: world.centreA.id, visitOn: new Date("2026-02-05"), status: "COMPLETED", externalVerifierName: "Eleanor Price" },
      });
      const actionPointA = await getPrisma().visitActionPoint.create({
        data: {
          centreId: world.centreA.id,
          visitId: completedVisitA.id,
          kind: "ACTION_POINT",
          description: "Sample unit 3",
          ownerUserId: world.assessorA.user.id,
          dueOn: new Date("2026-04-01"),
          createdById: world.adminA.user.id,
        },
      });
      const packOfA = (status: "READY" | "FAILED") =>
        getPrisma().visitPack.create({
          data: {
            centreId: world.centreA.id,
            visitId: visitA.id,
            status,
            storageKey: status === "READY" ? `visit-packs/${world.centreA.id}/ready` : null,
            requestedById: world.adminA.user.id,
            workInProgressCandidateIds: [],
          },
        });
      const [readyPackA, failedPackA] = [await packOfA("READY"), await packOfA("FAILED")];
      // EV access: a working grant of centre A (to Sam, who is at both centres), and B's own verifier.
      const evAccessA = await getPrisma().externalVerifierAccess.create({
        data: {
          centreId: world.centreA.id,
          externalVerifierUserId: world.shared.user.id,
          expiresOn: new Date(Date.now() + 30 * 86_400_000),
          grantedById: world.adminA.user.id,
          candidates: { create: [{ centreId: world.centreA.id, candidateId: world.candidateInA.id }] },
        },
      });
      const evB = await createUser("Eve Verifier");
      await getPrisma().membership.create({ data: { centreId: world.centreB.id, userId: evB.id, role: "EXTERNAL_VERIFIER" } });
      const priorLearningA = await getPrisma().priorLearningClaim.create({
        data: {
          centreId: world.centreA.id,
          candidateId: world.candidateInA.id,
          unitId: world.unitA.id,
          assessmentCriterionIds: [],
          priorLearning: "Two years in a call centre",
          evidence: "Employer reference",
          recordedById: world.assessorA.user.id,
        },
      });
      const arrangementA = await getPrisma().assessmentArrangement.create({
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
      const directClaimsA = await getPrisma().directClaimsStatus.create({
        data: {
          centreId: world.centreA.id,
          qualificationId: world.qualification.id,
          grantedOn: new Date("2025-09-01"),
          conditions: "Sampled at each visit",
        },
      });
      const claimBatchA = await getPrisma().certificateClaimBatch.create({
        data: {
          centreId: world.centreA.id,
          reference: "CLM-2026-0001",
          status: "CLAIMED",
          claimedOn: new Date("2026-03-10"),
          claimedById: world.adminA.user.id,
          createdById: world.adminA.user.id,
          lines: {
            create: {
              centreId: world.centreA.id,
              candidateId: world.candidateInA.id,
              qualificationId: world.qualification.id,
              kind: "UNIT",
              unitId: world.unitA.id,
              claimKey: `unit:${world.unitA.id}`,
            },
          },
        },
        include: { lines: true },
      });
      const rowsOfA = () =>
        Promise.all([
          getPrisma().certificateClaimBatch.findMany({ where: { centreId: world.centreA.id }, include: { lines: true } }),
          getPrisma().priorLearningClaim.findMany({ where: { centreId: world.centreA.id } }),
          getPrisma().assessmentArrangement.findMany({ where: { centreId: world.centreA.id } }),
          getPrisma().directClaimsStatus.findMany({ where: { centreId: world.centreA.id } }),
          getPrisma().directClaimsStatusEvent.count({ where: { centreId: world.centreA.id } }),
          getPrisma().candidateImport.findMany({ where: { centreId: world.centreA.id } }),
          getPrisma().candidateImportRow.findMany({ where: { centreId: world.centreA.id } }),
        ]);
      const candidateImportA = await getPrisma().candidateImport.create({
        data: {
          centreId: world.centreA.id,
          fileName: "intake.csv",
          fileSha256: "0".repeat(64),
          headers: ["Full name"],
          mapping: { name: "Full name" },
          rowCount: 1,
          createdById: world.adminA.user.id,
        },
      });
      const candidateImportRowA = await getPrisma().candidateImportRow.create({
        data: {
          centreId: world.centreA.id,
          importId: candidateImportA.id,
          lineNumber: 2,
          values: importRowValues(world),
          problems: [{ field: "uln", reason: "Bad check digit" }],
          status: "INVALID",
        },
      });
      const full = {
        ...world,
        priorLearningA: { id: priorLearningA.id },
        arrangementA: { id: arrangementA.id },
        directClaimsA: { id: directClaimsA.id },
        evAccessA: { id: evAccessA.id },
        evB: { id: evB.id },
        visitA: { id: visitA.id },
        actionPointA: { id: actionPointA.id },
        visitPackA: { readyId: readyPackA.id, failedId: failedPackA.id },
        appealA: { id: appealA.id },
        malpracticeA: { id: malpracticeA.id },
        candidateImportA: { id: candidateImportA.id, rowId: candidateImportRowA.id },
        claimBatchA: { id: claimBatchA.id, lineId: claimBatchA.lines[0]!.id },
        invitationA,
        iqaFeedbackA: { id: iqaFeedbackA.id, actionId: iqaFeedbackA.actions[0]!.id },
        exerciseA: { id: exerciseA.id },
        samplingA: { planId: samplingPlanA.id, planItemId: unsampled.id, samplingRecordId: samplingRecordA.id },
      };
      // Centre B's IQA, for the IQA's own actions.
      const iqaB = await createUser("Ian Iqa");
      await getPrisma().membership.create({ data: { centreId: world.centreB.id, userId: iqaB.id, role: "IQA" } });
      // Centre B's head of centre, for malpractice cases.
      const headB = await createUser("Hugo Head");
      await getPrisma().membership.create({
        data: { centreId: world.centreB.id, userId: headB.id, role: "CENTRE_ADMIN", isHeadOfCentre: true },
      });
      const actorUserId = {
        headB: headB.id,
        adminB: world.adminB.user.id,
        assessorB: world.assessorB.user.id,
        candidateB: world.candidateUserB.id,
        iqaB: iqaB.id,
      }[foreignCase.as];
      const actor = world.actor(actorUserId, world.centreB.id);
      const before = { memberships: await getPrisma().membership.findMany({ where: { centreId: world.centreA.id } }), invitationA };
      const snapshot = await centreAssessmentSnapshot(world.centreA.id);
      const rowsBefore = await rowsOfA();
      const input = foreignCase.input(full);
      const foreign = await runAction(definition, actor, input);
      const missing = await runAction(definition, actor, withMissingIds(input, full));
      expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(foreign).toEqual(missing);
      expect(await getPrisma().membership.findMany({ where: { centreId: world.centreA.id } })).toEqual(before.memberships);
      expect(await getPrisma().invitation.findUniqueOrThrow({ where: { id: invitationA.id } })).toEqual(invitationA);
      expect(await centreAssessmentSnapshot(world.centreA.id)).toEqual(snapshot);
      expect(await rowsOfA()).toEqual(rowsBefore);
      expect(await getPrisma().auditEvent.count({ where: { centreId: world.centreA.id } })).toBe(0);
    });
  }

  it("every action in the registry is covered above", () => {
    expect(Object.keys(foreignInputs).sort()).toEqual(Object.keys(centreActions).sort());
    expect(Object.keys(outsideCentre).sort()).toEqual([...Object.keys(personalActions), ...Object.keys(publicActions)].sort());
    expect(Object.keys(foreignInputs).length + Object.keys(outsideCentre).length + Object.keys(awardingBodyActions).length).toBe(
      allActions.length,
    );
  });

  it('action session.switchWorkspace: a centre the person does not belong to is "not found"', async () => {
    const world = await createCentreWorld();
    const result = await runAction(personalActions.switchWorkspace, world.actor(world.adminB.user.id, world.centreB.id), {
      workspaceKey: workspaceKey.centre(world.centreA.id),
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const allowed = await runAction(personalActions.switchWorkspace, world.actor(world.shared.user.id, world.centreB.id), {
      workspaceKey: workspaceKey.centre(world.centreA.id),
    });
    expect(allowed).toMatchObject({ ok: true, data: { name: "Alpha College" } });
  });

  it("reads: a staff member of another centre is not found; lists hold only the own centre", async () => {
    const world = await createCentreWorld();
    const accessB = await resolveAccessContext(getPrisma(), {
      userId: world.adminB.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    if (!accessB) throw new Error("no access");
    expect(accessB.workspace.key).toBe(workspaceKey.centre(world.centreB.id));
    await expect(getCentreStaffMember(accessB, world.assessorA.membership.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCentreStaffMember(accessB, missingId)).rejects.toBeInstanceOf(AppError);
    const staff = await listCentreStaff(accessB);
    expect(staff.map((s) => s.user.name).sort()).toEqual(["Bea Admin", "Ben Assessor", "Sam Shared"]);
    const audit = await listCentreAuditEvents(accessB, { page: 1 });
    expect(audit.events.every((e) => e.centreId === world.centreB.id)).toBe(true);
    // Centre A's history of its own membership is invisible from B, even with the right id.
    const accessA = await resolveAccessContext(getPrisma(), { userId: world.adminA.user.id });
    await runAction(centreActions.deactivateStaffMember, world.actor(world.adminA.user.id, world.centreA.id), {
      membershipId: world.assessorA.membership.id,
      version: 1,
    });
    const target = { targetType: "Membership", targetId: world.assessorA.membership.id };
    expect((await listRecordHistory(accessA!, target)).map((e) => e.action)).toEqual(["staff.deactivate"]);
    expect(await listRecordHistory(accessB, target)).toEqual([]);
  });

  it("a person with roles at both centres sees each centre's staff only while working in it", async () => {
    const world = await createCentreWorld();
    await getPrisma().membership.update({ where: { id: world.shared.membershipA.id }, data: { role: "IQA" } });
    await getPrisma().membership.update({ where: { id: world.shared.membershipB.id }, data: { role: "IQA" } });
    const inA = await resolveAccessContext(getPrisma(), {
      userId: world.shared.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreA.id),
    });
    const inB = await resolveAccessContext(getPrisma(), {
      userId: world.shared.user.id,
      requestedWorkspaceKey: workspaceKey.centre(world.centreB.id),
    });
    const namesA = (await listCentreStaff(inA!)).map((s) => s.user.name);
    const namesB = (await listCentreStaff(inB!)).map((s) => s.user.name);
    expect(namesA).toContain("Alan Assessor");
    expect(namesA).not.toContain("Ben Assessor");
    expect(namesB).toContain("Ben Assessor");
    expect(namesB).not.toContain("Alan Assessor");
  });

  it("reads: another awarding body's qualification is not found by a centre it did not approve", async () => {
    const world = await createCentreWorld();
    const otherBody = await getPrisma().awardingBody.create({ data: { name: `ICS ${world.centreA.id}`, legalName: "Another body" } });
    const ours = await getPrisma().qualification.create({
      data: {
        awardingBodyId: world.body.id,
        qualificationNumber: `Q-${world.centreA.id}`,
        title: "Ours",
        level: 3,
        ruleOfCombination: { groups: [], rules: [] },
      },
    });
    const theirs = await getPrisma().qualification.create({
      data: {
        awardingBodyId: otherBody.id,
        qualificationNumber: `Q-${world.centreB.id}`,
        title: "Theirs",
        level: 3,
        ruleOfCombination: { groups: [], rules: [] },
      },
    });
    const access = await resolveAccessContext(getPrisma(), { userId: world.assessorA.user.id });
    if (!access) throw new Error("no access");
    expect((await getQualificationWithUnits(access, ours.id)).title).toBe("Ours");
    await expect(getQualificationWithUnits(access, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listQualifications(access)).map((q) => q.title)).toEqual(["Ours"]);
  });

  it("reads: another centre's sampling plan item and RD11 are not found, like missing ones", async () => {
    const world = await createAssessmentWorld();
    const db = getPrisma();
    const iqaA = await createUser("Ivy Iqa");
    const iqaB = await createUser("Ian Iqa");
    await db.membership.create({ data: { centreId: world.centreA.id, userId: iqaA.id, role: "IQA" } });
    await db.membership.create({ data: { centreId: world.centreB.id, userId: iqaB.id, role: "IQA" } });
    const plan = await db.samplingPlan.create({
      data: {
        centreId: world.centreA.id,
        qualificationId: world.qualification.id,
        iqaUserId: iqaA.id,
        periodFrom: new Date("2026-01-01"),
        periodTo: new Date("2026-12-31"),
        seed: "isolation",
        status: "RECORDED",
        strategySnapshot: {},
        exclusions: {},
        createdById: iqaA.id,
      },
    });
    const item = await db.samplingPlanItem.create({
      data: {
        centreId: world.centreA.id,
        planId: plan.id,
        unitDecisionId: world.inCentreA.decision.id,
        stage: "INTERIM",
        origin: "PROPOSED",
        reason: "Chosen",
      },
    });
    const accessA = await resolveAccessContext(db, { userId: iqaA.id, requestedWorkspaceKey: workspaceKey.centre(world.centreA.id) });
    const accessB = await resolveAccessContext(db, { userId: iqaB.id, requestedWorkspaceKey: workspaceKey.centre(world.centreB.id) });
    if (!accessA || !accessB) throw new Error("no access");
    expect((await getSamplingItemPage(accessA, plan.id, item.id)).decision.id).toBe(world.inCentreA.decision.id);
    expect((await getRd11(accessA, plan.id)).plan.id).toBe(plan.id);
    await expect(getSamplingItemPage(accessB, plan.id, item.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Sampling plan item not found.",
    });
    await expect(getSamplingItemPage(accessB, missingId, missingId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Sampling plan item not found.",
    });
    await expect(getRd11(accessB, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Sampling plan not found." });
    await expect(getRd11(accessB, missingId)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Sampling plan not found." });
    // An assessor of centre A has no sampling.view: not found either.
    const assessorA = await resolveAccessContext(db, { userId: world.assessorA.user.id });
    await expect(getRd11(assessorA!, plan.id)).rejects.toBeInstanceOf(AppError);
  });
});
