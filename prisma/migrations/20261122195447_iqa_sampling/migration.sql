-- CreateEnum
CREATE TYPE "AssessorRiskLevel" AS ENUM ('NEW', 'UNQUALIFIED', 'HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "SamplingPlanStatus" AS ENUM ('DRAFT', 'RECORDED');

-- CreateEnum
CREATE TYPE "SamplingStage" AS ENUM ('INTERIM', 'SUMMATIVE');

-- CreateEnum
CREATE TYPE "SamplingItemOrigin" AS ENUM ('PROPOSED', 'ADDED_BY_IQA');

-- CreateEnum
CREATE TYPE "SamplingOutcome" AS ENUM ('AGREE', 'AGREE_WITH_ACTION', 'DISAGREE');

-- CreateEnum
CREATE TYPE "IqaActionStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "StandardisationExerciseStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable
ALTER TABLE "UnitDecision" ADD COLUMN     "reopenedAt" TIMESTAMP(3),
ADD COLUMN     "reopenedReason" TEXT;

-- CreateTable
CREATE TABLE "SamplingStrategy" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "rateNewPercent" INTEGER NOT NULL,
    "rateUnqualifiedPercent" INTEGER NOT NULL,
    "rateHighPercent" INTEGER NOT NULL,
    "rateMediumPercent" INTEGER NOT NULL,
    "rateLowPercent" INTEGER NOT NULL,
    "minimumPerAssessor" INTEGER NOT NULL,
    "interimPercent" INTEGER NOT NULL,
    "mustCover" TEXT[],
    "bothStagesPerAssessor" BOOLEAN NOT NULL,
    "planPeriodMonths" INTEGER NOT NULL,
    "standardisationIntervalMonths" INTEGER NOT NULL,
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SamplingStrategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessorRiskRating" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "risk" "AssessorRiskLevel" NOT NULL,
    "reason" TEXT NOT NULL,
    "ratedOn" DATE NOT NULL,
    "ratedById" UUID NOT NULL,
    "standardisationExerciseId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessorRiskRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamplingPlan" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "iqaUserId" UUID NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "seed" TEXT NOT NULL,
    "status" "SamplingPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "strategySnapshot" JSONB NOT NULL,
    "exclusions" JSONB NOT NULL,
    "recordedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SamplingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamplingPlanItem" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "unitDecisionId" UUID NOT NULL,
    "stage" "SamplingStage" NOT NULL,
    "origin" "SamplingItemOrigin" NOT NULL,
    "reason" TEXT NOT NULL,
    "droppedAt" TIMESTAMP(3),
    "droppedReason" TEXT,
    "droppedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SamplingPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamplingRecord" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "planItemId" UUID NOT NULL,
    "unitDecisionId" UUID NOT NULL,
    "decisionVersion" INTEGER NOT NULL,
    "candidateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "iqaUserId" UUID NOT NULL,
    "stage" "SamplingStage" NOT NULL,
    "sampledOn" DATE NOT NULL,
    "criterionIds" UUID[],
    "evidenceItemIds" UUID[],
    "methods" "AssessmentMethod"[],
    "outcome" "SamplingOutcome" NOT NULL,
    "rationale" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SamplingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IqaFeedback" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "iqaUserId" UUID NOT NULL,
    "samplingRecordId" UUID,
    "feedbackOnPractice" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "assessorResponse" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "IqaFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IqaAction" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "feedbackId" UUID,
    "standardisationMeetingId" UUID,
    "ownerUserId" UUID NOT NULL,
    "setById" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "IqaActionStatus" NOT NULL DEFAULT 'OPEN',
    "completionNote" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "IqaAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardisationMeeting" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "ledById" UUID NOT NULL,
    "attendeeUserIds" UUID[],
    "otherAttendees" TEXT,
    "unitIds" UUID[],
    "evidenceStandardised" TEXT NOT NULL,
    "decisionsReached" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StandardisationMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardisationExercise" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "meetingId" UUID,
    "title" TEXT NOT NULL,
    "evidenceDescription" TEXT NOT NULL,
    "evidenceItemId" UUID,
    "criterionIds" UUID[],
    "participantUserIds" UUID[],
    "status" "StandardisationExerciseStatus" NOT NULL DEFAULT 'OPEN',
    "agreedOutcome" "UnitOutcome",
    "agreedCriterionIds" UUID[],
    "agreedRationale" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StandardisationExercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardisationJudgement" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "exerciseId" UUID NOT NULL,
    "assessorUserId" UUID NOT NULL,
    "outcome" "UnitOutcome" NOT NULL,
    "criteriaMetIds" UUID[],
    "rationale" TEXT NOT NULL,
    "judgedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StandardisationJudgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SamplingStrategy_centreId_qualificationId_key" ON "SamplingStrategy"("centreId", "qualificationId");

-- CreateIndex
CREATE INDEX "AssessorRiskRating_centreId_assessorUserId_createdAt_idx" ON "AssessorRiskRating"("centreId", "assessorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "SamplingPlan_centreId_iqaUserId_periodTo_idx" ON "SamplingPlan"("centreId", "iqaUserId", "periodTo");

-- CreateIndex
CREATE INDEX "SamplingPlan_centreId_qualificationId_periodTo_idx" ON "SamplingPlan"("centreId", "qualificationId", "periodTo");

-- CreateIndex
CREATE INDEX "SamplingPlanItem_centreId_planId_idx" ON "SamplingPlanItem"("centreId", "planId");

-- CreateIndex
CREATE INDEX "SamplingPlanItem_centreId_unitDecisionId_idx" ON "SamplingPlanItem"("centreId", "unitDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "SamplingPlanItem_planId_unitDecisionId_key" ON "SamplingPlanItem"("planId", "unitDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "SamplingRecord_planItemId_key" ON "SamplingRecord"("planItemId");

-- CreateIndex
CREATE INDEX "SamplingRecord_centreId_iqaUserId_sampledOn_idx" ON "SamplingRecord"("centreId", "iqaUserId", "sampledOn");

-- CreateIndex
CREATE INDEX "SamplingRecord_centreId_assessorUserId_sampledOn_idx" ON "SamplingRecord"("centreId", "assessorUserId", "sampledOn");

-- CreateIndex
CREATE INDEX "SamplingRecord_centreId_unitDecisionId_idx" ON "SamplingRecord"("centreId", "unitDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "IqaFeedback_samplingRecordId_key" ON "IqaFeedback"("samplingRecordId");

-- CreateIndex
CREATE INDEX "IqaFeedback_centreId_assessorUserId_givenOn_idx" ON "IqaFeedback"("centreId", "assessorUserId", "givenOn");

-- CreateIndex
CREATE INDEX "IqaFeedback_centreId_iqaUserId_givenOn_idx" ON "IqaFeedback"("centreId", "iqaUserId", "givenOn");

-- CreateIndex
CREATE INDEX "IqaAction_centreId_ownerUserId_status_dueOn_idx" ON "IqaAction"("centreId", "ownerUserId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "IqaAction_centreId_setById_status_dueOn_idx" ON "IqaAction"("centreId", "setById", "status", "dueOn");

-- CreateIndex
CREATE INDEX "IqaAction_centreId_feedbackId_idx" ON "IqaAction"("centreId", "feedbackId");

-- CreateIndex
CREATE INDEX "IqaAction_centreId_standardisationMeetingId_idx" ON "IqaAction"("centreId", "standardisationMeetingId");

-- CreateIndex
CREATE INDEX "StandardisationMeeting_centreId_heldOn_idx" ON "StandardisationMeeting"("centreId", "heldOn");

-- CreateIndex
CREATE INDEX "StandardisationExercise_centreId_status_createdAt_idx" ON "StandardisationExercise"("centreId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "StandardisationJudgement_centreId_assessorUserId_idx" ON "StandardisationJudgement"("centreId", "assessorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "StandardisationJudgement_exerciseId_assessorUserId_key" ON "StandardisationJudgement"("exerciseId", "assessorUserId");

-- AddForeignKey
ALTER TABLE "SamplingStrategy" ADD CONSTRAINT "SamplingStrategy_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingStrategy" ADD CONSTRAINT "SamplingStrategy_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorRiskRating" ADD CONSTRAINT "AssessorRiskRating_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessorRiskRating" ADD CONSTRAINT "AssessorRiskRating_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingPlan" ADD CONSTRAINT "SamplingPlan_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingPlan" ADD CONSTRAINT "SamplingPlan_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingPlan" ADD CONSTRAINT "SamplingPlan_iqaUserId_fkey" FOREIGN KEY ("iqaUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingPlanItem" ADD CONSTRAINT "SamplingPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SamplingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingPlanItem" ADD CONSTRAINT "SamplingPlanItem_unitDecisionId_fkey" FOREIGN KEY ("unitDecisionId") REFERENCES "UnitDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingRecord" ADD CONSTRAINT "SamplingRecord_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "SamplingPlanItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingRecord" ADD CONSTRAINT "SamplingRecord_unitDecisionId_fkey" FOREIGN KEY ("unitDecisionId") REFERENCES "UnitDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingRecord" ADD CONSTRAINT "SamplingRecord_iqaUserId_fkey" FOREIGN KEY ("iqaUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingRecord" ADD CONSTRAINT "SamplingRecord_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaFeedback" ADD CONSTRAINT "IqaFeedback_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaFeedback" ADD CONSTRAINT "IqaFeedback_iqaUserId_fkey" FOREIGN KEY ("iqaUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaFeedback" ADD CONSTRAINT "IqaFeedback_samplingRecordId_fkey" FOREIGN KEY ("samplingRecordId") REFERENCES "SamplingRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaAction" ADD CONSTRAINT "IqaAction_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "IqaFeedback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaAction" ADD CONSTRAINT "IqaAction_standardisationMeetingId_fkey" FOREIGN KEY ("standardisationMeetingId") REFERENCES "StandardisationMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaAction" ADD CONSTRAINT "IqaAction_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IqaAction" ADD CONSTRAINT "IqaAction_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardisationMeeting" ADD CONSTRAINT "StandardisationMeeting_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardisationExercise" ADD CONSTRAINT "StandardisationExercise_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardisationExercise" ADD CONSTRAINT "StandardisationExercise_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "StandardisationMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardisationJudgement" ADD CONSTRAINT "StandardisationJudgement_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "StandardisationExercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardisationJudgement" ADD CONSTRAINT "StandardisationJudgement_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
