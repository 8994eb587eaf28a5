-- AlterTable
-- Entries written before this migration were hashed with plain SHA-256 (version 1); new entries
-- are HMAC-SHA-256 with the installation's audit key (version 2) and must say so: the default
-- only fills the existing rows (no row is updated, so the append-only trigger does not fire).
ALTER TABLE "AuditEvent" ADD COLUMN     "hashVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditEvent" ALTER COLUMN "hashVersion" DROP DEFAULT;
