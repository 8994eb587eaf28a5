import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/client";
import { contentSha256 } from "./canonical";
import type { RecordRef } from "./record-versions";

type Db = PrismaClient | Prisma.TransactionClient;

export type SignedVersion = {
  version: number;
  content: unknown;
  contentSha256: string;
  createdAt: Date;
  /** The content still hashes to what was stored: nobody has altered it in the database. */
  intact: boolean;
  signatures: {
    id: string;
    role: "CANDIDATE" | "ASSESSOR" | "COUNTERSIGNING_ASSESSOR" | "IQA";
    statement: string;
    signedAt: Date;
    signer: { id: string; name: string };
    /** The signature's hash matches this version's content: it is valid for this version only. */
    valid: boolean;
  }[];
};

/** Every version of a record, newest first, with who signed each and whether each signature still holds. */
export async function readSignedVersions(db: Db, ref: RecordRef): Promise<SignedVersion[]> {
  const versions = await db.recordVersion.findMany({
    where: { centreId: ref.centreId, recordType: ref.recordType, recordId: ref.recordId },
    orderBy: { version: "desc" },
    include: {
      signatures: { include: { signer: { select: { id: true, name: true } } }, orderBy: { signedAt: "asc" } },
    },
  });
  return versions.map((row) => {
    const intact = contentSha256(row.content) === row.contentSha256;
    return {
      version: row.version,
      content: row.content,
      contentSha256: row.contentSha256,
      createdAt: row.createdAt,
      intact,
      signatures: row.signatures.map((signature) => ({
        id: signature.id,
        role: signature.role,
        statement: signature.statement,
        signedAt: signature.signedAt,
        signer: signature.signer,
        valid: intact && signature.contentSha256 === row.contentSha256 && signature.version === row.version,
      })),
    };
  });
}

/** Whether the record's current content has a valid signature in the role (a changed record needs signing again). */
export async function isCurrentlySigned(
  db: Db,
  ref: RecordRef,
  currentContent: unknown,
  role: SignedVersion["signatures"][number]["role"],
) {
  const hash = contentSha256(currentContent);
  const signature = await db.signature.findFirst({
    where: { centreId: ref.centreId, recordType: ref.recordType, recordId: ref.recordId, role, contentSha256: hash },
    select: { id: true, signedAt: true, signerUserId: true, version: true },
    orderBy: { signedAt: "desc" },
  });
  return signature;
}
