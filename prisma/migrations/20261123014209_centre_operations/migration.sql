-- CreateEnum
CREATE TYPE "DirectClaimsRecommendation" AS ENUM ('GRANT', 'CONTINUE', 'WITHDRAW', 'NOT_RECOMMENDED');

-- CreateEnum
CREATE TYPE "CandidateImportStatus" AS ENUM ('PREVIEW', 'IMPORTED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "CandidateImportRowStatus" AS ENUM ('VALID', 'INVALID', 'IMPORTED', 'ALREADY_REGISTERED');

-- CreateEnum
CREATE TYPE "PriorLearningStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "AssessmentArrangementKind" AS ENUM ('REASONABLE_ADJUSTMENT', 'SPECIAL_CONSIDERATION');

-- CreateEnum
CREATE TYPE "CertificateClaimBatchStatus" AS ENUM ('DRAFT', 'CLAIMED');

-- CreateEnum
CREATE TYPE "CertificateClaimKind" AS ENUM ('UNIT', 'FULL_AWARD');

-- CreateEnum
CREATE TYPE "DirectClaimsStatusState" AS ENUM ('ACTIVE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DirectClaimsStatusEventKind" AS ENUM ('GRANTED', 'WITHDRAWN', 'REINSTATED', 'CONDITIONS_CHANGED');

-- CreateEnum
CREATE TYPE "VisitActionPointKind" AS ENUM ('ACTION_POINT', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "VisitActionPointStatus" AS ENUM ('OPEN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "VisitPackStatus" AS ENUM ('QUEUED', 'BUILDING', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "ExternalVerifierAccessAction" AS ENUM ('VIEW', 'DOWNLOAD');

-- DropIndex
DROP INDEX "Qualification_qualificationNumber_key";

-- AlterTable
ALTER TABLE "Qualification" ADD COLUMN     "approvedAgeGroups" JSONB,
ADD COLUMN     "centreId" UUID,
ADD COLUMN     "certificationEndDate" DATE,
ADD COLUMN     "importedById" UUID,
ADD COLUMN     "unitEntriesAllowed" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ExternalVerifierVisit" ADD COLUMN     "cancelledReason" TEXT,
ADD COLUMN     "dcsRecommendation" "DirectClaimsRecommendation",
ADD COLUMN     "directClaimsConfirmed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "final" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "purpose" TEXT,
ADD COLUMN     "qualificationId" UUID,
ADD COLUMN     "reportRecordedById" UUID,
ADD COLUMN     "reportRecordedOn" DATE,
ADD COLUMN     "reportSummary" TEXT,
ADD COLUMN     "sanctions" TEXT,
ADD COLUMN     "scheduledById" UUID,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "CandidateImport" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "headers" TEXT[],
    "mapping" JSONB NOT NULL,
    "status" "CandidateImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "importedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),
    "importedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CandidateImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateImportRow" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "status" "CandidateImportRowStatus" NOT NULL,
    "candidateId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CandidateImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorLearningClaim" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "assessmentCriterionIds" UUID[],
    "priorLearning" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "status" "PriorLearningStatus" NOT NULL DEFAULT 'PROPOSED',
    "decisionNotes" TEXT,
    "decidedOn" DATE,
    "decidedById" UUID,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PriorLearningClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentArrangement" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "kind" "AssessmentArrangementKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "arrangement" TEXT NOT NULL,
    "unitId" UUID,
    "appliesFrom" DATE NOT NULL,
    "appliesUntil" DATE,
    "approvedByAwardingBodyOn" DATE,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssessmentArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateClaimBatch" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "CertificateClaimBatchStatus" NOT NULL DEFAULT 'DRAFT',
    "underDirectClaims" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedOn" DATE,
    "claimedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CertificateClaimBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateClaimLine" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "kind" "CertificateClaimKind" NOT NULL,
    "unitId" UUID,
    "claimKey" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "confirmedOn" DATE,
    "confirmedByVisitId" UUID,
    "certificateReceivedOn" DATE,
    "certificateNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateClaimLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectClaimsStatus" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "grantedOn" DATE NOT NULL,
    "endsOn" DATE,
    "conditions" TEXT NOT NULL,
    "state" "DirectClaimsStatusState" NOT NULL DEFAULT 'ACTIVE',
    "withdrawnOn" DATE,
    "withdrawalReason" TEXT,
    "reinstatedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DirectClaimsStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectClaimsStatusEvent" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "directClaimsStatusId" UUID NOT NULL,
    "kind" "DirectClaimsStatusEventKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectClaimsStatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitActionPoint" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "kind" "VisitActionPointKind" NOT NULL,
    "description" TEXT NOT NULL,
    "ownerUserId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "VisitActionPointStatus" NOT NULL DEFAULT 'OPEN',
    "completedOn" DATE,
    "completedById" UUID,
    "completionEvidence" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "VisitActionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitPack" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "status" "VisitPackStatus" NOT NULL DEFAULT 'QUEUED',
    "workInProgressCandidateIds" UUID[],
    "filesDone" INTEGER NOT NULL DEFAULT 0,
    "filesTotal" INTEGER NOT NULL DEFAULT 0,
    "storageKey" TEXT,
    "byteSize" BIGINT,
    "error" TEXT,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "VisitPack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalVerifierAccess" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "externalVerifierUserId" UUID NOT NULL,
    "visitId" UUID,
    "expiresOn" DATE NOT NULL,
    "grantedById" UUID NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExternalVerifierAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalVerifierAccessCandidate" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "accessId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,

    CONSTRAINT "ExternalVerifierAccessCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalVerifierAccessLog" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "accessId" UUID,
    "userId" UUID NOT NULL,
    "candidateId" UUID,
    "action" "ExternalVerifierAccessAction" NOT NULL,
    "what" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalVerifierAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CandidateImport_centreId_createdAt_idx" ON "CandidateImport"("centreId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateImportRow_centreId_importId_status_idx" ON "CandidateImportRow"("centreId", "importId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateImportRow_centreId_importId_lineNumber_key" ON "CandidateImportRow"("centreId", "importId", "lineNumber");

-- CreateIndex
CREATE INDEX "PriorLearningClaim_centreId_candidateId_idx" ON "PriorLearningClaim"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "AssessmentArrangement_centreId_candidateId_idx" ON "AssessmentArrangement"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "CertificateClaimBatch_centreId_status_idx" ON "CertificateClaimBatch"("centreId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateClaimBatch_centreId_reference_key" ON "CertificateClaimBatch"("centreId", "reference");

-- CreateIndex
CREATE INDEX "CertificateClaimLine_centreId_batchId_idx" ON "CertificateClaimLine"("centreId", "batchId");

-- CreateIndex
CREATE INDEX "CertificateClaimLine_centreId_provisional_idx" ON "CertificateClaimLine"("centreId", "provisional");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateClaimLine_centreId_candidateId_claimKey_key" ON "CertificateClaimLine"("centreId", "candidateId", "claimKey");

-- CreateIndex
CREATE UNIQUE INDEX "DirectClaimsStatus_centreId_qualificationId_key" ON "DirectClaimsStatus"("centreId", "qualificationId");

-- CreateIndex
CREATE INDEX "DirectClaimsStatusEvent_centreId_directClaimsStatusId_idx" ON "DirectClaimsStatusEvent"("centreId", "directClaimsStatusId");

-- CreateIndex
CREATE INDEX "VisitActionPoint_centreId_visitId_idx" ON "VisitActionPoint"("centreId", "visitId");

-- CreateIndex
CREATE INDEX "VisitActionPoint_centreId_status_dueOn_idx" ON "VisitActionPoint"("centreId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "VisitPack_centreId_visitId_createdAt_idx" ON "VisitPack"("centreId", "visitId", "createdAt");

-- CreateIndex
CREATE INDEX "ExternalVerifierAccess_centreId_externalVerifierUserId_idx" ON "ExternalVerifierAccess"("centreId", "externalVerifierUserId");

-- CreateIndex
CREATE INDEX "ExternalVerifierAccessCandidate_centreId_candidateId_idx" ON "ExternalVerifierAccessCandidate"("centreId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalVerifierAccessCandidate_centreId_accessId_candidate_key" ON "ExternalVerifierAccessCandidate"("centreId", "accessId", "candidateId");

-- CreateIndex
CREATE INDEX "ExternalVerifierAccessLog_centreId_at_idx" ON "ExternalVerifierAccessLog"("centreId", "at");

-- CreateIndex
CREATE INDEX "ExternalVerifierAccessLog_centreId_userId_at_idx" ON "ExternalVerifierAccessLog"("centreId", "userId", "at");

-- CreateIndex
CREATE INDEX "Qualification_awardingBodyId_qualificationNumber_idx" ON "Qualification"("awardingBodyId", "qualificationNumber");

-- CreateIndex
CREATE INDEX "Qualification_centreId_idx" ON "Qualification"("centreId");

-- CreateIndex
CREATE INDEX "ExternalVerifierVisit_centreId_status_visitOn_idx" ON "ExternalVerifierVisit"("centreId", "status", "visitOn");

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateImportRow" ADD CONSTRAINT "CandidateImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CandidateImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorLearningClaim" ADD CONSTRAINT "PriorLearningClaim_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentArrangement" ADD CONSTRAINT "AssessmentArrangement_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateClaimLine" ADD CONSTRAINT "CertificateClaimLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "CertificateClaimBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateClaimLine" ADD CONSTRAINT "CertificateClaimLine_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectClaimsStatus" ADD CONSTRAINT "DirectClaimsStatus_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectClaimsStatusEvent" ADD CONSTRAINT "DirectClaimsStatusEvent_directClaimsStatusId_fkey" FOREIGN KEY ("directClaimsStatusId") REFERENCES "DirectClaimsStatus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitActionPoint" ADD CONSTRAINT "VisitActionPoint_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ExternalVerifierVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitPack" ADD CONSTRAINT "VisitPack_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ExternalVerifierVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalVerifierAccess" ADD CONSTRAINT "ExternalVerifierAccess_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "ExternalVerifierVisit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalVerifierAccessCandidate" ADD CONSTRAINT "ExternalVerifierAccessCandidate_accessId_fkey" FOREIGN KEY ("accessId") REFERENCES "ExternalVerifierAccess"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalVerifierAccessCandidate" ADD CONSTRAINT "ExternalVerifierAccessCandidate_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
