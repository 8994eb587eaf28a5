-- CreateIndex
CREATE INDEX "AuditEvent_centreId_targetType_targetId_idx" ON "AuditEvent"("centreId", "targetType", "targetId");
