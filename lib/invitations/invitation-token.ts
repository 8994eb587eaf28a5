import { createHash, randomBytes } from "node:crypto";

export const invitationValidDays = 14;

/** A random token for the link, and the hash that is stored in its place. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationPath(token: string): string {
  return `/invitation/${token}`;
}
