-- CreateEnum
CREATE TYPE "EntryType" AS ENUM ('FULL_AWARD', 'UNITS');

-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('ACTIVE', 'WITHDRAWN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AssessmentMethod" AS ENUM ('OBSERVATION', 'QUESTIONING', 'PROFESSIONAL_DISCUSSION', 'WORK_PRODUCT', 'WITNESS_TESTIMONY', 'EXPERT_WITNESS_TESTIMONY', 'PERSONAL_STATEMENT', 'ASSIGNMENT', 'RECOGNITION_OF_PRIOR_LEARNING');

-- CreateEnum
CREATE TYPE "AssessmentPlanStatus" AS ENUM ('AWAITING_CANDIDATE', 'AGREED');

-- CreateEnum
CREATE TYPE "ActivityDecision" AS ENUM ('CRITERIA_MET', 'PARTLY_MET', 'NOT_YET_MET');

-- CreateEnum
CREATE TYPE "CriterionJudgement" AS ENUM ('MET', 'PARTLY_MET', 'NOT_YET_MET');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('AWAITING_JUDGEMENT', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "WitnessStatementForm" AS ENUM ('WRITTEN', 'RECORDED_BY_ASSESSOR');

-- CreateEnum
CREATE TYPE "DecisionType" AS ENUM ('FORMATIVE', 'SUMMATIVE');

-- CreateEnum
CREATE TYPE "UnitOutcome" AS ENUM ('ACHIEVED', 'NOT_YET_ACHIEVED');

-- CreateEnum
CREATE TYPE "UnitDecisionStatus" AS ENUM ('RECORDED', 'AWAITING_COUNTERSIGNATURE', 'SIGNED_OFF', 'REOPENED');

-- CreateEnum
CREATE TYPE "SignedRecordType" AS ENUM ('ASSESSMENT_PLAN', 'UNIT_EVIDENCE_DECLARATION', 'UNIT_DECISION');

-- CreateEnum
CREATE TYPE "SignatureRole" AS ENUM ('CANDIDATE', 'ASSESSOR', 'COUNTERSIGNING_ASSESSOR', 'IQA');

-- CreateEnum
CREATE TYPE "ConflictRelationship" AS ENUM ('FAMILY', 'CLOSE_PERSONAL', 'SOCIAL', 'LINE_MANAGER', 'COACH_OR_MENTOR', 'EMPLOYER', 'FINANCIAL_INTEREST', 'SUPPORTED_SELF_REVIEW', 'GENERAL_SUPPORT');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('LODGED', 'UPHELD', 'NOT_UPHELD', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "LearningOutcome" (
    "id" UUID NOT NULL,
    "centreId" UUID,
    "unitId" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "title" TEXT,
    "position" INTEGER NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentCriterion" (
    "id" UUID NOT NULL,
    "centreId" UUID,
    "unitId" UUID NOT NULL,
    "learningOutcomeId" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AssessmentCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "userId" UUID,
    "invitationId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "address" TEXT,
    "dateOfBirth" DATE NOT NULL,
    "uln" TEXT,
    "publiclyFunded" BOOLEAN NOT NULL DEFAULT false,
    "employer" TEXT,
    "workplace" TEXT,
    "qualificationId" UUID NOT NULL,
    "entryType" "EntryType" NOT NULL,
    "entryUnitIds" UUID[],
    "startDate" DATE NOT NULL,
    "entryConfirmedOn" DATE,
    "assessorUserId" UUID,
    "iqaUserId" UUID,
    "initialAssessmentOn" DATE,
    "initialAssessmentOutcome" TEXT,
    "specialAssessmentRequirements" TEXT,
    "status" "CandidateStatus" NOT NULL DEFAULT 'ACTIVE',
    "withdrawnOn" DATE,
    "withdrawalReason" TEXT,
    "completedOn" DATE,
    "registeredById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPlan" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "activities" TEXT NOT NULL,
    "methods" "AssessmentMethod"[],
    "evidenceSources" TEXT NOT NULL,
    "unitIds" UUID[],
    "plannedOn" DATE,
    "reviewOn" DATE,
    "place" TEXT,
    "peopleInvolved" TEXT,
    "status" "AssessmentPlanStatus" NOT NULL DEFAULT 'AWAITING_CANDIDATE',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssessmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentActivity" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "method" "AssessmentMethod" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "decision" "ActivityDecision" NOT NULL,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "candidateComment" TEXT,
    "busyDayJustification" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssessmentActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityCriterion" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "judgement" "CriterionJudgement" NOT NULL,
    "howMet" TEXT NOT NULL,

    CONSTRAINT "ActivityCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "method" "AssessmentMethod" NOT NULL,
    "location" TEXT NOT NULL,
    "description" TEXT,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'AWAITING_JUDGEMENT',
    "rejectionReason" TEXT,
    "anonymisationConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "simulated" BOOLEAN NOT NULL DEFAULT false,
    "authenticatedBy" TEXT,
    "previousSubmissionId" UUID,
    "submittedById" UUID NOT NULL,
    "judgedById" UUID,
    "judgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceCriterion" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "evidenceItemId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "suggestedByCandidate" BOOLEAN NOT NULL DEFAULT false,
    "judgement" "CriterionJudgement",

    CONSTRAINT "EvidenceCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WitnessStatement" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "evidenceItemId" UUID NOT NULL,
    "form" "WitnessStatementForm" NOT NULL,
    "witnessName" TEXT NOT NULL,
    "witnessJobTitle" TEXT,
    "witnessContactDetails" TEXT,
    "relationshipToCandidate" TEXT,
    "activityDate" DATE,
    "activityTime" TEXT,
    "venue" TEXT,
    "description" TEXT,
    "writtenOn" DATE,
    "signedOrConfirmedByWitness" BOOLEAN NOT NULL DEFAULT false,
    "witnessIsRelative" BOOLEAN NOT NULL DEFAULT false,
    "writtenByCandidate" BOOLEAN NOT NULL DEFAULT false,
    "expertInOccupationSince" DATE,
    "authenticityCheckedById" UUID,
    "authenticityCheckedOn" DATE,
    "authenticityCheckMethod" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WitnessStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "evidenceItemId" UUID,
    "activityId" UUID,
    "achieved" TEXT NOT NULL,
    "nextSteps" TEXT NOT NULL,
    "plannedActions" TEXT,
    "candidateResponse" TEXT,
    "candidateRespondedAt" TIMESTAMP(3),
    "givenById" UUID NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitDecision" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "decisionType" "DecisionType" NOT NULL,
    "outcome" "UnitOutcome" NOT NULL,
    "rationale" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "status" "UnitDecisionStatus" NOT NULL DEFAULT 'RECORDED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "UnitDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordVersion" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "recordType" "SignedRecordType" NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "recordVersionId" UUID NOT NULL,
    "recordType" "SignedRecordType" NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "signerUserId" UUID NOT NULL,
    "role" "SignatureRole" NOT NULL,
    "statement" TEXT NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictOfInterestDeclaration" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "staffUserId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "relationship" "ConflictRelationship" NOT NULL,
    "details" TEXT,
    "declaredOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConflictOfInterestDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "unitDecisionId" UUID,
    "grounds" TEXT NOT NULL,
    "lodgedOn" DATE NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'LODGED',
    "lodgedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "evidenceItemId" UUID,
    "activityId" UUID,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityDraft" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "clientDraftId" TEXT NOT NULL,
    "candidateId" UUID,
    "content" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffQualification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "held" BOOLEAN NOT NULL,
    "achievedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffQualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OccupationalCompetence" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "basis" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OccupationalCompetence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningOutcome_centreId_unitId_idx" ON "LearningOutcome"("centreId", "unitId");

-- CreateIndex
CREATE INDEX "AssessmentCriterion_centreId_unitId_idx" ON "AssessmentCriterion"("centreId", "unitId");

-- CreateIndex
CREATE INDEX "AssessmentCriterion_learningOutcomeId_idx" ON "AssessmentCriterion"("learningOutcomeId");

-- CreateIndex
CREATE INDEX "Candidate_centreId_assessorUserId_status_idx" ON "Candidate"("centreId", "assessorUserId", "status");

-- CreateIndex
CREATE INDEX "Candidate_centreId_iqaUserId_idx" ON "Candidate"("centreId", "iqaUserId");

-- CreateIndex
CREATE INDEX "Candidate_centreId_status_name_idx" ON "Candidate"("centreId", "status", "name");

-- CreateIndex
CREATE INDEX "Candidate_centreId_userId_idx" ON "Candidate"("centreId", "userId");

-- CreateIndex
CREATE INDEX "Candidate_centreId_invitationId_idx" ON "Candidate"("centreId", "invitationId");

-- CreateIndex
CREATE INDEX "AssessmentPlan_centreId_candidateId_status_idx" ON "AssessmentPlan"("centreId", "candidateId", "status");

-- CreateIndex
CREATE INDEX "AssessmentActivity_centreId_candidateId_occurredOn_idx" ON "AssessmentActivity"("centreId", "candidateId", "occurredOn");

-- CreateIndex
CREATE INDEX "AssessmentActivity_centreId_assessorUserId_occurredOn_idx" ON "AssessmentActivity"("centreId", "assessorUserId", "occurredOn");

-- CreateIndex
CREATE INDEX "ActivityCriterion_centreId_criterionId_idx" ON "ActivityCriterion"("centreId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityCriterion_centreId_activityId_criterionId_key" ON "ActivityCriterion"("centreId", "activityId", "criterionId");

-- CreateIndex
CREATE INDEX "EvidenceItem_centreId_status_idx" ON "EvidenceItem"("centreId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceItem_centreId_candidateId_reference_key" ON "EvidenceItem"("centreId", "candidateId", "reference");

-- CreateIndex
CREATE INDEX "EvidenceCriterion_centreId_criterionId_idx" ON "EvidenceCriterion"("centreId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceCriterion_centreId_evidenceItemId_criterionId_key" ON "EvidenceCriterion"("centreId", "evidenceItemId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "WitnessStatement_evidenceItemId_key" ON "WitnessStatement"("evidenceItemId");

-- CreateIndex
CREATE INDEX "WitnessStatement_centreId_candidateId_idx" ON "WitnessStatement"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "Feedback_centreId_candidateId_givenAt_idx" ON "Feedback"("centreId", "candidateId", "givenAt");

-- CreateIndex
CREATE INDEX "Feedback_centreId_evidenceItemId_idx" ON "Feedback"("centreId", "evidenceItemId");

-- CreateIndex
CREATE INDEX "Feedback_centreId_activityId_idx" ON "Feedback"("centreId", "activityId");

-- CreateIndex
CREATE INDEX "UnitDecision_centreId_candidateId_unitId_idx" ON "UnitDecision"("centreId", "candidateId", "unitId");

-- CreateIndex
CREATE INDEX "UnitDecision_centreId_status_idx" ON "UnitDecision"("centreId", "status");

-- CreateIndex
CREATE INDEX "UnitDecision_centreId_assessorUserId_status_idx" ON "UnitDecision"("centreId", "assessorUserId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "RecordVersion_centreId_recordType_recordId_version_key" ON "RecordVersion"("centreId", "recordType", "recordId", "version");

-- CreateIndex
CREATE INDEX "Signature_centreId_recordType_recordId_idx" ON "Signature"("centreId", "recordType", "recordId");

-- CreateIndex
CREATE INDEX "Signature_centreId_signerUserId_signedAt_idx" ON "Signature"("centreId", "signerUserId", "signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_centreId_recordVersionId_role_key" ON "Signature"("centreId", "recordVersionId", "role");

-- CreateIndex
CREATE INDEX "ConflictOfInterestDeclaration_centreId_candidateId_idx" ON "ConflictOfInterestDeclaration"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "ConflictOfInterestDeclaration_centreId_staffUserId_idx" ON "ConflictOfInterestDeclaration"("centreId", "staffUserId");

-- CreateIndex
CREATE INDEX "Appeal_centreId_status_idx" ON "Appeal"("centreId", "status");

-- CreateIndex
CREATE INDEX "Appeal_centreId_candidateId_idx" ON "Appeal"("centreId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_centreId_candidateId_idx" ON "StoredFile"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "StoredFile_centreId_evidenceItemId_idx" ON "StoredFile"("centreId", "evidenceItemId");

-- CreateIndex
CREATE INDEX "StoredFile_centreId_activityId_idx" ON "StoredFile"("centreId", "activityId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityDraft_centreId_userId_clientDraftId_key" ON "ActivityDraft"("centreId", "userId", "clientDraftId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffQualification_userId_code_key" ON "StaffQualification"("userId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "OccupationalCompetence_userId_unitId_key" ON "OccupationalCompetence"("userId", "unitId");

-- AddForeignKey
ALTER TABLE "LearningOutcome" ADD CONSTRAINT "LearningOutcome_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningOutcome" ADD CONSTRAINT "LearningOutcome_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCriterion" ADD CONSTRAINT "AssessmentCriterion_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCriterion" ADD CONSTRAINT "AssessmentCriterion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentCriterion" ADD CONSTRAINT "AssessmentCriterion_learningOutcomeId_fkey" FOREIGN KEY ("learningOutcomeId") REFERENCES "LearningOutcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_iqaUserId_fkey" FOREIGN KEY ("iqaUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPlan" ADD CONSTRAINT "AssessmentPlan_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentActivity" ADD CONSTRAINT "AssessmentActivity_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentActivity" ADD CONSTRAINT "AssessmentActivity_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCriterion" ADD CONSTRAINT "ActivityCriterion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "AssessmentActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCriterion" ADD CONSTRAINT "ActivityCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "AssessmentCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_previousSubmissionId_fkey" FOREIGN KEY ("previousSubmissionId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceCriterion" ADD CONSTRAINT "EvidenceCriterion_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceCriterion" ADD CONSTRAINT "EvidenceCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "AssessmentCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WitnessStatement" ADD CONSTRAINT "WitnessStatement_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WitnessStatement" ADD CONSTRAINT "WitnessStatement_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "AssessmentActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitDecision" ADD CONSTRAINT "UnitDecision_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitDecision" ADD CONSTRAINT "UnitDecision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitDecision" ADD CONSTRAINT "UnitDecision_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_recordVersionId_fkey" FOREIGN KEY ("recordVersionId") REFERENCES "RecordVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_signerUserId_fkey" FOREIGN KEY ("signerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_unitDecisionId_fkey" FOREIGN KEY ("unitDecisionId") REFERENCES "UnitDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "AssessmentActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffQualification" ADD CONSTRAINT "StaffQualification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationalCompetence" ADD CONSTRAINT "OccupationalCompetence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationalCompetence" ADD CONSTRAINT "OccupationalCompetence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
