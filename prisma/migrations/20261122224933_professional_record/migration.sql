-- CreateEnum
CREATE TYPE "ConflictSubject" AS ENUM ('CANDIDATE', 'CENTRE', 'SCHOOL');

-- CreateEnum
CREATE TYPE "StaffFileKind" AS ENUM ('CERTIFICATE', 'CV', 'ROLE_PROFILE', 'CPD_EVIDENCE');

-- CreateEnum
CREATE TYPE "CpdCategory" AS ENUM ('ASSESSOR_SKILLS', 'OCCUPATIONAL_KNOWLEDGE');

-- CreateEnum
CREATE TYPE "CircumstanceChangeKind" AS ENUM ('EMPLOYER', 'ROLE', 'NAME', 'CONTACT_DETAILS', 'CEASING_TO_ASSESS');

-- CreateEnum
CREATE TYPE "SampleSignatureMethod" AS ENUM ('DRAWN', 'TYPED');

-- CreateEnum
CREATE TYPE "ExternalVerifierVisitStatus" AS ENUM ('PLANNED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApprovalScheme" AS ENUM ('ICS', 'NAACE');

-- CreateEnum
CREATE TYPE "SupportingReviewStatus" AS ENUM ('OPEN', 'CLOSED', 'APPROVAL_WITHDRAWN');

-- CreateEnum
CREATE TYPE "CorrespondenceDirection" AS ENUM ('TO_ASSESSOR', 'FROM_ASSESSOR');

-- CreateEnum
CREATE TYPE "QualityAssuranceRequestKind" AS ENUM ('REVIEW_CPD_LOG', 'SAMPLE_DECISIONS', 'OBSERVE_ASSESSMENT');

-- CreateEnum
CREATE TYPE "QualityAssuranceRequestStatus" AS ENUM ('OPEN', 'COMPLETED', 'CANCELLED');

-- DropForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" DROP CONSTRAINT "ConflictOfInterestDeclaration_candidateId_fkey";

-- AlterTable
ALTER TABLE "ConflictOfInterestDeclaration" ADD COLUMN     "awardingBodyId" UUID,
ADD COLUMN     "schoolId" UUID,
ADD COLUMN     "subject" "ConflictSubject" NOT NULL DEFAULT 'CANDIDATE',
ALTER COLUMN "centreId" DROP NOT NULL,
ALTER COLUMN "candidateId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "AwardingBodyPolicySettings" (
    "awardingBodyId" UUID NOT NULL,
    "policy" JSONB NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AwardingBodyPolicySettings_pkey" PRIMARY KEY ("awardingBodyId")
);

-- CreateTable
CREATE TABLE "StaffFile" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "StaffFileKind" NOT NULL,
    "staffQualificationId" UUID,
    "cpdEntryId" UUID,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CpdEntry" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "activityOn" DATE NOT NULL,
    "hours" DECIMAL(5,2),
    "category" "CpdCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "mandatoryEvent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CpdEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircumstanceChange" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "kind" "CircumstanceChangeKind" NOT NULL,
    "details" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "notifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" UUID,

    CONSTRAINT "CircumstanceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SampleSignature" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "method" "SampleSignatureMethod" NOT NULL,
    "typedName" TEXT,
    "strokes" JSONB,
    "signedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SampleSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalVerifierVisit" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "visitOn" DATE NOT NULL,
    "status" "ExternalVerifierVisitStatus" NOT NULL DEFAULT 'PLANNED',
    "externalVerifierName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExternalVerifierVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessorApproval" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "scheme" "ApprovalScheme" NOT NULL,
    "state" TEXT NOT NULL,
    "organisation" TEXT,
    "approvedOn" DATE,
    "feesPaidUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssessorApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessorApprovalEvent" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "approvalId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "occurredOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT,
    "schoolId" UUID,
    "recordedById" UUID,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessorApprovalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportingReview" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "approvalId" UUID NOT NULL,
    "openedOn" DATE NOT NULL,
    "status" "SupportingReviewStatus" NOT NULL DEFAULT 'OPEN',
    "closedOn" DATE,
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SupportingReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Breach" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "approvalId" UUID NOT NULL,
    "supportingReviewId" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Breach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportingReviewCorrespondence" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "supportingReviewId" UUID NOT NULL,
    "direction" "CorrespondenceDirection" NOT NULL,
    "sentOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "responseDueOn" DATE,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportingReviewCorrespondence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityAssuranceRequest" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "kind" "QualityAssuranceRequestKind" NOT NULL,
    "details" TEXT NOT NULL,
    "requestedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "QualityAssuranceRequestStatus" NOT NULL DEFAULT 'OPEN',
    "assessorResponse" TEXT,
    "respondedAt" TIMESTAMP(3),
    "completedOn" DATE,
    "outcome" TEXT,
    "requestedById" UUID NOT NULL,
    "completedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QualityAssuranceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "urn" TEXT,
    "contactEmail" TEXT,
    "ictMarkAwardedOn" DATE,
    "renewalReminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffFile_storageKey_key" ON "StaffFile"("storageKey");

-- CreateIndex
CREATE INDEX "StaffFile_userId_kind_idx" ON "StaffFile"("userId", "kind");

-- CreateIndex
CREATE INDEX "StaffFile_staffQualificationId_idx" ON "StaffFile"("staffQualificationId");

-- CreateIndex
CREATE INDEX "StaffFile_cpdEntryId_idx" ON "StaffFile"("cpdEntryId");

-- CreateIndex
CREATE INDEX "CpdEntry_userId_activityOn_idx" ON "CpdEntry"("userId", "activityOn");

-- CreateIndex
CREATE INDEX "CircumstanceChange_awardingBodyId_notifiedAt_idx" ON "CircumstanceChange"("awardingBodyId", "notifiedAt");

-- CreateIndex
CREATE INDEX "CircumstanceChange_userId_idx" ON "CircumstanceChange"("userId");

-- CreateIndex
CREATE INDEX "SampleSignature_userId_createdAt_idx" ON "SampleSignature"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ExternalVerifierVisit_centreId_visitOn_idx" ON "ExternalVerifierVisit"("centreId", "visitOn");

-- CreateIndex
CREATE INDEX "AssessorApproval_awardingBodyId_state_idx" ON "AssessorApproval"("awardingBodyId", "state");

-- CreateIndex
CREATE INDEX "AssessorApproval_userId_idx" ON "AssessorApproval"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessorApproval_awardingBodyId_userId_key" ON "AssessorApproval"("awardingBodyId", "userId");

-- CreateIndex
CREATE INDEX "AssessorApprovalEvent_awardingBodyId_type_idx" ON "AssessorApprovalEvent"("awardingBodyId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "AssessorApprovalEvent_approvalId_sequence_key" ON "AssessorApprovalEvent"("approvalId", "sequence");

-- CreateIndex
CREATE INDEX "SupportingReview_awardingBodyId_status_idx" ON "SupportingReview"("awardingBodyId", "status");

-- CreateIndex
CREATE INDEX "SupportingReview_approvalId_idx" ON "SupportingReview"("approvalId");

-- CreateIndex
CREATE INDEX "Breach_awardingBodyId_approvalId_idx" ON "Breach"("awardingBodyId", "approvalId");

-- CreateIndex
CREATE INDEX "SupportingReviewCorrespondence_awardingBodyId_supportingRev_idx" ON "SupportingReviewCorrespondence"("awardingBodyId", "supportingReviewId");

-- CreateIndex
CREATE INDEX "QualityAssuranceRequest_awardingBodyId_status_idx" ON "QualityAssuranceRequest"("awardingBodyId", "status");

-- CreateIndex
CREATE INDEX "QualityAssuranceRequest_assessorUserId_idx" ON "QualityAssuranceRequest"("assessorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "School_awardingBodyId_name_key" ON "School"("awardingBodyId", "name");

-- CreateIndex
CREATE INDEX "ConflictOfInterestDeclaration_awardingBodyId_schoolId_idx" ON "ConflictOfInterestDeclaration"("awardingBodyId", "schoolId");

-- CreateIndex
CREATE INDEX "ConflictOfInterestDeclaration_staffUserId_idx" ON "ConflictOfInterestDeclaration"("staffUserId");

-- AddForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardingBodyPolicySettings" ADD CONSTRAINT "AwardingBodyPolicySettings_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffFile" ADD CONSTRAINT "StaffFile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffFile" ADD CONSTRAINT "StaffFile_staffQualificationId_fkey" FOREIGN KEY ("staffQualificationId") REFERENCES "StaffQualification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffFile" ADD CONSTRAINT "StaffFile_cpdEntryId_fkey" FOREIGN KEY ("cpdEntryId") REFERENCES "CpdEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdEntry" ADD CONSTRAINT "CpdEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircumstanceChange" ADD CONSTRAINT "CircumstanceChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleSignature" ADD CONSTRAINT "SampleSignature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalVerifierVisit" ADD CONSTRAINT "ExternalVerifierVisit_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorApproval" ADD CONSTRAINT "AssessorApproval_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorApproval" ADD CONSTRAINT "AssessorApproval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorApprovalEvent" ADD CONSTRAINT "AssessorApprovalEvent_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "AssessorApproval"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorApprovalEvent" ADD CONSTRAINT "AssessorApprovalEvent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportingReview" ADD CONSTRAINT "SupportingReview_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "AssessorApproval"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Breach" ADD CONSTRAINT "Breach_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "AssessorApproval"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Breach" ADD CONSTRAINT "Breach_supportingReviewId_fkey" FOREIGN KEY ("supportingReviewId") REFERENCES "SupportingReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportingReviewCorrespondence" ADD CONSTRAINT "SupportingReviewCorrespondence_supportingReviewId_fkey" FOREIGN KEY ("supportingReviewId") REFERENCES "SupportingReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAssuranceRequest" ADD CONSTRAINT "QualityAssuranceRequest_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A declaration names exactly its subject: a candidate of a centre, a centre, or a school of an
-- awarding body.
ALTER TABLE "ConflictOfInterestDeclaration" ADD CONSTRAINT "ConflictOfInterestDeclaration_subject_check" CHECK (
  ("subject" = 'CANDIDATE' AND "centreId" IS NOT NULL AND "candidateId" IS NOT NULL AND "schoolId" IS NULL AND "awardingBodyId" IS NULL)
  OR ("subject" = 'CENTRE' AND "centreId" IS NOT NULL AND "candidateId" IS NULL AND "schoolId" IS NULL AND "awardingBodyId" IS NULL)
  OR ("subject" = 'SCHOOL' AND "centreId" IS NULL AND "candidateId" IS NULL AND "schoolId" IS NOT NULL AND "awardingBodyId" IS NOT NULL)
);

-- A CPD entry's hours, when recorded, are positive and within what one activity can take.
ALTER TABLE "CpdEntry" ADD CONSTRAINT "CpdEntry_hours_check" CHECK ("hours" IS NULL OR ("hours" > 0 AND "hours" <= 200));
