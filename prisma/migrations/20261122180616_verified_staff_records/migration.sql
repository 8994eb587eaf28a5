-- CreateTable
CREATE TABLE "StaffRecordVerification" (
    "id" UUID NOT NULL,
    "centreId" UUID NOT NULL,
    "staffQualificationId" UUID,
    "occupationalCompetenceId" UUID,
    "verifiedById" UUID NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffRecordVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffRecordVerification_staffQualificationId_idx" ON "StaffRecordVerification"("staffQualificationId");

-- CreateIndex
CREATE INDEX "StaffRecordVerification_occupationalCompetenceId_idx" ON "StaffRecordVerification"("occupationalCompetenceId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRecordVerification_centreId_staffQualificationId_key" ON "StaffRecordVerification"("centreId", "staffQualificationId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffRecordVerification_centreId_occupationalCompetenceId_key" ON "StaffRecordVerification"("centreId", "occupationalCompetenceId");

-- AddForeignKey
ALTER TABLE "StaffRecordVerification" ADD CONSTRAINT "StaffRecordVerification_staffQualificationId_fkey" FOREIGN KEY ("staffQualificationId") REFERENCES "StaffQualification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffRecordVerification" ADD CONSTRAINT "StaffRecordVerification_occupationalCompetenceId_fkey" FOREIGN KEY ("occupationalCompetenceId") REFERENCES "OccupationalCompetence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffRecordVerification" ADD CONSTRAINT "StaffRecordVerification_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly one row of the assessor record is verified by each verification.
ALTER TABLE "StaffRecordVerification" ADD CONSTRAINT "StaffRecordVerification_one_row_check"
  CHECK (("staffQualificationId" IS NULL) <> ("occupationalCompetenceId" IS NULL));
