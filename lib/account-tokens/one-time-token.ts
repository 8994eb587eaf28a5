import { createHash, randomBytes } from "node:crypto";

// The secret in an emailed link (an invitation, a password reset, unlocking sign-in): 32 random
// bytes. Only its SHA-256 is stored, so a copy of the database opens no link.

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as it can appear in a link: refuses anything else before the database is asked. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
