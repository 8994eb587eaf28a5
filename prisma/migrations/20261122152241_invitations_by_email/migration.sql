-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- DropForeignKey
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_userId_fkey";

-- DropIndex
DROP INDEX "Invitation_centreId_userId_idx";

-- AlterTable: the new columns start nullable and are filled from the existing rows below.
ALTER TABLE "Invitation"
ADD COLUMN     "accessEndsOn" DATE,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "email" TEXT,
ADD COLUMN     "isHeadOfCentre" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "name" TEXT,
ADD COLUMN     "role" "CentreRole",
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
ALTER COLUMN "userId" DROP NOT NULL;

-- Hand-written. Existing rows were links that set the first password of an account which already
-- had its membership. They become closed invitations: used ones "accepted", unused ones
-- "withdrawn", so those links stop working (a person who never set a password uses "Forgot your
-- password?" instead). Each takes the person's email and name, and their role at that centre.
UPDATE "Invitation" AS i SET
  "email" = u."email",
  "name" = u."name",
  "sentAt" = i."createdAt",
  "status" = (CASE WHEN i."acceptedAt" IS NULL THEN 'WITHDRAWN' ELSE 'ACCEPTED' END)::"InvitationStatus",
  "closedAt" = COALESCE(i."acceptedAt", CURRENT_TIMESTAMP)
FROM "User" AS u
WHERE u."id" = i."userId";

UPDATE "Invitation" AS i SET
  "role" = m."role",
  "isHeadOfCentre" = m."isHeadOfCentre",
  "accessEndsOn" = m."expiresOn"
FROM (
  SELECT DISTINCT ON ("centreId", "userId") "centreId", "userId", "role", "isHeadOfCentre", "expiresOn"
  FROM "Membership"
  ORDER BY "centreId", "userId", "createdAt"
) AS m
WHERE m."centreId" = i."centreId" AND m."userId" = i."userId";

-- A closed row whose person has no role at that centre (not expected) records an assessor's.
UPDATE "Invitation" SET "role" = 'ASSESSOR' WHERE "role" IS NULL;

ALTER TABLE "Invitation" DROP COLUMN "acceptedAt",
ALTER COLUMN "email" SET NOT NULL,
ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "role" SET NOT NULL,
ALTER COLUMN "sentAt" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Invitation_centreId_status_email_idx" ON "Invitation"("centreId", "status", "email");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
