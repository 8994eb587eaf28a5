-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "decisionDescription" TEXT;
