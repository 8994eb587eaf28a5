import "server-only";
import type { Prisma } from "@/lib/db/client";
import type { SignedRecordType } from "@/lib/db/generated/client";
import { canonicalJson, contentSha256 } from "./canonical";

// Every signable record is kept as numbered versions of exactly what its signers see. A change
// writes the next version; the rows are never updated (the app's database role may only insert).

export type RecordRef = { centreId: string; recordType: SignedRecordType; recordId: string };

export type StoredVersion = { id: string; version: number; contentSha256: string; content: unknown };

/** The latest version of a record, or null before its first. */
export async function latestRecordVersion(tx: Prisma.TransactionClient, ref: RecordRef): Promise<StoredVersion | null> {
  return tx.recordVersion.findFirst({
    where: { centreId: ref.centreId, recordType: ref.recordType, recordId: ref.recordId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, contentSha256: true, content: true },
  });
}

/**
 * Records the content as the record's next version, unless it is exactly the latest version's
 * (then that one is returned). Signatures on earlier versions stay valid for those versions only.
 */
export async function writeRecordVersion(
  tx: Prisma.TransactionClient,
  ref: RecordRef,
  content: unknown,
  createdById: string | null,
): Promise<StoredVersion & { created: boolean }> {
  // Serialises version numbering per record: two writers cannot both make version n+1.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${ref.recordType}:${ref.recordId}`}))`;
  const latest = await latestRecordVersion(tx, ref);
  const hash = contentSha256(content);
  if (latest && latest.contentSha256 === hash) return { ...latest, created: false };
  const stored = JSON.parse(canonicalJson(content)) as Prisma.InputJsonValue;
  const row = await tx.recordVersion.create({
    data: { ...ref, version: (latest?.version ?? 0) + 1, content: stored, contentSha256: hash, createdById },
    select: { id: true, version: true, contentSha256: true, content: true },
  });
  return { ...row, created: true };
}
