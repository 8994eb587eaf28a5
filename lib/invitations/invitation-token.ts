// An invitation's emailed link: /invitation/<token>. The token is made and hashed like every
// emailed one-time link (lib/account-tokens/one-time-token.ts); only its hash is stored.

export const invitationValidDays = 14;

export function invitationPath(token: string): string {
  return `/invitation/${token}`;
}
