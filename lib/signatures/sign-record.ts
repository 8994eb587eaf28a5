import "server-only";
import { verifyPassword } from "@/lib/auth/password-hashing";
import { clearPasswordAttempts, recordWrongPassword, reservePasswordAttempt } from "@/lib/auth/sign-in-attempts";
import { passwordChecksLockedMessage } from "@/lib/auth/sign-in-messages";
import { getPrisma, type Prisma } from "@/lib/db/client";
import type { SignatureRole } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { writeRecordVersion, type RecordRef } from "./record-versions";

// Signing is deliberate: the signer re-enters their password, and the signature names exactly
// the version it was given and the SHA-256 of that content. One mechanism for every record.

/**
 * Checks the signer's password, counted like a sign-in (outside the caller's transaction, so a
 * wrong guess is kept even though the signing rolls back). The error lands on the form's
 * `password` field.
 */
export async function confirmSigningPassword(tx: Prisma.TransactionClient, userId: string, password: string, now: Date): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  const check = { email: user.email, client: null };
  const attempt = await reservePasswordAttempt(getPrisma(), check, now);
  if (attempt.decision.status === "locked") {
    throw new AppError("INVALID_INPUT", undefined, { password: [passwordChecksLockedMessage(attempt.decision.until)] });
  }
  const { matches } = await verifyPassword(password, user.passwordHash);
  if (!matches) {
    const wrong = await recordWrongPassword(getPrisma(), attempt);
    const message =
      wrong.decision.status === "locked"
        ? passwordChecksLockedMessage(wrong.decision.until)
        : "That is not your password. Signing needs the password you sign in with.";
    throw new AppError("INVALID_INPUT", undefined, { password: [message] });
  }
  // Cleared on its own connection, like the reservation: the right password must not stay counted
  // as a wrong one when the signing itself is then refused (not ready, already signed, stale).
  await clearPasswordAttempts(getPrisma(), check);
}

export type SignatureRequest = {
  ref: RecordRef;
  /** Exactly what the signer was shown: stored as the version signed. */
  content: unknown;
  signerUserId: string;
  role: SignatureRole;
  /** The words the signer agreed to. */
  statement: string;
  now: Date;
  /**
   * The version the signer was shown, when the form carried it: signing is refused if the record
   * has moved on since (someone changed it while the signer was reading).
   */
  expectedVersion?: number;
};

/** Records the content as the record's current version (if new) and signs that version. */
export async function signRecord(tx: Prisma.TransactionClient, request: SignatureRequest) {
  const version = await writeRecordVersion(tx, request.ref, request.content, request.signerUserId);
  if (request.expectedVersion !== undefined && version.version !== request.expectedVersion) {
    throw new AppError("CONFLICT", "This record changed while you were reading it. Read the new version, then sign again.");
  }
  const existing = await tx.signature.findFirst({
    where: { centreId: request.ref.centreId, recordVersionId: version.id, role: request.role },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", "This version has already been signed in that role.");
  return tx.signature.create({
    data: {
      centreId: request.ref.centreId,
      recordVersionId: version.id,
      recordType: request.ref.recordType,
      recordId: request.ref.recordId,
      version: version.version,
      signerUserId: request.signerUserId,
      role: request.role,
      statement: request.statement,
      contentSha256: version.contentSha256,
      signedAt: request.now,
    },
  });
}
