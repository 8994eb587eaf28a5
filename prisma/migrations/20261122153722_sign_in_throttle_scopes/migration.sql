-- Failures were counted per email only; they are now counted per scope under new keys. The old
-- counts are short-lived (15 minutes) and cannot be mapped to a client, so they are dropped.
DELETE FROM "SignInThrottle";

-- AlterTable
ALTER TABLE "SignInThrottle" DROP CONSTRAINT "SignInThrottle_pkey",
DROP COLUMN "emailHash",
DROP COLUMN "lastFailedSignInAt",
ADD COLUMN     "addressHash" TEXT,
ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "windowStartedAt" TIMESTAMP(3),
ADD CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key");

-- CreateIndex
CREATE INDEX "SignInThrottle_addressHash_idx" ON "SignInThrottle"("addressHash");
