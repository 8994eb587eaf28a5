-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CentreRole" AS ENUM ('CENTRE_ADMIN', 'ASSESSOR', 'IQA', 'CANDIDATE', 'EXTERNAL_VERIFIER');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "AwardingBodyRole" AS ENUM ('AWARDING_BODY_STAFF');

-- CreateTable
CREATE TABLE "AwardingBody" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Centre" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "centreNumber" TEXT NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "approvedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "failedSignInCount" INTEGER NOT NULL DEFAULT 0,
    "lastFailedSignInAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "CentreRole" NOT NULL,
    "isHeadOfCentre" BOOLEAN NOT NULL DEFAULT false,
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiresOn" DATE,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardingBodyMembership" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "AwardingBodyRole" NOT NULL DEFAULT 'AWARDING_BODY_STAFF',
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardingBodyMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" UUID NOT NULL,
    "awardingBodyId" UUID NOT NULL,
    "qualificationNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "entryCode" TEXT,
    "level" INTEGER NOT NULL,
    "minimumGuidedLearningHours" INTEGER,
    "ruleOfCombination" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Qualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "qualificationId" UUID NOT NULL,
    "urn" TEXT NOT NULL,
    "unitNumber" INTEGER,
    "title" TEXT NOT NULL,
    "credit" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "glh" INTEGER NOT NULL,
    "group" TEXT NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "centreId" UUID,
    "chain" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "summary" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardingBody_name_key" ON "AwardingBody"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Centre_awardingBodyId_centreNumber_key" ON "Centre"("awardingBodyId", "centreNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_centreId_role_status_idx" ON "Membership"("centreId", "role", "status");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_centreId_userId_role_key" ON "Membership"("centreId", "userId", "role");

-- CreateIndex
CREATE INDEX "AwardingBodyMembership_userId_idx" ON "AwardingBodyMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardingBodyMembership_awardingBodyId_userId_key" ON "AwardingBodyMembership"("awardingBodyId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_qualificationNumber_key" ON "Qualification"("qualificationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_qualificationId_urn_key" ON "Unit"("qualificationId", "urn");

-- CreateIndex
CREATE INDEX "AuditEvent_centreId_occurredAt_idx" ON "AuditEvent"("centreId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chain_sequence_key" ON "AuditEvent"("chain", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_centreId_userId_idx" ON "Invitation"("centreId", "userId");

-- AddForeignKey
ALTER TABLE "Centre" ADD CONSTRAINT "Centre_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardingBodyMembership" ADD CONSTRAINT "AwardingBodyMembership_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardingBodyMembership" ADD CONSTRAINT "AwardingBodyMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_awardingBodyId_fkey" FOREIGN KEY ("awardingBodyId") REFERENCES "AwardingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
