import "server-only";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { changePassword } from "@/lib/account/change-password";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { inviteStaffMember } from "@/lib/staff/invite-staff-member";
import { changeStaffRole } from "@/lib/staff/change-staff-role";
import { resendInvitation } from "@/lib/staff/resend-invitation";
import { withdrawInvitation } from "@/lib/staff/withdraw-invitation";
import { deactivateStaffMember, reactivateStaffMember } from "@/lib/staff/set-staff-membership-status";
import { verifyStaffRecord } from "@/lib/staff/verify-staff-record";
import { withdrawStaffRecordVerification } from "@/lib/staff/withdraw-staff-record-verification";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { resetPassword } from "@/lib/password-reset/reset-password";
import { unlockSignIn } from "@/lib/auth/unlock-sign-in";
import { registerCandidate } from "@/lib/candidates/register-candidate";
import { previewCandidateImport } from "@/lib/candidate-import/preview-candidate-import";
import { fixCandidateImportRow } from "@/lib/candidate-import/fix-candidate-import-row";
import { importCandidates } from "@/lib/candidate-import/import-candidates";
import { updateRegistration } from "@/lib/candidates/update-registration";
import { confirmEntry } from "@/lib/candidates/confirm-entry";
import { allocateStaff } from "@/lib/candidates/allocate-staff";
import { withdrawCandidate } from "@/lib/candidates/withdraw-candidate";
import { reinstateCandidate } from "@/lib/candidates/reinstate-candidate";
import { declareConflict } from "@/lib/conflicts/declare-conflict";
import { endConflict } from "@/lib/conflicts/end-conflict";
import { enterUnitCriteria } from "@/lib/unit-criteria/enter-unit-criteria";
import { recordStaffQualification } from "@/lib/professional-record/record-staff-qualification";
import { removeStaffQualification } from "@/lib/professional-record/remove-staff-qualification";
import { recordOccupationalCompetence } from "@/lib/professional-record/record-occupational-competence";
import { removeOccupationalCompetence } from "@/lib/professional-record/remove-occupational-competence";
import { recordQualificationCompetence } from "@/lib/professional-record/record-qualification-competence";
import { recordStaffFile } from "@/lib/staff-files/record-staff-file";
import { removeStaffFile } from "@/lib/staff-files/remove-staff-file";
import { recordCpdEntry } from "@/lib/cpd/record-cpd-entry";
import { updateCpdEntry } from "@/lib/cpd/update-cpd-entry";
import { removeCpdEntry } from "@/lib/cpd/remove-cpd-entry";
import { recordWitnessStatement } from "@/lib/witness-statements/record-witness-statement";
import { updateWitnessStatement } from "@/lib/witness-statements/update-witness-statement";
import { createAssessmentPlan } from "@/lib/assessment-plans/create-assessment-plan";
import { updateAssessmentPlan } from "@/lib/assessment-plans/update-assessment-plan";
import { confirmAssessmentPlan } from "@/lib/assessment-plans/confirm-assessment-plan";
import { giveFeedback } from "@/lib/feedback/give-feedback";
import { replyToFeedback } from "@/lib/feedback/reply-to-feedback";
import { lodgeAppeal } from "@/lib/appeals/lodge-appeal";
import { acknowledgeAppeal } from "@/lib/appeals/acknowledge-appeal";
import { startAppealReview } from "@/lib/appeals/start-appeal-review";
import { decideAppeal } from "@/lib/appeals/decide-appeal";
import { withdrawAppeal } from "@/lib/appeals/withdraw-appeal";
import { referAppeal } from "@/lib/appeals/refer-appeal";
import { recordAppealReferralOutcome } from "@/lib/appeals/record-appeal-referral-outcome";
import { recordMalpracticeCase } from "@/lib/malpractice/record-malpractice-case";
import { addMalpracticeNote } from "@/lib/malpractice/add-malpractice-note";
import { recordMalpracticeReport } from "@/lib/malpractice/record-malpractice-report";
import { closeMalpracticeCase } from "@/lib/malpractice/close-malpractice-case";
import { createClaimBatch } from "@/lib/certificate-claims/create-claim-batch";
import { removeClaimLine } from "@/lib/certificate-claims/remove-claim-line";
import { markBatchClaimed } from "@/lib/certificate-claims/mark-batch-claimed";
import { recordCertificateReceived } from "@/lib/certificate-claims/record-certificate-received";
import { downloadClaimBatchFile } from "@/lib/certificate-claims/download-claim-batch-file";
import { recordPriorLearning } from "@/lib/prior-learning/record-prior-learning";
import { decidePriorLearning } from "@/lib/prior-learning/decide-prior-learning";
import { recordArrangement } from "@/lib/assessment-arrangements/record-arrangement";
import { changeArrangement } from "@/lib/assessment-arrangements/change-arrangement";
import { removeArrangement } from "@/lib/assessment-arrangements/remove-arrangement";
import { recordDirectClaimsStatus } from "@/lib/direct-claims/record-direct-claims-status";
import { changeDirectClaimsStatus } from "@/lib/direct-claims/change-direct-claims-status";
import { withdrawDirectClaimsStatus } from "@/lib/direct-claims/withdraw-direct-claims-status";
import { reinstateDirectClaimsStatus } from "@/lib/direct-claims/reinstate-direct-claims-status";
import { signUnitDeclaration } from "@/lib/sign-off/sign-unit-declaration";
import { signOffUnit } from "@/lib/sign-off/sign-off-unit";
import { countersignUnitDecision } from "@/lib/sign-off/countersign-unit-decision";
import { recordFormativeDecision } from "@/lib/sign-off/record-formative-decision";
import { amendUnitDecision } from "@/lib/sign-off/amend-unit-decision";
import { signUnitDecision } from "@/lib/sign-off/sign-unit-decision";
import { recordActivity } from "@/lib/activities/record-activity";
import { saveActivityDraft } from "@/lib/activities/save-activity-draft";
import { discardActivityDraft } from "@/lib/activities/discard-activity-draft";
import { commentOnActivity } from "@/lib/activities/comment-on-activity";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { judgeEvidence } from "@/lib/evidence/judge-evidence";
import { updateEvidenceCriteria } from "@/lib/evidence/update-evidence-criteria";
import { uploadFile } from "@/lib/files/upload-file";
import { discardFile } from "@/lib/files/discard-file";
import { giveIqaFeedback } from "@/lib/iqa-feedback/give-iqa-feedback";
import { acknowledgeIqaFeedback } from "@/lib/iqa-feedback/acknowledge-iqa-feedback";
import { completeIqaAction } from "@/lib/iqa-feedback/complete-iqa-action";
import { recordStandardisationMeeting } from "@/lib/standardisation/record-standardisation-meeting";
import { openStandardisationExercise } from "@/lib/standardisation/open-standardisation-exercise";
import { judgeStandardisationExercise } from "@/lib/standardisation/judge-standardisation-exercise";
import { closeStandardisationExercise } from "@/lib/standardisation/close-standardisation-exercise";
import { changeRiskAfterStandardisation } from "@/lib/standardisation/change-risk-after-standardisation";
import { saveSamplingStrategy } from "@/lib/sampling/save-sampling-strategy";
import { recordRiskRating } from "@/lib/sampling/record-risk-rating";
import { recordSampling } from "@/lib/sampling-records/record-sampling";
import { countersignAsIqa } from "@/lib/sampling-records/countersign-as-iqa";
import { proposeSamplingPlan } from "@/lib/sampling/propose-sampling-plan";
import { addPlanItem } from "@/lib/sampling/add-plan-item";
import { dropPlanItem } from "@/lib/sampling/drop-plan-item";
import { recordSamplingPlan } from "@/lib/sampling/record-sampling-plan";
import { addSchool } from "@/lib/schools/add-school";
import { updateSchool } from "@/lib/schools/update-school";
import { recordIctMarkAward } from "@/lib/schools/record-ict-mark-award";
import { notifyCircumstanceChange } from "@/lib/circumstances/notify-circumstance-change";
import { acknowledgeCircumstanceChange } from "@/lib/circumstances/acknowledge-circumstance-change";
import { recordSampleSignature } from "@/lib/sample-signatures/record-sample-signature";
import { sendRenewalReminder } from "@/lib/schools/send-renewal-reminder";
import { editAwardingBodyPolicy } from "@/lib/policies/edit-awarding-body-policy";
import { recordApprovalEvent } from "@/lib/approvals/record-approval-event";
import { startApproval } from "@/lib/approvals/start-approval";
import { recordBreach } from "@/lib/supporting-reviews/record-breach";
import { recordCorrespondence } from "@/lib/supporting-reviews/record-correspondence";
import { recordNoResponse } from "@/lib/supporting-reviews/record-no-response";
import { closeSupportingReview } from "@/lib/supporting-reviews/close-supporting-review";
import { withdrawApproval } from "@/lib/supporting-reviews/withdraw-approval";
import { createQaRequest } from "@/lib/qa-requests/create-qa-request";
import { completeQaRequest } from "@/lib/qa-requests/complete-qa-request";
import { cancelQaRequest } from "@/lib/qa-requests/cancel-qa-request";
import { answerQaRequest } from "@/lib/qa-requests/answer-qa-request";
import { scheduleVisit } from "@/lib/visits/schedule-visit";
import { rescheduleVisit } from "@/lib/visits/reschedule-visit";
import { cancelVisit } from "@/lib/visits/cancel-visit";
import { recordVisitReport } from "@/lib/visits/record-visit-report";
import { addVisitActionPoint } from "@/lib/visits/add-visit-action-point";
import { completeVisitActionPoint } from "@/lib/visits/complete-visit-action-point";
import { downloadVisitPack } from "@/lib/visit-pack/download-visit-pack";
import { requestVisitPack } from "@/lib/visit-pack/request-visit-pack";
import { retryVisitPack } from "@/lib/visit-pack/retry-visit-pack";
// EV access (issue 10): the admin grants and revokes an external verifier's read-only access.
import { grantExternalVerifierAccess } from "@/lib/external-verifier-access/grant-external-verifier-access";
import { revokeExternalVerifierAccess } from "@/lib/external-verifier-access/revoke-external-verifier-access";
// Qualification import (issue 10): a centre's own qualification, or one for the body's catalogue.
import { importQualification } from "@/lib/qualification-import/import-qualification";
import { importCatalogueQualification } from "@/lib/qualification-import/import-catalogue-qualification";

// Every action the app exposes. tests/actions-registry.test.ts finds every action definition
// under lib/ and every action an app/**/actions.ts runs, and fails when one is missing here;
// tests/two-centre-isolation.integration.test.ts walks every entry with another centre's person.
export const centreActions = {
  recordActivity,
  saveActivityDraft,
  discardActivityDraft,
  commentOnActivity,
  addEvidence,
  judgeEvidence,
  updateEvidenceCriteria,
  inviteStaffMember,
  resendInvitation,
  withdrawInvitation,
  changeStaffRole,
  deactivateStaffMember,
  reactivateStaffMember,
  verifyStaffRecord,
  withdrawStaffRecordVerification,
  recordWitnessStatement,
  updateWitnessStatement,
  createAssessmentPlan,
  updateAssessmentPlan,
  confirmAssessmentPlan,
  giveFeedback,
  replyToFeedback,
  lodgeAppeal,
  acknowledgeAppeal,
  startAppealReview,
  decideAppeal,
  withdrawAppeal,
  referAppeal,
  recordAppealReferralOutcome,
  recordMalpracticeCase,
  addMalpracticeNote,
  recordMalpracticeReport,
  closeMalpracticeCase,
  createClaimBatch,
  removeClaimLine,
  markBatchClaimed,
  recordCertificateReceived,
  downloadClaimBatchFile,
  recordPriorLearning,
  decidePriorLearning,
  recordArrangement,
  changeArrangement,
  removeArrangement,
  recordDirectClaimsStatus,
  changeDirectClaimsStatus,
  withdrawDirectClaimsStatus,
  reinstateDirectClaimsStatus,
  registerCandidate,
  previewCandidateImport,
  fixCandidateImportRow,
  importCandidates,
  updateRegistration,
  confirmEntry,
  allocateStaff,
  withdrawCandidate,
  reinstateCandidate,
  enterUnitCriteria,
  signUnitDeclaration,
  signOffUnit,
  countersignUnitDecision,
  recordFormativeDecision,
  amendUnitDecision,
  signUnitDecision,
  uploadFile,
  discardFile,
  giveIqaFeedback,
  acknowledgeIqaFeedback,
  completeIqaAction,
  recordStandardisationMeeting,
  openStandardisationExercise,
  judgeStandardisationExercise,
  closeStandardisationExercise,
  changeRiskAfterStandardisation,
  saveSamplingStrategy,
  recordRiskRating,
  recordSampling,
  countersignAsIqa,
  proposeSamplingPlan,
  addPlanItem,
  dropPlanItem,
  recordSamplingPlan,
  scheduleVisit,
  rescheduleVisit,
  cancelVisit,
  recordVisitReport,
  addVisitActionPoint,
  completeVisitActionPoint,
  requestVisitPack,
  retryVisitPack,
  downloadVisitPack,
  grantExternalVerifierAccess,
  revokeExternalVerifierAccess,
  importQualification,
};
export const personalActions = {
  switchWorkspace,
  changePassword,
  acceptInvitation,
  declineInvitation,
  recordStaffQualification,
  removeStaffQualification,
  recordOccupationalCompetence,
  removeOccupationalCompetence,
  recordQualificationCompetence,
  recordStaffFile,
  removeStaffFile,
  recordCpdEntry,
  updateCpdEntry,
  removeCpdEntry,
  notifyCircumstanceChange,
  recordSampleSignature,
  declareConflict,
  endConflict,
  answerQaRequest,
};
/** Actions within the active awarding body (tests/two-body-isolation.integration.test.ts walks each). */
export const awardingBodyActions = {
  startApproval,
  recordApprovalEvent,
  editAwardingBodyPolicy,
  addSchool,
  updateSchool,
  recordIctMarkAward,
  sendRenewalReminder,
  acknowledgeCircumstanceChange,
  recordBreach,
  recordCorrespondence,
  recordNoResponse,
  closeSupportingReview,
  withdrawApproval,
  createQaRequest,
  completeQaRequest,
  cancelQaRequest,
  importCatalogueQualification,
};
export const publicActions = { acceptInvitationWithNewAccount, requestPasswordReset, resetPassword, unlockSignIn };

/** Every action by name and audit label (what the audit trail and the registry test need). */
export const allActions: readonly { name: string; audit: { label: string } }[] = [
  ...Object.values(centreActions),
  ...Object.values(awardingBodyActions),
  ...Object.values(personalActions),
  ...Object.values(publicActions),
];
