-- CreateEnum
CREATE TYPE "MalpracticeSubject" AS ENUM ('STAFF', 'CANDIDATE');

-- CreateEnum
CREATE TYPE "MalpracticeCaseStatus" AS ENUM ('UNDER_INVESTIGATION', 'CLOSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AppealStatus" ADD VALUE 'ACKNOWLEDGED';
ALTER TYPE "AppealStatus" ADD VALUE 'UNDER_REVIEW';

-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "acknowledgedOn" DATE,
ADD COLUMN     "awardingBodyOutcome" TEXT,
ADD COLUMN     "awardingBodyOutcomeOn" DATE,
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "decidedOn" DATE,
ADD COLUMN     "outcomeReasons" TEXT,
ADD COLUMN     "referralNote" TEXT,
ADD COLUMN     "referredOn" DATE,
ADD COLUMN     "reviewStartedOn" DATE,
ADD COLUMN     "withdrawalNote" TEXT,
ADD COLUMN     "withdrawnOn" DATE;

-- CreateTable
CREATE TABLE "MalpracticeCase" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "subject" "MalpracticeSubject" NOT NULL,
    "staffUserId" UUID,
    "candidateId" UUID,
    "suspicion" TEXT NOT NULL,
    "cameToLightOn" DATE NOT NULL,
    "status" "MalpracticeCaseStatus" NOT NULL DEFAULT 'UNDER_INVESTIGATION',
    "reportedToAwardingBodyOn" DATE,
    "reportNote" TEXT,
    "outcome" TEXT,
    "closedOn" DATE,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MalpracticeCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MalpracticeNote" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "writtenOn" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MalpracticeNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MalpracticeCase_centreId_status_idx" ON "MalpracticeCase"("centreId", "status");

-- CreateIndex
CREATE INDEX "MalpracticeCase_centreId_candidateId_idx" ON "MalpracticeCase"("centreId", "candidateId");

-- CreateIndex
CREATE INDEX "MalpracticeCase_centreId_staffUserId_idx" ON "MalpracticeCase"("centreId", "staffUserId");

-- CreateIndex
CREATE INDEX "MalpracticeNote_centreId_caseId_idx" ON "MalpracticeNote"("centreId", "caseId");

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalpracticeCase" ADD CONSTRAINT "MalpracticeCase_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalpracticeCase" ADD CONSTRAINT "MalpracticeCase_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalpracticeCase" ADD CONSTRAINT "MalpracticeCase_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalpracticeNote" ADD CONSTRAINT "MalpracticeNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "MalpracticeCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalpracticeNote" ADD CONSTRAINT "MalpracticeNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A case is about exactly one person: a staff member or a candidate.
ALTER TABLE "MalpracticeCase" ADD CONSTRAINT "MalpracticeCase_subject_check" CHECK (
  ("subject" = 'STAFF' AND "staffUserId" IS NOT NULL AND "candidateId" IS NULL)
  OR ("subject" = 'CANDIDATE' AND "candidateId" IS NOT NULL AND "staffUserId" IS NULL)
);
-- A closed case was reported to the awarding body first and has an outcome (handbook 5.22).
ALTER TABLE "MalpracticeCase" ADD CONSTRAINT "MalpracticeCase_closed_check" CHECK (
  "status" <> 'CLOSED' OR ("reportedToAwardingBodyOn" IS NOT NULL AND "outcome" IS NOT NULL AND "closedOn" IS NOT NULL)
);
