-- DropIndex
DROP INDEX "SamplingRecord_planItemId_key";

-- CreateIndex
CREATE INDEX "SamplingRecord_planItemId_createdAt_idx" ON "SamplingRecord"("planItemId", "createdAt");
